package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * One row of a batch input before it is read as an application or nomination.
 *
 * @param rowNumber  the CSV data row (1-based, header excluded) or the JSON Lines line number
 * @param tree       the row as a JSON tree, or null when the row is not even JSON
 * @param parseError why the row could not be parsed (null when it could)
 */
record InputRow(int rowNumber, JsonNode tree, FieldError parseError) {
}
