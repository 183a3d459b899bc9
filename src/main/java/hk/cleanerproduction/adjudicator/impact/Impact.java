package hk.cleanerproduction.adjudicator.impact;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.ruleset.RuleRunLimitException;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;

/**
 * Decides every input of a file under two rulesets, the active one and a candidate, and collects
 * every decision that changes (outcome, grant, level, reasons) with the totals. Both rulesets decide
 * the same validated input, so a difference is the rules' doing and nothing else.
 */
public final class Impact {

    private final Adjudication adjudication = new Adjudication(Clock.systemUTC());

    public ImpactReport run(DecisionKind kind, Ruleset active, Ruleset candidate, Path input) throws IOException {
        ImpactReport report = new ImpactReport(active.version(), candidate.version());
        for (InputRows.Row row : InputRows.read(input)) {
            if (row.tree() == null) {
                report.bad(row.number(), row.problem());
                continue;
            }
            try {
                Object application = adjudication.read(active, kind, row.tree());
                report.add(DecisionChange.between(row.number(), adjudication.decide(active, kind, application),
                        adjudication.decide(candidate, kind, application)));
            } catch (InvalidInputException e) {
                report.bad(row.number(), e.errors().stream().map(fe -> fe.field() + " " + fe.message()).collect(Collectors.joining("; ")));
            } catch (RuleRunLimitException e) {
                // one input the rules did not finish is reported with the others, not the end of the whole impact
                report.bad(row.number(), "the rules did not finish its decision: " + e.getMessage());
            }
        }
        return report;
    }
}
