package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every ruleset a reload makes active is recorded with its files, so that a decision made under it can
 * be replayed later ({@code GET /api/v1/decisions/{id}/replay}).
 */
@Component
class RecordReloadedRulesets {

    private final RulesetVersions versions;

    RecordReloadedRulesets(RulesetVersions versions) {
        this.versions = versions;
    }

    @EventListener
    void on(RulesetActivated activated) {
        versions.recordActivation(activated.ruleset());
    }
}
