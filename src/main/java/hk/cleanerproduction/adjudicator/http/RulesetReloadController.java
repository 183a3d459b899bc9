package hk.cleanerproduction.adjudicator.http;

import hk.cleanerproduction.adjudicator.ruleset.lifecycle.ActivationRecord;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.ReloadAttempt;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetReloader;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/ruleset/reload}: build {@code rules/} again and activate it only if everything
 * passes — 200 with the attempt when activated or unchanged; 422 problem+json when refused, carrying the
 * attempt's fields and every problem (the old ruleset keeps serving). The state of the ruleset, this
 * attempt included, is {@code GET /api/v1/ruleset}.
 */
@RestController
@RequestMapping("/api/v1/ruleset/reload")
@Tag(name = "Ruleset", description = "The active ruleset (policy officers)")
class RulesetReloadController {

    static final String REFUSED_EXAMPLE = """
            {"type": "urn:cleaner-production-adjudicator:problem:ruleset-refused", "title": "Ruleset refused", "status": 422,
             "detail": "The rules in rules/ did not pass the gate (1 problem); the active ruleset keeps deciding.",
             "instance": "/api/v1/ruleset/reload",
             "trigger": "POST /api/v1/ruleset/reload", "at": "2026-11-29T06:40:00Z", "result": "REFUSED",
             "version": "2025.1-9a1b2c3d", "tookMillis": 2310, "ruleCount": 129, "scenariosRun": 78, "scenariosFailed": 1,
             "problems": ["rules/funding/scenarios/grant.yaml:41: expected grantHkd 650000, got 600000"]}""";

    private final RulesetReloader reloader;

    RulesetReloadController(RulesetReloader reloader) {
        this.reloader = reloader;
    }

    @PostMapping
    @Operation(operationId = "reloadRuleset",
            summary = "Build rules/ again, check it and run every scenario; activate it only if everything passes")
    @ApiResponse(responseCode = "200", description = "activated (or unchanged)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReloadAttempt.class),
                    examples = @ExampleObject(name = "activated",
                    value = "{\"trigger\": \"POST /api/v1/ruleset/reload\", \"at\": \"2026-11-29T06:40:00Z\", \"result\": \"ACTIVATED\", "
                            + "\"version\": \"2025.1-2d8067ce\", \"tookMillis\": 2310, \"ruleCount\": 129, \"scenariosRun\": 78, "
                            + "\"scenariosFailed\": 0, \"problems\": []}")))
    @ApiResponse(responseCode = "422", description = "refused: the old ruleset keeps serving; every problem as file:line: message",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = ApiDocumentation.REFUSED_RELOAD_REF),
                    examples = @ExampleObject(name = "refused", value = REFUSED_EXAMPLE)))
    ResponseEntity<?> reload(java.security.Principal user) {
        // the files are the rules folder's, but the user who asked for them is their author on the versions list
        ReloadAttempt attempt = reloader.reload("POST /api/v1/ruleset/reload", ActivationRecord.by(user.getName(), null));
        if (attempt.result() != ReloadAttempt.Result.REFUSED) {
            return ResponseEntity.ok(attempt);
        }
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.RULESET_REFUSED,
                "Ruleset refused", "The rules did not pass the gate (" + attempt.problems().size()
                        + " problem(s)); the active ruleset keeps deciding.");
        problem.setProperty("trigger", attempt.trigger());
        problem.setProperty("at", attempt.at());
        problem.setProperty("result", attempt.result());
        problem.setProperty("version", attempt.version());
        problem.setProperty("tookMillis", attempt.tookMillis());
        problem.setProperty("ruleCount", attempt.ruleCount());
        problem.setProperty("scenariosRun", attempt.scenariosRun());
        problem.setProperty("scenariosFailed", attempt.scenariosFailed());
        problem.setProperty("problems", attempt.problems());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
