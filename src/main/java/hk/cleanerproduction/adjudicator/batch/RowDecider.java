package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.ruleset.RuleRunLimitException;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.adjudication.Subject;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.store.CompressedText;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Decides one input row under the batch's ruleset, or names every bad field of it. Never throws for
 * bad input: a bad row is a result like any other. Thread-safe (the batch processes the rows of a
 * chunk concurrently).
 */
record RowDecider(DecisionKind kind, Adjudication adjudication, Ruleset ruleset) implements ItemProcessor<InputRow, RowResult> {

    @Override
    public RowResult process(InputRow row) {
        if (row.parseError() != null) {
            return RowResult.bad(row.rowNumber(), null, List.of(row.parseError()));
        }
        Object input;
        Decision decision;
        try {
            input = adjudication.read(ruleset, kind, row.tree());
            decision = adjudication.decide(ruleset, kind, input);
        } catch (InvalidInputException e) {
            return RowResult.bad(row.rowNumber(), idOf(row.tree()), e.errors());
        } catch (RuleRunLimitException e) {
            // the rules did not finish this row: reported with it, the other rows are still decided
            return RowResult.bad(row.rowNumber(), idOf(row.tree()), List.of(new FieldError("(rules)", e.getMessage())));
        }
        Subject subject = adjudication.subject(kind, input);
        // compressed here, on the deciding threads, as the decision store keeps them: publishing then copies
        // the unchanged decisions inside the database instead of reading, parsing and compressing them again
        return new RowResult(row.rowNumber(), decision.subjectId(), subject.name(), decision.outcome(),
                decision.grantHkd(), decision.asOf(), subject.category(), subject.awardYear(), decision.level(),
                decision.decisionId(), decision.rulesetVersion(), decision.decidedAt(),
                CompressedText.compress(Json.mapper().writeValueAsBytes(decision)),
                CompressedText.compress(Json.mapper().writeValueAsBytes(row.tree())), null);
    }

    private String idOf(JsonNode tree) {
        JsonNode id = tree.get(adjudication.programme(kind).subjectIdField());
        if (id == null || !id.isString()) {
            return null;
        }
        String text = id.asString();
        return text.length() > 64 ? text.substring(0, 64) : text;
    }
}
