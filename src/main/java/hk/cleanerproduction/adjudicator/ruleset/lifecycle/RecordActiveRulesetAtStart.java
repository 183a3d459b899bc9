package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The ruleset built at start is activated at start: its version and files are stored before any
 * decision names it, so every decision can be replayed.
 */
@Component
class RecordActiveRulesetAtStart {

    private final ActiveRuleset activeRuleset;
    private final RulesetVersions versions;

    RecordActiveRulesetAtStart(ActiveRuleset activeRuleset, RulesetVersions versions) {
        this.activeRuleset = activeRuleset;
        this.versions = versions;
    }

    @EventListener(ApplicationStartedEvent.class)
    void recordActivation() {
        versions.recordActivation(activeRuleset.get());
    }
}
