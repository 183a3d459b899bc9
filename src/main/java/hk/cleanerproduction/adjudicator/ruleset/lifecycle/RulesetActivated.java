package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.time.Instant;

/**
 * Published (as a Spring application event) each time a reload makes a ruleset active, after the swap,
 * so that whoever keeps ruleset versions (the decision service) can record the activation.
 */
public record RulesetActivated(Ruleset ruleset, String trigger, Instant at) {
}
