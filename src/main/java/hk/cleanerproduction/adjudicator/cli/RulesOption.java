package hk.cleanerproduction.adjudicator.cli;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetBuildException;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.CheckReport;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.GateCache;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetGate;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
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

    /** The gate a command's rules pass: remembered under ./data/gate (or -Dadjudicator.gate-cache) by content hash. */
    static RulesetGate gate() {
        return RulesetGate.standard(new RulesetLoader(1),
                new GateCache(Path.of(System.getProperty("adjudicator.gate-cache", GateCache.DEFAULT_DIR.toString()))));
    }

    /** The rules of this option through the gate, or null after printing every problem as file:line: message. */
    public Ruleset gatedOrReport(PrintStream err) {
        return gatedOrReport(directory(), err);
    }

    /** A rules directory through the gate, or null after printing every problem as file:line: message. */
    static Ruleset gatedOrReport(Path dir, PrintStream err) {
        CheckReport report = gate().check(dir);
        if (report.passed()) {
            return report.ruleset().orElseThrow();
        }
        reportFailure(dir, report.problems(), err);
        return null;
    }

    /** Says that the rules in a directory fail the gate, then prints every problem as file:line: message. */
    static void reportFailure(Object dir, List<RuleProblem> problems, PrintStream err) {
        err.println("The rules in " + dir + " fail the gate (build, checks, scenarios); nothing was decided:");
        problems.forEach(err::println);
    }

    /** Why the Spring application did not start, when it was its rules: the RulesetBuildException among the causes, or null. */
    static RulesetBuildException rulesProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RulesetBuildException r) {
                return r;
            }
        }
        return null;
    }
}
