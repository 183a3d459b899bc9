package hk.cleanerproduction.adjudicator.cli;

import hk.cleanerproduction.adjudicator.testdata.DataSetWriter;
import hk.cleanerproduction.adjudicator.testdata.FundingDataGenerator;
import hk.cleanerproduction.adjudicator.testdata.RecognitionDataGenerator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The recognition data sets of {@code generate}: {@code recognition} writes nominations-YEAR.jsonl and
 * .csv (the default count and seed give test-data/recognition/). The score bands are the policy
 * officers' spreadsheet in rules/recognition/parameters: edited there, never generated from code.
 */
final class RecognitionGeneration {

    private RecognitionGeneration() {
    }

    static int generate(String kind, int count, long seed, Path out) throws Exception {
        Files.createDirectories(out);
        // --count and --seed default to the funding data set's; left at those, this writes the 2024 ceremony
        RecognitionDataGenerator generator = new RecognitionDataGenerator(
                seed == FundingDataGenerator.DEFAULT_SEED ? RecognitionDataGenerator.DEFAULT_SEED : seed);
        var nominations = generator.generate(count == FundingDataGenerator.DEFAULT_COUNT
                ? RecognitionDataGenerator.CEREMONY_SIZE : count);
        String stem = "nominations-" + RecognitionDataGenerator.AWARD_YEAR;
        DataSetWriter.write(nominations, out.resolve(stem + ".jsonl"), out.resolve(stem + ".csv"));
        System.out.println("Wrote " + nominations.size() + " nominations to " + out.resolve(stem + ".jsonl")
                + " and " + out.resolve(stem + ".csv"));
        return AdjudicatorCli.DECIDED;
    }
}
