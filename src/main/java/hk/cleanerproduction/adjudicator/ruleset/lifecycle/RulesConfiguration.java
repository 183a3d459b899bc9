package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetBuildException;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules of a running application: built from {@code adjudicator.rules-dir} at start through the
 * ruleset gate (a ruleset that does not build, fails a check or a scenario stops the start, with every
 * problem listed), then held as the active ruleset that every decision reads (reloads swap it).
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
    RulesetGate rulesetGate(RulesetLoader loader, @Value("${adjudicator.gate-cache:data/gate}") Path gateCache) {
        return RulesetGate.standard(loader, new GateCache(gateCache));
    }

    /** The rules the service starts with pass the same gate as a reload (build, checks, scenarios), or it does not start. */
    @Bean
    CheckReport startCheck(RulesetGate gate, @Value("${adjudicator.rules-dir:rules}") Path rulesDir, RulesetVersions versions,
            @Value("${adjudicator.ruleset.follow-database:true}") boolean followDatabase) throws RulesetBuildException {
        // the database's active version, unless the folder holds an edit it has never seen (StartingRuleset)
        CheckReport report = followDatabase ? new StartingRuleset(gate, versions).check(rulesDir) : gate.check(rulesDir);
        if (!report.passed()) {
            throw new RulesetBuildException(report.problems());
        }
        return report;
    }

    @Bean
    ActiveRuleset activeRuleset(CheckReport startCheck) {
        return new ActiveRuleset(startCheck.ruleset().orElseThrow());
    }

    @Bean
    Adjudication adjudication(Clock clock) {
        return new Adjudication(clock);
    }
}
