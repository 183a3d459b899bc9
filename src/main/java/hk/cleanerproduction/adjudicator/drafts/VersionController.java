package hk.cleanerproduction.adjudicator.drafts;

import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.ActivationRecord;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.ReloadAttempt;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetReloader;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every version ever active with who brought it into force and who agreed, the difference between any two,
 * and rolling back to an earlier one (through the gate, recorded like any activation). Role POLICY_OFFICER
 * (the secretariat has it too); the difference of a draft from its base is here as well.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Ruleset", description = "The active ruleset (policy officers)")
class VersionController {

    private final RulesetVersions versions;
    private final ActiveRuleset active;
    private final RulesetReloader reloader;
    private final DraftService drafts;

    VersionController(RulesetVersions versions, ActiveRuleset active, RulesetReloader reloader, DraftService drafts) {
        this.versions = versions;
        this.active = active;
        this.reloader = reloader;
        this.drafts = drafts;
    }

    /** One activation: the version, when, who wrote it, who approved it, why; {@code active} marks the one in force. */
    record VersionEntry(String version, Instant activatedAt, String author, String approver, String title, String comment,
            String trigger, Long draftId, boolean active) {
    }

    record Rollback(String comment) {
    }

    @GetMapping("/ruleset/versions")
    @Operation(operationId = "listRulesetVersions", summary = "Every activation, newest first: version, activatedAt, author, approver, title")
    List<VersionEntry> list() {
        String current = active.get().version();
        List<VersionEntry> entries = new ArrayList<>();
        boolean marked = false;
        for (Map<String, Object> row : versions.history(1000)) {
            String version = (String) row.get("VERSION");
            boolean isActive = !marked && version.equals(current);
            marked |= isActive;
            Number draft = (Number) row.get("DRAFT_ID");
            entries.add(new VersionEntry(version, ((Timestamp) row.get("ACTIVATED_AT")).toInstant(), (String) row.get("AUTHOR"),
                    (String) row.get("APPROVER"), (String) row.get("TITLE"), (String) row.get("APPROVAL_COMMENT"),
                    (String) row.get("RELOAD_TRIGGER"), draft == null ? null : draft.longValue(), isActive));
        }
        return entries;
    }

    @GetMapping("/ruleset/versions/{a}/diff/{b}")
    @Operation(operationId = "diffRulesetVersions", summary = "What changed from version a to version b, file by file (tables row by row)")
    Map<String, Object> diff(@PathVariable String a, @PathVariable String b) {
        return Map.of("from", a, "to", b, "files", VersionDiff.between(files(a), files(b)));
    }

    @GetMapping("/drafts/{draftId}/diff")
    @Operation(summary = "What the draft changed from the version it is based on")
    Map<String, Object> draftDiff(@PathVariable long draftId) {
        Draft draft = drafts.draft(draftId);
        return Map.of("from", draft.basedOn(), "to", "draft " + draftId,
                "files", VersionDiff.between(drafts.baseFiles(draft), drafts.files(draftId)));
    }

    @PostMapping("/ruleset/versions/{version}/activate")
    @Operation(operationId = "rollBackRuleset", summary = "Roll back to an earlier version: through the gate, recorded like any activation")
    Map<String, Object> rollback(@PathVariable String version, @RequestBody(required = false) Rollback body, Principal user) {
        RulesDirectory directory = versions.files(version)
                .orElseThrow(() -> DraftException.notFound("There is no ruleset version " + version + "."));
        if (active.get().version().equals(version)) {
            throw DraftException.conflict("Version " + version + " is already active.");
        }
        String comment = body == null ? null : body.comment();
        ActivationRecord who = new ActivationRecord(user.getName(), null, "Roll back to " + version, comment, null);
        ReloadAttempt attempt = reloader.activate(directory, "roll back", who);
        if (attempt.result() != ReloadAttempt.Result.ACTIVATED) {
            throw new DraftException(HttpStatus.UNPROCESSABLE_CONTENT, "Refused by the gate",
                    "Version " + version + " does not pass the gate today; the active ruleset is unchanged.")
                    .with("problems", attempt.problems());
        }
        return Map.of("version", attempt.version(), "activatedAt", reloader.activatedAt(), "tookMillis", attempt.tookMillis());
    }

    private Map<String, byte[]> files(String version) {
        RulesDirectory directory = versions.files(version)
                .orElseThrow(() -> DraftException.notFound("There is no ruleset version " + version + "."));
        Map<String, byte[]> files = new TreeMap<>();
        directory.files().forEach(f -> files.put(f.relativePath(), f.content()));
        return files;
    }
}
