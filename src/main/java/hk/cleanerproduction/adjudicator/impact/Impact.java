package hk.cleanerproduction.adjudicator.impact;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.ruleset.RuleRunLimitException;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Decides every input of a file under two rulesets, the active one and a candidate, and counts every
 * decision that changes (outcome, grant, level, reasons) with the totals. Both rulesets decide the
 * same validated input, so a difference is the rules' doing and nothing else.
 *
 * <p>The file is read row by row, a block of rows at a time decided on every core, and each change is
 * handed on in input order as soon as its block is decided: memory does not grow with the size of the
 * file, only with the changes the caller asks to keep.
 */
public final class Impact {

    /** Rows decided together: enough to keep every core busy, few enough that the first changes come soon. */
    private static final int BLOCK = 256;

    private final Adjudication adjudication = new Adjudication(Clock.systemUTC());

    /**
     * @param changesKept how many changed decisions the report keeps in full (the first ones, in input order)
     * @param eachChange  given every changed decision, in input order, as soon as it is known
     */
    public ImpactReport run(DecisionKind kind, Ruleset active, Ruleset candidate, Path input, int changesKept,
            Consumer<DecisionChange> eachChange) throws IOException {
        ImpactReport report = new ImpactReport(active.version(), candidate.version(), changesKept);
        List<InputRows.Row> block = new ArrayList<>(BLOCK);
        InputRows.forEach(input, row -> {
            block.add(row);
            if (block.size() == BLOCK) {
                decide(kind, active, candidate, block, report, eachChange);
                block.clear();
            }
        });
        decide(kind, active, candidate, block, report, eachChange);
        return report;
    }

    /** Decides a block of rows on every core, then reports them in input order. */
    private void decide(DecisionKind kind, Ruleset active, Ruleset candidate, List<InputRows.Row> rows, ImpactReport report,
            Consumer<DecisionChange> eachChange) {
        for (RowImpact row : rows.parallelStream().map(row -> impactOf(kind, active, candidate, row)).toList()) {
            if (row.problem() != null) {
                report.bad(row.number(), row.problem());
            } else {
                report.add(row.change());
                if (row.change().changed()) {
                    eachChange.accept(row.change());
                }
            }
        }
    }

    /** One row's decisions under both rulesets compared, or why it has none. */
    private RowImpact impactOf(DecisionKind kind, Ruleset active, Ruleset candidate, InputRows.Row row) {
        if (row.tree() == null) {
            return new RowImpact(row.number(), null, row.problem());
        }
        try {
            Object application = adjudication.read(active, kind, row.tree());
            return new RowImpact(row.number(), DecisionChange.between(row.number(), adjudication.decide(active, kind, application),
                    adjudication.decide(candidate, kind, application)), null);
        } catch (InvalidInputException e) {
            return new RowImpact(row.number(), null,
                    e.errors().stream().map(fe -> fe.field() + " " + fe.message()).collect(Collectors.joining("; ")));
        } catch (RuleRunLimitException e) {
            // one input the rules did not finish is reported with the others, not the end of the whole impact
            return new RowImpact(row.number(), null, "the rules did not finish its decision: " + e.getMessage());
        }
    }

    private record RowImpact(int number, DecisionChange change, String problem) {
    }
}
