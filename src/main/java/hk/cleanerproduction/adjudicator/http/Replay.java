package hk.cleanerproduction.adjudicator.http;

import com.fasterxml.jackson.annotation.JsonRawValue;
import hk.cleanerproduction.adjudicator.decision.Decision;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A stored decision made again from its stored input under its stored ruleset version.
 *
 * @param agrees      true when the new decision says the same (everything but its id and time)
 * @param differences the fields that differ, empty when it agrees
 * @param original    the decision as stored, its JSON byte for byte as it was first returned (read back
 *                    and written again, its time would change zone and its numbers their form)
 * @param replayed    the decision made now (a new id and time; it is not stored)
 */
public record Replay(String decisionId, String rulesetVersion, boolean agrees, List<String> differences,
        @JsonRawValue @Schema(implementation = Decision.class) String original, Decision replayed) {
}
