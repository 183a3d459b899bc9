package hk.cleanerproduction.adjudicator.http;

import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetReloader;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    private final ActiveRuleset activeRuleset;
    private final RulesetVersions versions;
    private final ObjectProvider<RulesetReloader> reloader;

    /** The reloader is optional: a controller slice test (or a service without live reload) has none. */
    RulesetController(ActiveRuleset activeRuleset, RulesetVersions versions, ObjectProvider<RulesetReloader> reloader) {
        this.activeRuleset = activeRuleset;
        this.versions = versions;
        this.reloader = reloader;
    }

    @GetMapping
    @Operation(operationId = "getRuleset",
            summary = "The active ruleset: version, content hash, built and activated at, files, rules, the last reload attempt")
    @ApiResponse(responseCode = "200", description = "the active ruleset",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RulesetView.class)))
    RulesetView active() {
        Ruleset ruleset = activeRuleset.get();
        RulesetReloader live = reloader.getIfAvailable();
        return RulesetView.of(ruleset, versions.lastActivated(ruleset.version()).orElse(null), live == null ? null : live.lastAttempt());
    }
}
