package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of rule changes ({@code /actuator/health}, component {@code rulesetReload}). The service stays UP
 * while a refused change waits: it still decides, correctly, with the last ruleset that passed, and
 * going DOWN would take a working service out of its load balancer because of an edit that never went
 * live. The refusal shows in the details instead: {@code changeRefused: true}, the attempt and its
 * problems, until a change is activated.
 */
@Component("rulesetReload")
class RulesetReloadHealth implements HealthIndicator {

    private final RulesetReloader reloader;

    RulesetReloadHealth(RulesetReloader reloader) {
        this.reloader = reloader;
    }

    @Override
    public Health health() {
        ReloadAttempt last = reloader.lastAttempt();
        boolean refused = last != null && last.result() == ReloadAttempt.Result.REFUSED;
        Health.Builder health = Health.up()
                .withDetail("activeVersion", reloader.active().version())
                .withDetail("activatedAt", String.valueOf(reloader.activatedAt()))
                .withDetail("changeRefused", refused);
        if (refused) {
            health.withDetail("refusedVersion", String.valueOf(last.version()))
                    .withDetail("refusedAt", last.at().toString())
                    .withDetail("problems", last.problems());
        }
        return health.build();
    }
}
