package hk.cleanerproduction.adjudicator.reload;

import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/ruleset/reload}: build {@code rules/} again and activate it only if everything
 * passes — 200 when activated or unchanged, 422 with every problem when refused (the old ruleset keeps
 * serving). {@code GET /api/v1/ruleset/reload}: the active ruleset (version, content hash, activated
 * at, files, rules) and the last attempt with its problems. ({@code GET /api/v1/ruleset} itself
 * belongs to the decision service.)
 */
@RestController
@RequestMapping("/api/v1/ruleset/reload")
class RulesetReloadController {

    private final RulesetReloader reloader;

    RulesetReloadController(RulesetReloader reloader) {
        this.reloader = reloader;
    }

    @GetMapping
    Map<String, Object> active() {
        Ruleset ruleset = reloader.active();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", ruleset.version());
        body.put("label", ruleset.label());
        body.put("contentHash", ruleset.contentHash());
        body.put("activatedAt", reloader.activatedAt());
        body.put("builtAt", ruleset.builtAt());
        body.put("files", ruleset.files().stream().map(RuleFile::relativePath).toList());
        body.put("rules", ruleset.ruleNames());
        body.put("lastAttempt", reloader.lastAttempt());
        return body;
    }

    @PostMapping
    ResponseEntity<ReloadAttempt> reload() {
        ReloadAttempt attempt = reloader.reload("POST /api/v1/ruleset/reload");
        return ResponseEntity.status(attempt.result() == ReloadAttempt.Result.REFUSED ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(attempt);
    }
}
