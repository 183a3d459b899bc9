package hk.cleanerproduction.adjudicator.cli;

import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetBuildException;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, which every command takes: default {@code ./rules}, or the property adjudicator.rules-dir. */
public final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules directory (default: ./rules, or -Dadjudicator.rules-dir)")
    Path rulesDir;

    public Path directory() {
        if (rulesDir != null) {
            return rulesDir;
        }
        return Path.of(System.getProperty("adjudicator.rules-dir", "rules"));
    }

    /** Builds the rules, or prints every problem as file:line: message and returns null. */
    public Ruleset buildOrReport(PrintStream err) {
        try {
            return new RulesetLoader().load(directory());
        } catch (RulesetBuildException e) {
            err.println("The rules in " + directory() + " do not build:");
            e.problems().forEach(err::println);
            return null;
        }
    }
}
