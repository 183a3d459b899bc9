package hk.cleanerproduction.adjudicator.cli;

import hk.cleanerproduction.adjudicator.AdjudicatorApplication;
import hk.cleanerproduction.adjudicator.batch.BatchFailedException;
import hk.cleanerproduction.adjudicator.batch.BatchInputException;
import hk.cleanerproduction.adjudicator.batch.BatchKind;
import hk.cleanerproduction.adjudicator.batch.BatchProgress;
import hk.cleanerproduction.adjudicator.batch.BatchRequest;
import hk.cleanerproduction.adjudicator.batch.CeremonyBatch;
import hk.cleanerproduction.adjudicator.ruleset.RulesetBuildException;
import hk.cleanerproduction.adjudicator.store.DataFolderLock;
import hk.cleanerproduction.adjudicator.store.DatabaseSetting;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code batch funding|recognition --input FILE.csv|FILE.jsonl --out DIR [--budget HKD] [--letters]}: decides
 * every row into DIR (decisions.jsonl, decisions.csv, errors.csv, report.html, report.pdf; with --letters a
 * letter per decided row under letters/) and prints a summary. Starts
 * the Spring application without a web server, for Spring Batch and the database (./data by default).
 * Killed, it resumes when run again with the same arguments.
 */
@Command(name = "batch", description = "Decide every row of a CSV or JSON Lines file (restartable) and write the decisions and a report.")
final class BatchCommand extends RowsCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the decisions and the report")
    Path out;

    @Option(names = "--budget", paramLabel = "HKD", description = "funding: fund ELIGIBLE applications in order of receipt up to this total; the rest WAITLIST")
    Long budget;

    @Option(names = "--letters", description = "also write letters/<subjectId>.pdf: a letter in English and Chinese for every decided row")
    boolean letters;

    @Option(names = "--progress-every", paramLabel = "SECONDS", description = "without a terminal, a progress line this often (default: ${DEFAULT-VALUE})")
    double progressEvery = 5;

    @Override
    int run(PrintStream out, PrintStream err) throws IOException {
        BatchRequest request;
        try {
            request = new BatchRequest(BatchKind.valueOf(kind.name().toUpperCase()), input, this.out, budget, letters);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return AdjudicatorCli.BAD_INPUT;
        }
        DatabaseSetting database = DatabaseSetting.of(List.of());
        Optional<String> unusable = database.problem(ServeCommand.DATABASE_TIMEOUT_SECONDS);
        if (unusable.isPresent()) {
            err.println(unusable.get());
            return AdjudicatorCli.PROBLEMS;
        }
        try {
            // held until this process ends: one process at a time on the embedded database (a server takes any number)
            DataFolderLock.forDatabase(database.url(), "adjudicator batch");
        } catch (DataFolderLock.InUseException e) {
            err.println(e.getMessage());
            return AdjudicatorCli.PROBLEMS;
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(AdjudicatorApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--adjudicator.rules-dir=" + rules.directory(), "--spring.main.banner-mode=off",
                            "--logging.level.root=WARN", "--logging.level.hk.cleanerproduction.adjudicator.batch=INFO");
        } catch (RuntimeException e) {
            RulesetBuildException rulesProblem = RulesOption.rulesProblem(e);
            if (rulesProblem != null) {
                RulesOption.reportFailure(rules.directory(), rulesProblem.problems(), err);
                return AdjudicatorCli.RULES_FAIL_THE_GATE;
            }
            throw e;
        }
        try (context) {
            ProgressDisplay display = new ProgressDisplay(context.getBean(BatchProgress.class), err,
                    System.console() != null, (long) (progressEvery * 1000));
            CeremonyBatch.BatchOutcome outcome;
            try {
                display.start();
                outcome = context.getBean(CeremonyBatch.class).run(request);
            } finally {
                display.stop();
            }
            if (outcome.resumed()) {
                out.println("Resumed an interrupted run: rows committed before it stopped were kept, not decided again.");
            }
            if (outcome.alreadyComplete()) {
                out.println("This batch was already complete: its files were written again from the stored decisions.");
            }
            out.print(outcome.summary().text());
            if (request.letters()) {
                out.println("  letters: " + outcome.summary().decided() + " in " + request.out().resolve("letters"));
            }
            return outcome.summary().badRows() > 0 ? AdjudicatorCli.BAD_INPUT : AdjudicatorCli.DECIDED;
        } catch (BatchInputException e) {
            err.println(e.getMessage());
            return AdjudicatorCli.BAD_INPUT;
        } catch (BatchFailedException e) {
            err.println(e.getMessage());
            err.println("Run the same command again to resume.");
            return AdjudicatorCli.PROBLEMS;
        }
    }
}
