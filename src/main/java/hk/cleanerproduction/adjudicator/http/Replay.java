package hk.cleanerproduction.adjudicator.http;

import hk.cleanerproduction.adjudicator.decision.Decision;
import java.util.List;

/**
 * A stored decision made again from its stored input under its stored ruleset version.
 *
 * @param agrees      true when the new decision says the same (everything but its id and time)
 * @param differences the fields that differ, empty when it agrees
 * @param original    the decision as stored
 * @param replayed    the decision made now (a new id and time; it is not stored)
 */
public record Replay(String decisionId, String rulesetVersion, boolean agrees, List<String> differences,
        Decision original, Decision replayed) {
}
