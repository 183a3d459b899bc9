package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Live reload in the running service: the reloader (gate, atomic swap, grace period, activation log)
 * and the watcher over {@code adjudicator.rules-dir}. Settings: {@code adjudicator.reload.watch}
 * (default true), {@code adjudicator.reload.debounce} (300ms), {@code adjudicator.reload.grace} (10s).
 */
@Configuration(proxyBeanMethods = false)
class ReloadConfiguration {

    @Bean(destroyMethod = "shutdown")
    RulesetReloader rulesetReloader(ActiveRuleset activeRuleset, RulesetGate gate, CheckReport startCheck,
            RulesetVersions versions, ApplicationEventPublisher events, @Value("${adjudicator.rules-dir:rules}") Path rulesDir,
            @Value("${adjudicator.reload.grace:10s}") Duration grace) {
        RulesetReloader reloader = new RulesetReloader(activeRuleset, gate, rulesDir, versions, grace, events::publishEvent);
        reloader.started(startCheck);
        return reloader;
    }

    /**
     * Every replica of the service follows the database's active version ({@code adjudicator.ruleset.follow-database},
     * default true; looked at every {@code adjudicator.ruleset.follow-interval}, default 1s, and at once on a
     * PostgreSQL announcement). A batch decides its whole input with the ruleset it started with.
     */
    @Bean
    @ConditionalOnWebApplication
    @ConditionalOnProperty(name = "adjudicator.ruleset.follow-database", havingValue = "true", matchIfMissing = true)
    ActiveVersionFollower activeVersionFollower(RulesetVersions versions, ActiveRuleset activeRuleset, RulesetGate gate,
            RulesetReloader reloader, DataSource dataSource, @Value("${adjudicator.ruleset.follow-interval:1s}") Duration interval,
            @Value("${adjudicator.reload.grace:10s}") Duration grace) {
        // the reloader's lock: its reload records an activation and swaps under it, so the two never build one version twice
        return new ActiveVersionFollower(versions, activeRuleset, gate, reloader, dataSource, interval, grace);
    }

    /** Only the service watches: a batch decides its whole input with the ruleset it started with. */
    @Bean
    @ConditionalOnWebApplication
    @ConditionalOnProperty(name = "adjudicator.reload.watch", havingValue = "true", matchIfMissing = true)
    RulesWatcher rulesWatcher(RulesetReloader reloader, @Value("${adjudicator.reload.debounce:300ms}") Duration debounce) {
        return new RulesWatcher(reloader, debounce);
    }
}
