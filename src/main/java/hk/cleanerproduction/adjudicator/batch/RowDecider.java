package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.adjudication.Adjudicator;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.adjudication.InputReader;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Decides one input row, or names every bad field of it. Never throws for bad input: a bad row is a
 * result like any other. Thread-safe (the batch processes the rows of a chunk concurrently).
 */
class RowDecider implements ItemProcessor<InputRow, RowResult> {

    private final BatchKind kind;
    private final Adjudicator<Object> adjudicator;
    private final InputReader reader = new InputReader(Json.mapper());

    RowDecider(BatchKind kind, Adjudicator<Object> adjudicator) {
        this.kind = kind;
        this.adjudicator = adjudicator;
    }

    @Override
    public RowResult process(InputRow row) {
        if (row.parseError() != null) {
            return RowResult.bad(row.rowNumber(), null, List.of(row.parseError()));
        }
        Object input;
        try {
            input = reader.read(row.tree(), adjudicator.inputType());
        } catch (InvalidInputException e) {
            return RowResult.bad(row.rowNumber(), idOf(row.tree()), e.errors());
        }
        Decision decision = adjudicator.decide(input);
        BatchKind.SubjectFacts facts = kind.facts(input);
        return new RowResult(row.rowNumber(), decision.subjectId(), facts.name(), decision.outcome(),
                decision.grantHkd(), decision.asOf(), facts.category(), facts.awardYear(), decision.level(),
                Json.mapper().writeValueAsString(decision), null);
    }

    private String idOf(JsonNode tree) {
        JsonNode id = tree.get(kind.idField());
        if (id == null || !id.isString()) {
            return null;
        }
        String text = id.asString();
        return text.length() > 64 ? text.substring(0, 64) : text;
    }
}
