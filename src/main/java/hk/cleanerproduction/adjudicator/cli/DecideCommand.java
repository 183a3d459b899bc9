package hk.cleanerproduction.adjudicator.cli;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.ruleset.RuleRunLimitException;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code decide funding|recognition FILE|-}: one JSON input in, one decision JSON out on stdout. */
@Command(name = "decide", description = "Decide one application or nomination (JSON) and print the decision.")
final class DecideCommand extends RulesDirCommand {

    @Parameters(index = "0", paramLabel = "funding|recognition", description = "what the input is")
    Kind kind;

    @Parameters(index = "1", paramLabel = "FILE|-", description = "the JSON file, or - for standard input")
    String file;

    enum Kind {
        funding(DecisionKind.FUNDING), recognition(DecisionKind.RECOGNITION);

        final DecisionKind decisionKind;

        Kind(DecisionKind decisionKind) {
            this.decisionKind = decisionKind;
        }
    }

    @Override
    int run(PrintStream out, PrintStream err) {
        String json;
        try {
            json = read(file);
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return AdjudicatorCli.BAD_INPUT;
        }
        // the input reader (Jackson, Jakarta Validation) starts on the other core while the rules load:
        // each is about a second of class loading on its own
        CompletableFuture<Adjudication> adjudication = CompletableFuture.supplyAsync(() -> new Adjudication(Clock.systemUTC()));
        Ruleset ruleset = rules.gatedOrReport(err);
        if (ruleset == null) {
            return AdjudicatorCli.RULES_FAIL_THE_GATE;
        }
        try {
            Decision decision = adjudication.join().decide(ruleset, kind.decisionKind, json);
            out.println(Json.pretty().writeValueAsString(decision));
            return AdjudicatorCli.DECIDED;
        } catch (RuleRunLimitException e) {
            err.println("The rules in " + rules.directory() + " did not finish this decision: " + e.getMessage());
            return AdjudicatorCli.RULES_FAIL_THE_GATE;
        } catch (InvalidInputException e) {
            err.println("Bad input in " + file + ":");
            e.errors().forEach(fe -> err.println("  " + fe.field() + ": " + fe.message()));
            return AdjudicatorCli.BAD_INPUT;
        } finally {
            ruleset.close();
        }
    }

    private static String read(String file) throws IOException {
        if ("-".equals(file)) {
            try (InputStream in = System.in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }
}
