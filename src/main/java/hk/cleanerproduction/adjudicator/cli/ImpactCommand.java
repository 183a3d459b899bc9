package hk.cleanerproduction.adjudicator.cli;

import hk.cleanerproduction.adjudicator.impact.Impact;
import hk.cleanerproduction.adjudicator.impact.ImpactReport;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code impact funding|recognition --candidate DIR --input FILE [--rules DIR]}: which decisions a
 * rules change would change. Decides every input under the active rules ({@code --rules}) and the
 * candidate, prints every changed decision and the totals; exit 0. No Spring, no database.
 */
@Command(name = "impact", description = "Decide the input under the active and the candidate rules; report every changed decision and the totals.")
final class ImpactCommand extends RowsCommand {

    @Option(names = "--candidate", required = true, paramLabel = "DIR", description = "the changed rules directory")
    Path candidate;

    @Override
    int run(PrintStream out, PrintStream err) {
        Ruleset active = rules.gatedOrReport(err);
        if (active == null) {
            return AdjudicatorCli.RULES_FAIL_THE_GATE;
        }
        Ruleset changed = RulesOption.gatedOrReport(candidate, err);
        if (changed == null) {
            active.close();
            return AdjudicatorCli.RULES_FAIL_THE_GATE;
        }
        try {
            // each change is printed as it is found: an impact of any size runs in the same memory
            out.println(ImpactReport.heading(active.version(), changed.version()));
            new Impact().run(kind.decisionKind, active, changed, input, 0, change -> ImpactReport.printChange(out, change))
                    .printTotals(out);
            return AdjudicatorCli.DECIDED;
        } catch (IOException e) {
            err.println("Cannot read " + input + ": " + e.getMessage());
            return AdjudicatorCli.BAD_INPUT;
        } finally {
            active.close();
            changed.close();
        }
    }
}
