package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The ruleset's part of {@code /actuator/health} ("ruleset"): UP with the active version and its rule
 * count. The service only starts with a ruleset that builds, and a reload only activates one that
 * passes, so an active ruleset without rules is the one state reported DOWN.
 */
@Component("ruleset")
class RulesetHealth implements HealthIndicator {

    private final ActiveRuleset activeRuleset;

    RulesetHealth(ActiveRuleset activeRuleset) {
        this.activeRuleset = activeRuleset;
    }

    @Override
    public Health health() {
        Ruleset ruleset = activeRuleset.get();
        Health.Builder health = ruleset.ruleNames().isEmpty() ? Health.down() : Health.up();
        return health.withDetail("version", ruleset.version())
                .withDetail("contentHash", ruleset.contentHash())
                .withDetail("rules", ruleset.ruleNames().size())
                .withDetail("files", ruleset.files().size())
                .withDetail("builtAt", ruleset.builtAt().toString())
                .build();
    }
}
