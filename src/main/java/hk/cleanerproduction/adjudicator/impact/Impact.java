package hk.cleanerproduction.adjudicator.impact;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.ruleset.RuleRunLimitException;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Decides every input of a file under two rulesets, the active one and a candidate, and counts every
 * decision that changes (outcome, grant, level, reasons) with the totals. Both rulesets decide the
 * same validated input, so a difference is the rules' doing and nothing else.
 *
 * <p>The file is read row by row and each change is handed on as it is found: memory does not grow with
 * the size of the file, only with the changes the caller asks to keep.
 */
public final class Impact {

    private final Adjudication adjudication = new Adjudication(Clock.systemUTC());

    /**
     * @param changesKept how many changed decisions the report keeps in full (the first ones, in input order)
     * @param eachChange  given every changed decision, in input order, as soon as it is known
     */
    public ImpactReport run(DecisionKind kind, Ruleset active, Ruleset candidate, Path input, int changesKept,
            Consumer<DecisionChange> eachChange) throws IOException {
        ImpactReport report = new ImpactReport(active.version(), candidate.version(), changesKept);
        InputRows.forEach(input, row -> {
            if (row.tree() == null) {
                report.bad(row.number(), row.problem());
                return;
            }
            try {
                Object application = adjudication.read(active, kind, row.tree());
                DecisionChange change = DecisionChange.between(row.number(), adjudication.decide(active, kind, application),
                        adjudication.decide(candidate, kind, application));
                report.add(change);
                if (change.changed()) {
                    eachChange.accept(change);
                }
            } catch (InvalidInputException e) {
                report.bad(row.number(), e.errors().stream().map(fe -> fe.field() + " " + fe.message()).collect(Collectors.joining("; ")));
            } catch (RuleRunLimitException e) {
                // one input the rules did not finish is reported with the others, not the end of the whole impact
                report.bad(row.number(), "the rules did not finish its decision: " + e.getMessage());
            }
        });
        return report;
    }
}
