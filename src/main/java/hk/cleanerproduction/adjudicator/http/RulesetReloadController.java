package hk.cleanerproduction.adjudicator.http;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.ActivationRecord;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.ReloadAttempt;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetReloader;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/ruleset/reload}: build {@code rules/} again and activate it only if everything
 * passes — 200 when activated or unchanged, 422 with every problem when refused (the old ruleset keeps
 * serving). The state of the ruleset, this attempt included, is {@code GET /api/v1/ruleset}.
 */
@RestController
@RequestMapping(path = "/api/v1/ruleset/reload", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ruleset", description = "The active ruleset (policy officers)")
class RulesetReloadController {

    private static final String ATTEMPT_EXAMPLE = """
            {"trigger": "POST /api/v1/ruleset/reload", "at": "2026-11-29T06:40:00Z", "result": "REFUSED",
             "version": "2025.1-9a1b2c3d", "tookMillis": 2310, "ruleCount": 129, "scenariosRun": 78, "scenariosFailed": 1,
             "problems": ["rules/funding/scenarios/grant.yaml:41: expected grantHkd 650000, got 600000"]}""";

    private final RulesetReloader reloader;

    RulesetReloadController(RulesetReloader reloader) {
        this.reloader = reloader;
    }

    @PostMapping
    @Operation(summary = "Build rules/ again, check it and run every scenario; activate it only if everything passes")
    @ApiResponse(responseCode = "200", description = "activated (or unchanged)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "activated",
                    value = "{\"trigger\": \"POST /api/v1/ruleset/reload\", \"result\": \"ACTIVATED\", \"version\": \"2025.1-2d8067ce\", "
                            + "\"tookMillis\": 2310, \"ruleCount\": 129, \"scenariosRun\": 78, \"scenariosFailed\": 0, \"problems\": []}")))
    @ApiResponse(responseCode = "422", description = "refused: the old ruleset keeps serving",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "refused", value = ATTEMPT_EXAMPLE)))
    ResponseEntity<ReloadAttempt> reload(java.security.Principal user) {
        // the files are the rules folder's, but the user who asked for them is their author on the versions list
        ReloadAttempt attempt = reloader.reload("POST /api/v1/ruleset/reload", ActivationRecord.by(user.getName(), null));
        return ResponseEntity.status(attempt.result() == ReloadAttempt.Result.REFUSED ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(attempt);
    }
}
