package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import java.time.LocalDate;
import java.util.List;

/**
 * What became of one input row: a decision (as the JSON returned to the caller, with the input it was
 * made on, for replay) or the bad fields.
 * Stored in {@code batch_row} in the chunk's transaction.
 */
record RowResult(int rowNumber, String subjectId, String subjectName, String outcome, Long grantHkd, LocalDate asOf,
        String category, Integer awardYear, String level, String decisionJson, String inputJson, List<FieldError> errors) {

    static RowResult bad(int rowNumber, String subjectId, List<FieldError> errors) {
        return new RowResult(rowNumber, subjectId, null, null, null, null, null, null, null, null, null, List.copyOf(errors));
    }

    boolean isBad() {
        return errors != null && !errors.isEmpty();
    }
}
