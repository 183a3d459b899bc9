package hk.cleanerproduction.adjudicator.http;

import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetReloader;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ruleset decisions are made with now; policy officers read it here (reload lives with the rule lifecycle). */
@RestController
@RequestMapping(path = "/api/v1/ruleset", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ruleset", description = "The active ruleset (policy officers)")
class RulesetController {

    /** The workbench's "recent decisions": those of the last day. */
    private static final Duration RECENT = Duration.ofHours(24);

    private final ActiveRuleset activeRuleset;
    private final RulesetVersions versions;
    private final ObjectProvider<RulesetReloader> reloader;
    private final DecisionService decisions;
    private final Clock clock;

    /** The reloader is optional: a controller slice test (or a service without live reload) has none. */
    RulesetController(ActiveRuleset activeRuleset, RulesetVersions versions, ObjectProvider<RulesetReloader> reloader,
            DecisionService decisions, Clock clock) {
        this.activeRuleset = activeRuleset;
        this.versions = versions;
        this.reloader = reloader;
        this.decisions = decisions;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "getRuleset",
            summary = "The active ruleset: version, content hash, built and activated at, files, rules, the last reload attempt",
            description = "`recentDecisions` is how many decisions were stored in the last 24 hours by the service's clock.")
    @ApiResponse(responseCode = "200", description = "the active ruleset",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RulesetView.class)))
    RulesetView active() {
        Ruleset ruleset = activeRuleset.get();
        RulesetReloader live = reloader.getIfAvailable();
        long recent = decisions.decidedSince(clock.instant().minus(RECENT));
        return RulesetView.of(ruleset, versions.lastActivated(ruleset.version()).orElse(null),
                live == null ? null : live.lastAttempt(), recent);
    }
}
