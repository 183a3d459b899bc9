package hk.cleanerproduction.adjudicator.http;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.ruleset.RuleRunLimitException;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The service's own metrics (Prometheus names in brackets):
 * <ul>
 * <li>{@code adjudicator.decisions} [adjudicator_decisions_seconds_count / _bucket], a timer by kind
 *     and outcome: how many decisions were made and how long deciding and storing took;</li>
 * <li>{@code adjudicator.ruleset.active} [adjudicator_ruleset_active], 1 for the active version and 0 for
 *     versions active earlier in this process, tagged with the version.</li>
 * </ul>
 */
@Component
public class DecisionMetrics {

    private final MeterRegistry registry;
    private final ActiveRuleset activeRuleset;
    private final Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
    /** By kind and outcome: building and looking up a timer per decision showed in profiles. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public DecisionMetrics(MeterRegistry registry, ActiveRuleset activeRuleset) {
        this.registry = registry;
        this.activeRuleset = activeRuleset;
        watchVersion(activeRuleset.get().version());
    }

    void decided(Decision decision, long nanos) {
        timers.computeIfAbsent(decision.kind().name() + '/' + decision.outcome(), k -> Timer.builder("adjudicator.decisions")
                        .description("Decisions made and stored, by kind and outcome, with the time to decide and store")
                        .tag("kind", decision.kind().name())
                        .tag("outcome", decision.outcome())
                        .publishPercentileHistogram()
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
        watchVersion(decision.rulesetVersion());
    }

    /** A decision its rules did not finish (too many firings, too long): counted by kind and limit. */
    void stopped(DecisionKind kind, RuleRunLimitException e) {
        registry.counter("adjudicator.decisions.stopped", "kind", kind.name(), "limit", e.limit().name()).increment();
    }

    // A gauge's tags cannot change, so each version gets its own gauge, reading whether it is active now.
    private void watchVersion(String version) {
        if (versionsSeen.add(version)) {
            Gauge.builder("adjudicator.ruleset.active", activeRuleset, a -> a.get().version().equals(version) ? 1 : 0)
                    .description("1 for the ruleset version decisions are made with now")
                    .tag("version", version)
                    .register(registry);
        }
    }
}
