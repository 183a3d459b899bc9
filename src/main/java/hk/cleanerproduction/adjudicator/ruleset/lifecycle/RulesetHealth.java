package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The ruleset's part of {@code /actuator/health} ("ruleset"): the active version, its rules, and whether
 * the last change to {@code rules/} was refused. The service stays UP while a refused change waits: it
 * still decides, correctly, with the last ruleset that passed, and going DOWN would take a working
 * service out of its load balancer because of an edit that never went live. The refusal shows in the
 * details instead, until a change is activated or the files are back to the active ones.
 */
@Component("ruleset")
class RulesetHealth implements HealthIndicator {

    private final RulesetReloader reloader;
    private final Optional<ActiveVersionFollower> follower;

    RulesetHealth(RulesetReloader reloader, Optional<ActiveVersionFollower> follower) {
        this.reloader = reloader;
        this.follower = follower;
    }

    @Override
    public Health health() {
        Ruleset ruleset = reloader.active();
        ReloadAttempt last = reloader.lastAttempt();
        boolean refused = last != null && last.result() == ReloadAttempt.Result.REFUSED;
        Health.Builder health = ruleset.ruleNames().isEmpty() ? Health.down() : Health.up();
        health.withDetail("version", ruleset.version())
                .withDetail("rules", ruleset.ruleNames().size())
                .withDetail("activatedAt", String.valueOf(reloader.activatedAt()))
                .withDetail("changeRefused", refused);
        if (refused) {
            health.withDetail("refusedVersion", String.valueOf(last.version()))
                    .withDetail("refusedAt", last.at().toString())
                    .withDetail("problems", last.problems());
        }
        // unlike a refused edit, the database's active version is in force on the other replicas: this one
        // decides differently from them, so it leaves the load balancer until it can build that version
        follower.flatMap(ActiveVersionFollower::notFollowed).ifPresent(behind -> health.down()
                .withDetail("databaseVersion", behind.version())
                .withDetail("databaseVersionNotBuiltSince", behind.since().toString())
                .withDetail("databaseVersionProblems", behind.problems()));
        return health.build();
    }
}
