package hk.cleanerproduction.adjudicator.ruleset.scenario;

import tools.jackson.databind.JsonNode;

/**
 * One policy scenario: "this input, as of its date, gives this decision".
 *
 * @param file   where it is written, as the officer names the file
 * @param line   the line its case starts on
 * @param name   a sentence saying what it shows
 * @param kind   funding or recognition
 * @param input  the whole input (the base with the case's changes applied), or null when it could not be made
 * @param expect what the decision must say
 */
public record Scenario(String file, int line, String name, String kind, JsonNode input, Expectation expect) {

    public String where() {
        return file + ":" + line;
    }
}
