package hk.cleanerproduction.adjudicator.drafts;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.ActivationRecord;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.CheckReport;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.ReloadAttempt;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetGate;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetReloader;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetVersions;
import hk.cleanerproduction.adjudicator.ruleset.scenario.ScenarioAcceptance;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a draft: a copy of a version, edited file by file, put through the gate, scenarios accepted,
 * submitted, approved by another officer, activated through the gate again (by the same activation as a
 * reload), rebased onto a newer active version or discarded. Every step is in the draft's history.
 */
@Service
class DraftService {

    private final DraftStore store;
    private final ActiveRuleset active;
    private final RulesetVersions versions;
    private final RulesetGate gate;
    private final RulesetReloader reloader;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DraftService(DraftStore store, ActiveRuleset active, RulesetVersions versions, RulesetGate gate, RulesetReloader reloader,
            TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.active = active;
        this.versions = versions;
        this.gate = gate;
        this.reloader = reloader;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A new draft: a copy of the active version or of any stored one. */
    Draft create(String user, String basedOn, String title) {
        if (title == null || title.isBlank()) {
            throw DraftException.badInput("title", "say in a few words what the change is");
        }
        if (title.length() > 200) {
            throw DraftException.badInput("title", "is longer than 200 characters");
        }
        String version = basedOn == null || basedOn.isBlank() || basedOn.equals("active") ? activeVersion() : basedOn;
        Map<String, byte[]> files = versionFiles(version);
        Instant now = clock.instant();
        long id = transaction.execute(status -> {
            long created = store.create(title.strip(), user, version, files, now);
            store.event(created, user, "CREATED", "from version " + version, now);
            return created;
        });
        return draft(id);
    }

    Draft draft(long id) {
        return store.find(id).orElseThrow(() -> DraftException.notFound("There is no draft " + id + "."));
    }

    List<Draft> drafts() {
        return store.all();
    }

    List<DraftEvent> history(long id) {
        return store.history(id);
    }

    Map<String, byte[]> files(long id) {
        draft(id);
        return store.files(id);
    }

    /** The files of the version the draft started from (to show what the draft changed). */
    Map<String, byte[]> baseFiles(Draft draft) {
        return versions.files(draft.basedOn()).map(DraftService::asMap).orElse(Map.of());
    }

    byte[] file(long id, String path) {
        draft(id);
        String checked = DraftPaths.checked(path);
        return store.file(id, checked).orElseThrow(() -> DraftException.notFound("Draft " + id + " has no file " + checked + "."));
    }

    /**
     * Saves a file as typed (it may not build: the check says where). Replacing a file needs the ETag it was
     * read with; creating one needs none.
     *
     * @return whether the file was created (rather than replaced)
     */
    boolean saveFile(String user, long id, String path, byte[] content, String ifMatch) {
        String checked = DraftPaths.checked(path);
        editable(id);
        boolean exists = store.file(id, checked).isPresent();
        if (exists && ifMatch == null) {
            throw new DraftException(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
                    "Send If-Match with the ETag of the file as you read it, so that no one else's change is overwritten.")
                    .with("etag", etag(store.file(id, checked).get()));
        }
        String expected = exists ? hashOf(ifMatch) : null;
        Instant now = clock.instant();
        boolean saved = Boolean.TRUE.equals(transaction.execute(status -> {
            boolean done = store.saveFile(id, checked, content, expected);
            if (done) {
                store.touched(id, now);
                store.event(id, user, exists ? "FILE_SAVED" : "FILE_ADDED", checked, now);
            }
            return done;
        }));
        if (!saved) {
            throw staleFile(id, checked);
        }
        return !exists;
    }

    void deleteFile(String user, long id, String path, String ifMatch) {
        String checked = DraftPaths.checked(path);
        editable(id);
        byte[] current = file(id, checked);
        if (ifMatch == null) {
            throw new DraftException(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
                    "Send If-Match with the ETag of the file as you read it, so that no one else's change is lost.")
                    .with("etag", etag(current));
        }
        Instant now = clock.instant();
        boolean deleted = Boolean.TRUE.equals(transaction.execute(status -> {
            boolean done = store.deleteFile(id, checked, hashOf(ifMatch));
            if (done) {
                store.touched(id, now);
                store.event(id, user, "FILE_DELETED", checked, now);
            }
            return done;
        }));
        if (!deleted) {
            throw staleFile(id, checked);
        }
    }

    /** The gate on the draft's files as they are now; the answer is kept as the draft's last check. */
    CheckAnswer check(String user, long id) {
        draft(id);
        RulesDirectory directory = directory(id);
        CheckAnswer answer;
        try {
            CheckReport report = gate.check(directory);
            report.ruleset().ifPresent(Ruleset::close); // checked, not activated: nothing decides with it
            answer = CheckAnswer.of(report, root(id));
        } catch (RuntimeException e) {
            // the rules broke a checker itself: still an answer at the draft, never a 500
            answer = CheckAnswer.broken(directory.version(), clock.instant(), "the rules could not be checked: " + e.getMessage());
        }
        CheckAnswer kept = answer;
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            store.checked(id, directory.contentHash(), kept.passed(), Json.mapper().writeValueAsString(kept));
            store.event(id, user, "CHECKED", kept.passed() ? "passed" : kept.problems().size() + " problem(s), "
                    + kept.scenarios().failed() + " failing scenario(s)", now);
        });
        return answer;
    }

    /**
     * Rewrites the expectations of the chosen failing scenarios (by {@code file:line}, or all) to what the draft
     * now decides.
     *
     * @return the scenarios accepted, as {@code file:line}
     */
    List<String> accept(String user, long id, List<String> chosen, boolean all) {
        editable(id);
        if (!all && (chosen == null || chosen.isEmpty())) {
            throw DraftException.badInput("scenarios", "name the failing scenarios to accept as file:line, or send {\"all\": true}");
        }
        RulesDirectory directory = directory(id);
        String root = root(id);
        RulesetGate.Built built = gate.buildToRun(directory);
        if (built.ruleset().isEmpty()) {
            throw new DraftException(HttpStatus.UNPROCESSABLE_CONTENT, "The draft does not build",
                    "No scenario can be accepted while the rules do not build; mend these first.")
                    .with("problems", built.problems().stream()
                            .map(p -> new CheckAnswer.Problem(CheckAnswer.relative(p.file(), root), p.line(), p.message())).toList());
        }
        Set<String> named = all ? Set.of() : Set.copyOf(chosen);
        ScenarioAcceptance.Accepted accepted;
        Ruleset ruleset = built.ruleset().get();
        try {
            accepted = new ScenarioAcceptance().accept(directory, ruleset,
                    s -> all || named.contains(CheckAnswer.relative(s.file(), root) + ":" + s.line()));
        } finally {
            ruleset.close();
        }
        List<String> names = accepted.scenarios().stream().map(s -> CheckAnswer.relative(s, root)).toList();
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            store.replaceFiles(id, accepted.files());
            store.touched(id, now);
            store.event(id, user, "SCENARIOS_ACCEPTED", names.size() + ": " + String.join(", ", names), now);
        });
        return names;
    }

    /** OPEN → SUBMITTED, only when the last check passed on the files as they are now. */
    Draft submit(String user, long id) {
        Draft draft = inState(id, DraftState.OPEN, "submitted");
        String current = directory(id).contentHash();
        if (draft.checkedHash() == null || !draft.checkedHash().equals(current) || !Boolean.TRUE.equals(draft.checkPassed())) {
            String why = draft.checkedHash() == null ? "it has not been checked"
                    : !draft.checkedHash().equals(current) ? "its files changed since the last check"
                    : "its last check did not pass";
            throw DraftException.conflict("Draft " + id + " cannot be submitted: " + why + ". Check it, and submit when the check passes.");
        }
        move(user, id, DraftState.OPEN, DraftState.SUBMITTED, "SUBMITTED", null);
        return draft(id);
    }

    /** SUBMITTED → APPROVED, by a policy officer who is not the author. */
    Draft approve(String user, long id, String comment) {
        Draft draft = inState(id, DraftState.SUBMITTED, "approved");
        if (draft.author().equals(user)) {
            throw new DraftException(HttpStatus.FORBIDDEN, "Forbidden",
                    "The author of a draft cannot approve it: another policy officer must.");
        }
        if (comment != null && comment.length() > 2000) {
            throw DraftException.badInput("comment", "is longer than 2000 characters");
        }
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            if (!store.changeState(id, DraftState.SUBMITTED, DraftState.APPROVED, now)) {
                throw DraftException.conflict("Draft " + id + " changed meanwhile; read it again.");
            }
            store.approved(id, user, comment);
            store.event(id, user, "APPROVED", comment, now);
        });
        return draft(id);
    }

    /** APPROVED → ACTIVE: through the gate again, then the active ruleset, recorded with author and approver. */
    Activation activate(String user, long id) {
        Draft draft = inState(id, DraftState.APPROVED, "activated");
        String activeVersion = activeVersion();
        if (!draft.basedOn().equals(activeVersion)) {
            throw staleDraft(draft, activeVersion);
        }
        ActivationRecord who = new ActivationRecord(draft.author(), draft.approver(), draft.title(), draft.approvalComment(), id);
        ReloadAttempt attempt = reloader.activate(directory(id), "draft " + id, who);
        if (attempt.result() != ReloadAttempt.Result.ACTIVATED) {
            store.event(id, user, "ACTIVATION_REFUSED", String.join("; ", attempt.problems()), clock.instant());
            throw new DraftException(HttpStatus.UNPROCESSABLE_CONTENT, "Refused by the gate",
                    "Draft " + id + " did not pass the gate; the active ruleset is unchanged.")
                    .with("problems", attempt.problems().stream().map(p -> CheckAnswer.relative(p, root(id))).toList());
        }
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            store.changeState(id, DraftState.APPROVED, DraftState.ACTIVE, now);
            store.activated(id, attempt.version());
            store.event(id, user, "ACTIVATED", "version " + attempt.version(), now);
        });
        return new Activation(id, attempt.version(), reloader.activatedAt(), attempt.tookMillis());
    }

    /** What an activation did: the version now in force, since when, and how long the gate and the swap took. */
    record Activation(long draftId, String version, Instant activatedAt, long tookMillis) {
    }

    /**
     * Moves the draft onto the active version: the files it changed are kept, every other file becomes the
     * active version's. A file changed both in the draft and in the active version keeps the draft's content and
     * is named in the answer, for the officer to merge by hand. Back to OPEN: it must be checked, submitted
     * and approved again.
     *
     * @return the files changed on both sides
     */
    List<String> rebase(String user, long id) {
        Draft draft = draft(id);
        if (draft.state() == DraftState.ACTIVE || draft.state() == DraftState.DISCARDED) {
            throw DraftException.conflict("Draft " + id + " is " + draft.state() + " and can no longer be rebased.");
        }
        String target = activeVersion();
        Map<String, byte[]> base = baseFiles(draft);
        Map<String, byte[]> mine = store.files(id);
        Map<String, byte[]> theirs = versionFiles(target);
        Map<String, byte[]> result = new TreeMap<>();
        List<String> conflicts = new ArrayList<>();
        Set<String> paths = new TreeSet<>(base.keySet());
        paths.addAll(mine.keySet());
        paths.addAll(theirs.keySet());
        for (String path : paths) {
            byte[] b = base.get(path);
            byte[] m = mine.get(path);
            byte[] t = theirs.get(path);
            boolean changedHere = !Arrays.equals(b, m);
            boolean changedThere = !Arrays.equals(b, t);
            byte[] kept = changedHere ? m : t;
            if (changedHere && changedThere && !Arrays.equals(m, t)) {
                conflicts.add(path);
            }
            if (kept != null) {
                result.put(path, kept);
            }
        }
        Set<String> removed = new TreeSet<>(mine.keySet());
        removed.removeAll(result.keySet());
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            store.deleteFiles(id, removed);
            store.replaceFiles(id, result);
            store.rebased(id, target, now);
            store.event(id, user, "REBASED", "onto version " + target
                    + (conflicts.isEmpty() ? "" : "; changed on both sides, the draft's kept: " + String.join(", ", conflicts)), now);
        });
        return conflicts;
    }

    /** Gives the draft up: it stays, with its history, but no longer changes. */
    Draft discard(String user, long id) {
        Draft draft = draft(id);
        if (draft.state() == DraftState.ACTIVE || draft.state() == DraftState.DISCARDED) {
            throw DraftException.conflict("Draft " + id + " is " + draft.state() + " and cannot be discarded.");
        }
        move(user, id, draft.state(), DraftState.DISCARDED, "DISCARDED", null);
        return draft(id);
    }

    String activeVersion() {
        Ruleset ruleset = active.get();
        versions.ensureStored(ruleset); // a draft of it can always read its files back
        return ruleset.version();
    }

    /** The draft's files as a ruleset snapshot; its version is the one they would have once active. */
    RulesDirectory directory(long id) {
        return RulesDirectory.of("draft-" + id, store.files(id));
    }

    static String etag(byte[] content) {
        return "\"" + DraftStore.sha256(content) + "\"";
    }

    private static String root(long id) {
        return "draft-" + id + "/";
    }

    private Map<String, byte[]> versionFiles(String version) {
        return versions.files(version).map(DraftService::asMap)
                .orElseThrow(() -> DraftException.notFound("There is no ruleset version " + version + "."));
    }

    private static Map<String, byte[]> asMap(RulesDirectory directory) {
        Map<String, byte[]> files = new TreeMap<>();
        directory.files().forEach(f -> files.put(f.relativePath(), f.content()));
        return files;
    }

    private Draft editable(long id) {
        return inState(id, DraftState.OPEN, "changed (its files can be changed while it is OPEN)");
    }

    private Draft inState(long id, DraftState wanted, String what) {
        Draft draft = draft(id);
        if (draft.state() != wanted) {
            throw DraftException.conflict("Draft " + id + " is " + draft.state() + ", so it cannot be " + what + ".")
                    .with("state", draft.state());
        }
        return draft;
    }

    private void move(String user, long id, DraftState from, DraftState to, String action, String detail) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            if (!store.changeState(id, from, to, now)) {
                throw DraftException.conflict("Draft " + id + " changed meanwhile; read it again.");
            }
            store.event(id, user, action, detail, now);
        });
    }

    private DraftException staleFile(long id, String path) {
        DraftException e = DraftException.conflict("The file " + path + " of draft " + id
                + " was changed by someone else since you read it; nothing was overwritten. Read it again and redo your change.");
        store.file(id, path).ifPresent(current -> e.with("etag", etag(current)));
        return e;
    }

    static DraftException staleDraft(Draft draft, String activeVersion) {
        return DraftException.conflict("Draft " + draft.id() + " is based on version " + draft.basedOn() + ", but version "
                + activeVersion + " is active now: rebase it onto the active version (POST /api/v1/drafts/" + draft.id()
                + "/rebase) or discard it.").with("stale", true).with("activeVersion", activeVersion);
    }

    /** The hash an If-Match names: {@code "abc"}, {@code W/"abc"} or a bare {@code abc}. */
    private static String hashOf(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        return tag.replace("\"", "");
    }
}
