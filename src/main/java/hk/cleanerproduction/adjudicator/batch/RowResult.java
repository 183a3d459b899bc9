package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What became of one input row: a decision (its id, ruleset and time, and its JSON as returned to the
 * caller together with the input it was made on, both compressed as the decision store keeps them) or the
 * bad fields. Stored in {@code batch_row} and {@code batch_row_decision} in the chunk's transaction.
 */
record RowResult(int rowNumber, String subjectId, String subjectName, String outcome, Long grantHkd, LocalDate asOf,
        String category, Integer awardYear, String level, String decisionId, String rulesetVersion, OffsetDateTime decidedAt,
        byte[] decisionZip, byte[] inputZip, List<FieldError> errors) {

    static RowResult bad(int rowNumber, String subjectId, List<FieldError> errors) {
        return new RowResult(rowNumber, subjectId, null, null, null, null, null, null, null, null, null, null, null, null,
                List.copyOf(errors));
    }

    boolean isBad() {
        return errors != null && !errors.isEmpty();
    }
}
