package hk.cleanerproduction.adjudicator.drafts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The change API of SPEC.md ("Rule changes by policy officers"): drafts, their files (ETag / If-Match), the
 * gate on a draft, accepting scenarios, impact, submit, approve, activate; and rebase and discard for a
 * draft whose base is no longer active. Role POLICY_OFFICER.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Drafts", description = "Rule changes by policy officers: drafts, checks, impact, approval")
class DraftController {

    /** A rules file larger than this is not a policy file (the largest spreadsheet is a few dozen KB). */
    private static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    /** An uploaded data set for impact (a generated 100,000-row CSV is about 30 MB). */
    private static final int MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

    private final DraftService drafts;
    private final DraftImpact impact;

    DraftController(DraftService drafts, DraftImpact impact) {
        this.drafts = drafts;
        this.impact = impact;
    }

    record NewDraft(String basedOn, String title) {
    }

    record Accept(List<String> scenarios, Boolean all) {
    }

    record Approval(String comment) {
    }

    record ImpactRequest(String kind, String input, Integer rows) {
    }

    @PostMapping(path = "/drafts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createDraft", summary = "A new draft: a copy of the active version (basedOn \"active\") or of a stored version")
    ResponseEntity<DraftView.Summary> create(@RequestBody NewDraft body, Principal user) {
        Draft draft = drafts.create(user.getName(), body.basedOn(), body.title());
        return ResponseEntity.created(URI.create("/api/v1/drafts/" + draft.id()))
                .body(DraftView.Summary.of(draft, drafts.activeVersion()));
    }

    @GetMapping("/drafts")
    @Operation(operationId = "listDrafts", summary = "Every draft, newest first")
    List<DraftView.Summary> list() {
        String active = drafts.activeVersion();
        return drafts.drafts().stream().map(d -> DraftView.Summary.of(d, active)).toList();
    }

    @GetMapping("/drafts/{draftId}")
    @Operation(operationId = "getDraft", summary = "One draft: its files (with ETags), state, whether it is stale, its last check and its history")
    DraftView one(@PathVariable long draftId) {
        Draft draft = drafts.draft(draftId);
        var directory = drafts.directory(draftId);
        Map<String, byte[]> files = drafts.files(draftId);
        return DraftView.of(draft, drafts.activeVersion(), directory.version(), directory.contentHash(), files,
                drafts.baseFiles(draft), drafts.history(draftId));
    }

    @DeleteMapping("/drafts/{draftId}")
    @Operation(operationId = "discardDraft", summary = "Discard the draft: kept with its history, but it no longer changes")
    DraftView.Summary discard(@PathVariable long draftId, Principal user) {
        return DraftView.Summary.of(drafts.discard(user.getName(), draftId), drafts.activeVersion());
    }

    private static final String GRANT_TERMS_EXAMPLE = "RuleSet,hk.cleanerproduction.rules.funding\n...\n"
            + "F-AMT-2 2025-2027 new technology,NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,600000\n";

    @GetMapping(path = "/drafts/{draftId}/files/{*path}", produces = MediaType.ALL_VALUE)
    // the answer is the file's own bytes, not JSON: a client must read it as a file
    @Operation(operationId = "getDraftFile", summary = "A file of the draft as it is (text, or the bytes of a spreadsheet), with its ETag",
            responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "OK",
                    content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"),
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "grant-terms", value = GRANT_TERMS_EXAMPLE))))
    ResponseEntity<byte[]> file(@PathVariable long draftId, @PathVariable String path) {
        byte[] content = drafts.file(draftId, path);
        return ResponseEntity.ok().eTag(DraftService.etag(content))
                .contentType(MediaType.parseMediaType(DraftPaths.contentType(path))).body(content);
    }

    @PutMapping(path = "/drafts/{draftId}/files/{*path}", consumes = MediaType.ALL_VALUE)
    // the file is the request's raw body (read below, not bound), so the description has to name it itself
    @Operation(operationId = "saveDraftFile", summary = "Save a file as typed; replacing one needs If-Match with its ETag (a stale one: 409)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "the file's bytes as typed",
                    content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"),
                    examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "grant-terms", value = GRANT_TERMS_EXAMPLE))))
    ResponseEntity<DraftView.FileEntry> save(@PathVariable long draftId, @PathVariable String path,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, HttpServletRequest request, Principal user)
            throws IOException {
        byte[] content = body(request, MAX_FILE_BYTES);
        boolean created = drafts.saveFile(user.getName(), draftId, path, content, ifMatch);
        String checked = DraftPaths.checked(path);
        String etag = DraftService.etag(content);
        DraftView.FileEntry entry = new DraftView.FileEntry(checked, etag, content.length, true);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).eTag(etag).body(entry);
    }

    @DeleteMapping("/drafts/{draftId}/files/{*path}")
    @Operation(operationId = "deleteDraftFile", summary = "Delete a file of the draft; needs If-Match with its ETag")
    Map<String, String> delete(@PathVariable long draftId, @PathVariable String path,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal user) {
        drafts.deleteFile(user.getName(), draftId, path, ifMatch);
        return Map.of("deleted", DraftPaths.checked(path));
    }

    @PostMapping("/drafts/{draftId}/check")
    @Operation(operationId = "checkDraft", summary = "The gate on the draft: problems at file and line, failing scenarios with expected and got")
    CheckAnswer check(@PathVariable long draftId, Principal user) {
        return drafts.check(user.getName(), draftId);
    }

    @PostMapping(path = "/drafts/{draftId}/scenarios/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "acceptScenarios", summary = "Rewrite the expectations of failing scenarios (file:line, or all) to what the draft now decides")
    Map<String, Object> accept(@PathVariable long draftId, @RequestBody Accept body, Principal user) {
        List<String> accepted = drafts.accept(user.getName(), draftId, body.scenarios(), Boolean.TRUE.equals(body.all()));
        return Map.of("accepted", accepted);
    }

    @PostMapping(path = "/drafts/{draftId}/impact", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide a data set under the active rules and the draft: totals and every changed decision")
    DraftImpact.Answer impact(@PathVariable long draftId, @RequestBody ImpactRequest body, Principal user) {
        return impact.onDataSet(user.getName(), draftId, body.kind(), body.input(), body.rows());
    }

    @PostMapping(path = "/drafts/{draftId}/impact", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Impact on an uploaded CSV or JSONL file (form fields kind and file)")
    DraftImpact.Answer impactOfUpload(@PathVariable long draftId, @RequestParam("kind") String kind,
            @RequestPart("file") MultipartFile file, @RequestParam(name = "rows", required = false) Integer rows, Principal user)
            throws IOException {
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            throw DraftException.badInput("file", "is larger than " + MAX_UPLOAD_BYTES / 1024 / 1024 + " MB");
        }
        try (InputStream content = file.getInputStream()) {
            return impact.onUpload(user.getName(), draftId, kind, file.getOriginalFilename(), content, MAX_UPLOAD_BYTES, rows);
        }
    }

    @PostMapping(path = "/drafts/{draftId}/impact", consumes = {"text/csv", "application/jsonl", "application/x-ndjson"})
    @Operation(summary = "Impact on a CSV or JSONL body (?kind=funding)")
    DraftImpact.Answer impactOfBody(@PathVariable long draftId, @RequestParam("kind") String kind,
            @RequestParam(name = "rows", required = false) Integer rows, HttpServletRequest request, Principal user)
            throws IOException {
        String name = request.getContentType().startsWith("text/csv") ? "upload.csv" : "upload.jsonl";
        if (request.getContentLengthLong() > MAX_UPLOAD_BYTES) {
            throw DraftException.tooLarge(MAX_UPLOAD_BYTES);
        }
        return impact.onUpload(user.getName(), draftId, kind, name, request.getInputStream(), MAX_UPLOAD_BYTES, rows);
    }

    @GetMapping("/data-sets")
    @Operation(summary = "The data sets impact can run on (CSV and JSONL files under test-data)")
    List<String> dataSets() {
        return impact.dataSets();
    }

    @PostMapping("/drafts/{draftId}/submit")
    @Operation(operationId = "submitDraft", summary = "OPEN → SUBMITTED, only when the last check passed on the draft's current files")
    DraftView.Summary submit(@PathVariable long draftId, Principal user) {
        return DraftView.Summary.of(drafts.submit(user.getName(), draftId), drafts.activeVersion());
    }

    @PostMapping("/drafts/{draftId}/approve")
    @Operation(operationId = "approveDraft", summary = "SUBMITTED → APPROVED, by a policy officer other than the author (the author gets 403)")
    DraftView.Summary approve(@PathVariable long draftId, @RequestBody(required = false) Approval body, Principal user) {
        return DraftView.Summary.of(drafts.approve(user.getName(), draftId, body == null ? null : body.comment()),
                drafts.activeVersion());
    }

    @PostMapping("/drafts/{draftId}/activate")
    @Operation(operationId = "activateDraft", summary = "APPROVED → ACTIVE: through the gate again, then in force for the next decision")
    DraftService.Activation activate(@PathVariable long draftId, Principal user) {
        return drafts.activate(user.getName(), draftId);
    }

    @PostMapping("/drafts/{draftId}/rebase")
    @Operation(operationId = "rebaseDraft", summary = "Move a stale draft onto the active version, keeping its own changes; back to OPEN")
    Map<String, Object> rebase(@PathVariable long draftId, Principal user) {
        List<String> conflicts = drafts.rebase(user.getName(), draftId);
        return Map.of("draft", DraftView.Summary.of(drafts.draft(draftId), drafts.activeVersion()), "changedOnBothSides", conflicts);
    }

    private static byte[] body(HttpServletRequest request, int max) throws IOException {
        if (request.getContentLengthLong() > max) {
            throw DraftException.tooLarge(max);
        }
        byte[] body = request.getInputStream().readNBytes(max + 1);
        if (body.length > max) {
            throw DraftException.tooLarge(max);
        }
        return body;
    }
}
