package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a change of {@code rules/} live safely. The changed directory goes through the same gate as
 * {@code rules check} (build, checks, every scenario) into a new rule base; only when all of it passes
 * does it replace the active ruleset, in one atomic swap. A decision already running keeps the
 * ruleset it started with (it holds a reference), and the old ruleset is closed only after a grace
 * period, so nothing in flight fails. When anything fails, the old ruleset keeps serving and the
 * problems go to the log, to {@code GET /api/v1/ruleset} and to health. One reload at a time.
 */
public class RulesetReloader {

    private static final Logger log = LoggerFactory.getLogger(RulesetReloader.class);

    private final ActiveRuleset active;
    private final RulesetGate gate;
    private final Path rulesDir;
    private final RulesetVersions versions;
    private final Duration grace;
    private final Consumer<RulesetActivated> onActivated;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ruleset-closer");
        t.setDaemon(true);
        return t;
    });

    private volatile ReloadAttempt lastAttempt;
    /** The content hash the gate last refused: the same files give the same refusal, so they are not checked again. */
    private volatile String refusedHash;
    private volatile ReloadAttempt refusal;
    private volatile Instant activatedAt;
    /** The content hash of the rules folder when it was last activated: a reload of the same files changes nothing. */
    private volatile String folderHash;

    public RulesetReloader(ActiveRuleset active, RulesetGate gate, Path rulesDir, RulesetVersions versions, Duration grace,
            Consumer<RulesetActivated> onActivated) {
        this.active = active;
        this.gate = gate;
        this.rulesDir = rulesDir;
        this.versions = versions;
        this.grace = grace;
        this.onActivated = onActivated;
    }

    /**
     * Records the ruleset the service started with, which passed the same gate, as an activation, unless it is
     * the database's active version already (a restart, or another replica's activation this one started under).
     */
    public synchronized void started(CheckReport startCheck) {
        String version = active.get().version();
        activatedAt = versions.activeVersion().filter(version::equals).isPresent()
                ? versions.lastActivated(version).orElseThrow()
                : versions.recordActivation(active.get(), startCheck, "start");
        folderHash = startCheck.contentHash();
        lastAttempt = ReloadAttempt.of("start", startCheck.checkedAt(), ReloadAttempt.Result.ACTIVATED, startCheck,
                startCheck.took().toMillis());
        log.info("Ruleset {} active: {}", active.get().version(), startCheck.summary());
    }

    /** Reads the rules directory again and activates it if, and only if, everything passes. */
    public synchronized ReloadAttempt reload(String trigger) {
        return reload(trigger, ActivationRecord.rulesFolder());
    }

    /** As {@link #reload(String)}, recording {@code who} asked for it when it activates. */
    public synchronized ReloadAttempt reload(String trigger, ActivationRecord who) {
        Instant start = Instant.now();
        RulesDirectory directory;
        try {
            directory = RulesDirectory.read(rulesDir);
        } catch (IOException e) {
            return refused(ReloadAttempt.unreadable(trigger, start, rulesDir + ": cannot be read: " + e.getMessage(), millisSince(start)));
        }
        if (directory.contentHash().equals(active.get().contentHash()) || directory.contentHash().equals(folderHash)) {
            // the files are those already live (a refused change was reverted, say), or the folder is as it was
            // when last read and a version activated since (an approved draft, a roll back) stays in force
            refusedHash = null;
            lastAttempt = ReloadAttempt.unchanged(trigger, start, directory.version(), millisSince(start));
            return lastAttempt;
        }
        if (directory.contentHash().equals(refusedHash) && refusal != null) {
            lastAttempt = refusal;
            return refusal; // the gate is deterministic: these very files were refused already
        }
        CheckReport report = gate.check(directory);
        if (!report.passed()) {
            refusedHash = directory.contentHash();
            refusal = refused(ReloadAttempt.of(trigger, start, ReloadAttempt.Result.REFUSED, report, millisSince(start)));
            return refusal;
        }
        refusedHash = null;
        ReloadAttempt attempt = activatePassed(report, trigger, who, start);
        if (attempt.result() == ReloadAttempt.Result.ACTIVATED) {
            folderHash = directory.contentHash();
        }
        return attempt;
    }

    /**
     * Activates files that are not the rules folder's (an approved draft, a stored version rolled back to):
     * through the same gate, recorded with {@code who}, then swapped in as a reload is. When the gate refuses
     * them, the active ruleset keeps serving and the attempt says why; the rules folder's state (what
     * {@code GET /api/v1/ruleset} and health show of the last reload) is left as it was.
     */
    public synchronized ReloadAttempt activate(RulesDirectory directory, String trigger, ActivationRecord who) {
        Instant start = Instant.now();
        CheckReport report = gate.check(directory);
        if (!report.passed()) {
            log.warn("Ruleset {} refused ({}); {} keeps serving", report.version(), trigger, active.get().version());
            return ReloadAttempt.of(trigger, start, ReloadAttempt.Result.REFUSED, report, millisSince(start));
        }
        return activatePassed(report, trigger, who, start);
    }

    private ReloadAttempt activatePassed(CheckReport report, String trigger, ActivationRecord who, Instant start) {
        Ruleset next = report.ruleset().orElseThrow();
        Instant now;
        try {
            // stored before it decides anything, so that every decision's ruleset is on record
            now = versions.recordActivation(next, report, trigger, who);
        } catch (RuntimeException e) {
            next.close();
            log.error("Ruleset {} passed every check but its activation could not be stored", next.version(), e);
            return refused(new ReloadAttempt(trigger, start, ReloadAttempt.Result.REFUSED, report.version(), millisSince(start),
                    report.ruleCount(), report.scenariosRun(), 0, List.of("the activation could not be stored: " + e.getMessage())));
        }
        Ruleset previous = active.activate(next);
        ReloadAttempt attempt = ReloadAttempt.of(trigger, start, ReloadAttempt.Result.ACTIVATED, report, millisSince(start));
        activatedAt = now;
        lastAttempt = attempt;
        closer.schedule(previous::close, grace.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Ruleset {} active in {} ms (was {}; {}, by {})", next.version(), attempt.tookMillis(), previous.version(), trigger,
                who.author());
        onActivated.accept(new RulesetActivated(next, trigger, now));
        return attempt;
    }

    private ReloadAttempt refused(ReloadAttempt attempt) {
        lastAttempt = attempt;
        log.warn("Ruleset change refused ({}); {} keeps serving. {} problem(s):{}", attempt.trigger(), active.get().version(),
                attempt.problems().size(), attempt.problems().stream().map(p -> "\n  " + p).reduce("", String::concat));
        return attempt;
    }

    public ReloadAttempt lastAttempt() {
        return lastAttempt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Ruleset active() {
        return active.get();
    }

    public Path rulesDir() {
        return rulesDir;
    }

    /** Stops the closer; the rulesets still held are closed by their owner. */
    public void shutdown() {
        closer.shutdownNow();
    }

    private static long millisSince(Instant start) {
        return Duration.between(start, Instant.now()).toMillis();
    }
}
