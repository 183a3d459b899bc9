package hk.cleanerproduction.adjudicator.drafts;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A draft as the API shows it. {@code stale}: it is based on a version that is no longer the active one
 * ({@code activeVersion}), so it must be rebased (or discarded) before it can be activated.
 * {@code lastCheckCurrent}: the last check ran on the files as they are now.
 */
record DraftView(long draftId, String title, String author, String basedOn, DraftState state, Instant createdAt, Instant updatedAt,
        String approver, String approvalComment, String activatedVersion, boolean stale, String activeVersion, String version,
        List<FileEntry> files,
        // stored as the check answered it: described as that answer, not as the JSON tree that carries it
        @Schema(implementation = CheckAnswer.class, nullable = true) JsonNode lastCheck, boolean lastCheckCurrent, List<DraftEvent> history) {

    /** A file of the draft: its path, ETag, size in bytes, and whether the draft changed it from its base version. */
    record FileEntry(String path, String etag, int size, boolean changed) {
    }

    /** The short form of the list: no files, no check, no history. */
    record Summary(long draftId, String title, String author, String basedOn, DraftState state, Instant createdAt,
            Instant updatedAt, String approver, String activatedVersion, boolean stale, Boolean lastCheckPassed) {

        static Summary of(Draft d, String activeVersion) {
            return new Summary(d.id(), d.title(), d.author(), d.basedOn(), d.state(), d.createdAt(), d.updatedAt(), d.approver(),
                    d.activatedVersion(), isStale(d, activeVersion), d.checkPassed());
        }
    }

    static DraftView of(Draft d, String activeVersion, String version, String contentHash, Map<String, byte[]> files,
            Map<String, byte[]> base, List<DraftEvent> history) {
        List<FileEntry> entries = files.entrySet().stream().map(f -> new FileEntry(f.getKey(), DraftService.etag(f.getValue()),
                f.getValue().length, !Arrays.equals(f.getValue(), base.get(f.getKey())))).toList();
        JsonNode check = d.checkJson() == null ? null : Json.mapper().readTree(d.checkJson());
        return new DraftView(d.id(), d.title(), d.author(), d.basedOn(), d.state(), d.createdAt(), d.updatedAt(), d.approver(),
                d.approvalComment(), d.activatedVersion(), isStale(d, activeVersion), activeVersion, version, entries, check,
                contentHash.equals(d.checkedHash()), history);
    }

    /** An open, submitted or approved draft whose base is no longer the active version. */
    static boolean isStale(Draft d, String activeVersion) {
        return (d.state() == DraftState.OPEN || d.state() == DraftState.SUBMITTED || d.state() == DraftState.APPROVED)
                && !d.basedOn().equals(activeVersion);
    }
}
