package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every ruleset version decisions were made with, stored once with the exact files it was built
 * from, and every time it was activated. A stored decision names its version, so it can always be
 * replayed under the very rules that made it, even after {@code rules/} has changed.
 */
@Repository
public class RulesetVersions {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Versions known to be stored, so that deciding does not ask the database each time. */
    private final Set<String> stored = ConcurrentHashMap.newKeySet();

    public RulesetVersions(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Records that {@code ruleset} has just become the active ruleset, after passing {@code gate}: stores
     * its version and files the first time it is seen, and the activation (why, and what the gate found)
     * every time. Call it whenever a ruleset is activated, before it decides anything.
     */
    public Instant recordActivation(Ruleset ruleset, CheckReport gate, String trigger) {
        return recordActivation(ruleset, gate, trigger, ActivationRecord.rulesFolder());
    }

    /** As {@link #recordActivation(Ruleset, CheckReport, String)}, saying who brought it into force and who agreed. */
    public Instant recordActivation(Ruleset ruleset, CheckReport gate, String trigger, ActivationRecord who) {
        Instant now = clock.instant();
        onceMoreIfRaced(() -> transaction.executeWithoutResult(status -> {
            storeIfNew(ruleset);
            jdbc.update("""
                    insert into ruleset_activation (version, activated_at, reload_trigger, rule_count, scenarios_run, check_millis,
                        author, approver, title, approval_comment, draft_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ruleset.version(), Timestamp.from(now), trigger, gate.ruleCount(),
                    gate.scenariosRun(), gate.took().toMillis(), who.author(), who.approver(), who.title(), who.comment(),
                    who.draftId());
        }));
        stored.add(ruleset.version());
        return now;
    }

    /**
     * The database's active version: the version of the newest activation, whichever process recorded it.
     * Every replica decides under it (see ActiveVersionFollower).
     */
    public Optional<String> activeVersion() {
        return jdbc.queryForList("select version from ruleset_activation order by id desc limit 1", String.class)
                .stream().findFirst();
    }

    /**
     * How many scenarios the gate ran on this version where it was activated, when that activation was
     * recorded through {@link #recordActivation} (called only after the gate passed): these very files
     * passed the whole gate there.
     */
    public Optional<Integer> scenariosPassed(String version) {
        return jdbc.queryForList("select scenarios_run from ruleset_activation where version = ? and scenarios_run is not null"
                + " order by id desc limit 1", Integer.class, version).stream().findFirst();
    }

    /** Whether this version (and its files) is stored: the database has seen these very files before. */
    public boolean isStored(String version) {
        Integer n = jdbc.queryForObject("select count(*) from ruleset_version where version = ?", Integer.class, version);
        return n != null && n > 0;
    }

    /**
     * Runs {@code store} again once if another process stored the same version at the same moment (both saw
     * it missing, one insert lost on the primary key): the second time it is found stored.
     */
    private void onceMoreIfRaced(Runnable store) {
        try {
            store.run();
        } catch (DuplicateKeyException raced) {
            store.run();
        }
    }

    public long activationCount() {
        Long n = jdbc.queryForObject("select count(*) from ruleset_activation", Long.class);
        return n == null ? 0 : n;
    }

    /** The activations, newest first: version, activated_at, reload_trigger, rule_count, scenarios_run, check_millis. */
    public List<Map<String, Object>> recentActivations(int limit) {
        return jdbc.queryForList("""
                select version, activated_at, reload_trigger, rule_count, scenarios_run, check_millis
                from ruleset_activation order by id desc limit ?""", limit);
    }

    /**
     * Every activation, newest first, with who brought it into force: version, activated_at, reload_trigger,
     * author, approver, title, approval_comment, draft_id, rule_count, scenarios_run.
     */
    public List<Map<String, Object>> history(int limit) {
        return jdbc.queryForList("""
                select id, version, activated_at, reload_trigger, author, approver, title, approval_comment, draft_id,
                    rule_count, scenarios_run
                from ruleset_activation order by id desc limit ?""", limit);
    }

    /** Makes sure the version and its files are stored (cheap once they are). */
    public void ensureStored(Ruleset ruleset) {
        if (!stored.contains(ruleset.version())) {
            onceMoreIfRaced(() -> transaction.executeWithoutResult(status -> storeIfNew(ruleset)));
            stored.add(ruleset.version());
        }
    }

    // synchronized: two first decisions under a new version must not both insert it
    private synchronized void storeIfNew(Ruleset ruleset) {
        Integer n = jdbc.queryForObject("select count(*) from ruleset_version where version = ?", Integer.class,
                ruleset.version());
        if (n != null && n > 0) {
            return;
        }
        jdbc.update("insert into ruleset_version (version, content_hash, label, recorded_at) values (?, ?, ?, ?)",
                ruleset.version(), ruleset.contentHash(), ruleset.label(), Timestamp.from(clock.instant()));
        for (RuleFile file : ruleset.files()) {
            jdbc.update("insert into ruleset_file (version, path, content) values (?, ?, ?)",
                    ruleset.version(), file.relativePath(), file.content());
        }
    }

    /** The files of a stored version, as a directory snapshot that builds into the same version. */
    public Optional<RulesDirectory> files(String version) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        jdbc.query("select path, content from ruleset_file where version = ? order by path",
                rs -> {
                    files.put(rs.getString("path"), rs.getBytes("content"));
                }, version);
        return files.isEmpty() ? Optional.empty() : Optional.of(RulesDirectory.of("ruleset " + version, files));
    }

    /** When the version was last activated, if it ever was. */
    public Optional<Instant> lastActivated(String version) {
        Timestamp at = jdbc.queryForObject("select max(activated_at) from ruleset_activation where version = ?",
                Timestamp.class, version);
        return Optional.ofNullable(at).map(Timestamp::toInstant);
    }
}
