package hk.cleanerproduction.adjudicator.cli;

import hk.cleanerproduction.adjudicator.testdata.DataSetWriter;
import hk.cleanerproduction.adjudicator.testdata.FundingDataGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code generate funding --count N --seed S --out DIR}: realistic sample data, the same for the same
 * seed. test-data/ was made with the defaults; benchmarks ask for more rows.
 */
@Command(name = "generate", description = "Write a reproducible sample data set (JSON Lines and CSV).")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "funding|recognition", description = "what to generate")
    String kind;

    @Option(names = "--count", description = "how many records (default: ${DEFAULT-VALUE})")
    int count = FundingDataGenerator.DEFAULT_COUNT;

    @Option(names = "--seed", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed = FundingDataGenerator.DEFAULT_SEED;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write applications.jsonl and applications.csv")
    Path out;

    @Override
    public Integer call() throws Exception {
        if ("recognition".equals(kind)) {
            return RecognitionGeneration.generate(kind, count, seed, out);
        }
        if (!"funding".equals(kind)) {
            System.err.println("Unknown data set '" + kind + "': use funding or recognition");
            return AdjudicatorCli.BAD_INPUT;
        }
        Files.createDirectories(out);
        DataSetWriter.write(new FundingDataGenerator(seed).generate(count),
                out.resolve("applications.jsonl"), out.resolve("applications.csv"));
        System.out.println("Wrote " + count + " funding applications to " + out.resolve("applications.jsonl")
                + " and " + out.resolve("applications.csv"));
        return AdjudicatorCli.DECIDED;
    }
}
