package hk.cleanerproduction.adjudicator.ruleset.scenario;

import java.util.List;

/**
 * What a scenario's decision must say. A null part is not checked.
 *
 * @param outcome         ELIGIBLE, INELIGIBLE, REFER, AWARDED, NOT_AWARDED
 * @param grantHkd        the grant in whole HK$
 * @param level           the recognition level; checked only when the scenario names it (even as null)
 * @param levelGiven      whether the scenario names a level
 * @param reasons         exactly these reason codes, in any order
 * @param reasonsInclude  at least these reason codes
 * @param reasonsExclude  none of these reason codes
 * @param inputErrors     the input must be refused, naming exactly these fields
 */
public record Expectation(String outcome, Long grantHkd, String level, boolean levelGiven, List<String> reasons,
        List<String> reasonsInclude, List<String> reasonsExclude, List<String> inputErrors) {
}
