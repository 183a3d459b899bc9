package hk.cleanerproduction.adjudicator.system;

import hk.cleanerproduction.adjudicator.decision.Adjudicators;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetBuildException;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules of a running application: built once from {@code adjudicator.rules-dir} at start (a
 * ruleset that does not build stops the start, with every problem listed), then held as the active
 * ruleset that every decision reads.
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RulesetLoader rulesetLoader() {
        return new RulesetLoader();
    }

    @Bean
    ActiveRuleset activeRuleset(RulesetLoader loader, @Value("${adjudicator.rules-dir:rules}") Path rulesDir)
            throws RulesetBuildException {
        return new ActiveRuleset(loader.load(rulesDir));
    }

    @Bean
    Adjudicators adjudicators(ActiveRuleset activeRuleset, Clock clock) {
        return new Adjudicators(activeRuleset::get, clock);
    }
}
