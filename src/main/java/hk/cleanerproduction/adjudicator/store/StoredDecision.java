package hk.cleanerproduction.adjudicator.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A decision as stored: the input it was made on and the decision exactly as it was returned
 * (both as JSON text, so that reading it back gives the same bytes), never changed afterwards.
 */
public record StoredDecision(
        String decisionId,
        String kind,
        String subjectId,
        String outcome,
        LocalDate asOf,
        String rulesetVersion,
        OffsetDateTime decidedAt,
        String inputJson,
        String decisionJson) {
}
