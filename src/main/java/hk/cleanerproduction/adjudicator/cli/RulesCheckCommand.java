package hk.cleanerproduction.adjudicator.cli;

import hk.cleanerproduction.adjudicator.ruleset.lifecycle.CheckReport;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/**
 * {@code rules check [--rules DIR]}: builds the rules, runs the checks beyond compiling and every
 * scenario, prints each problem as {@code file:line: message} and a summary; exit 0 when all is
 * well, 1 otherwise. The same gate a reload of the service goes through, and the same memory of
 * passes as every other command: files that passed before with this build of the application are
 * read back, not checked again (the gate is deterministic); any edit checks in full.
 */
@Command(name = "check", description = "Build the rules, run the rule checks and every scenario; print each problem as file:line: message.")
final class RulesCheckCommand extends RulesDirCommand {

    @Override
    int run(PrintStream out, PrintStream err) {
        CheckReport report = RulesOption.gate().check(rules.directory());
        report.problems().forEach(out::println);
        out.println("rules check " + report.summary());
        report.ruleset().ifPresent(r -> r.close());
        return report.passed() ? AdjudicatorCli.DECIDED : AdjudicatorCli.PROBLEMS;
    }
}
