package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;

/**
 * Keeps this replica deciding under the database's active version (the newest activation, recorded by
 * whichever replica activated it). It looks every {@code interval}, and on PostgreSQL also wakes as soon as
 * an activation is announced (LISTEN on the channel that change set 014's trigger NOTIFYs), so a new
 * version is usually in force here within the time it takes to build. A new version is built from its
 * stored files through the same gate as any other; if it does not pass here, this replica keeps deciding
 * under the last one it built and reports itself unhealthy with the gate's problems, until the database's
 * active version is one it can build. Decisions in flight keep the ruleset they started with; the one
 * replaced is closed after the grace period.
 */
public class ActiveVersionFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ActiveVersionFollower.class);
    private static final String CHANNEL = "ruleset_activation";

    /** The database's active version, which this replica cannot build: its problems, and since when. */
    public record NotFollowed(String version, Instant since, List<String> problems) {
    }

    private final RulesetVersions versions;
    private final ActiveRuleset active;
    private final RulesetGate gate;
    private final Object activationLock;
    private final DataSource dataSource;
    private final Duration interval;
    private final Duration grace;
    private final ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ruleset-follower-closer"));
    private volatile Thread thread;
    private volatile NotFollowed notFollowed;
    private Connection listener; // the follower thread's own
    private Boolean postgres;

    /**
     * @param activationLock held while following, so that a local reload (which records an activation and
     *                       then swaps) and the follower never build the same version twice at once
     */
    public ActiveVersionFollower(RulesetVersions versions, ActiveRuleset active, RulesetGate gate, Object activationLock,
            DataSource dataSource, Duration interval, Duration grace) {
        this.versions = versions;
        this.active = active;
        this.gate = gate;
        this.activationLock = activationLock;
        this.dataSource = dataSource;
        this.interval = interval;
        this.grace = grace;
    }

    /** Set while the database's active version is one this replica cannot build. */
    public Optional<NotFollowed> notFollowed() {
        return Optional.ofNullable(notFollowed);
    }

    /** Brings this replica to the database's active version now, if it is not there yet. */
    public void follow() {
        // read under the lock: read before it, a local reload finishing meanwhile would be undone by a stale answer
        synchronized (activationLock) {
            String newest;
            try {
                Optional<String> found = versions.activeVersion();
                if (found.isEmpty()) {
                    return;
                }
                newest = found.get();
            } catch (DataAccessException e) {
                log.debug("The active version cannot be read now: {}", e.getMessage());
                return; // the database's own health says so; this replica keeps deciding meanwhile
            }
            if (newest.equals(active.get().version())) {
                notFollowed = null;
                return;
            }
            NotFollowed refused = notFollowed;
            if (refused != null && refused.version().equals(newest)) {
                return; // the gate is deterministic: these stored files were refused here already
            }
            build(newest);
        }
    }

    private void build(String version) {
        Optional<RulesDirectory> files = versions.files(version);
        if (files.isEmpty()) {
            refuse(version, List.of("the version is activated in the database but its files are not stored"));
            return;
        }
        Optional<Integer> passedElsewhere = versions.scenariosPassed(version);
        CheckReport report = passedElsewhere.isPresent() ? gate.checkPassedElsewhere(files.get(), passedElsewhere.get())
                : gate.check(files.get());
        if (!report.passed()) {
            refuse(version, report.problems().stream().map(RuleProblem::toString).toList());
            return;
        }
        Ruleset next = report.ruleset().orElseThrow();
        if (!next.version().equals(version)) {
            next.close();
            refuse(version, List.of("its stored files are version " + next.version() + ", not " + version));
            return;
        }
        Ruleset previous = active.activate(next);
        notFollowed = null;
        closer.schedule(previous::close, grace.toMillis(), TimeUnit.MILLISECONDS);
        long lag = versions.lastActivated(version).map(at -> Duration.between(at, Instant.now()).toMillis()).orElse(-1L);
        log.info("Ruleset {} active here, as in the database ({} ms after its activation; was {})", next.version(), lag,
                previous.version());
    }

    private void refuse(String version, List<String> problems) {
        notFollowed = new NotFollowed(version, Instant.now(), problems);
        log.error("The database's active ruleset {} cannot be built here; {} keeps deciding. {} problem(s):{}", version,
                active.get().version(), problems.size(), problems.stream().map(p -> "\n  " + p).reduce("", String::concat));
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                awaitAnnouncementOrInterval();
                follow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("Following the active ruleset: {}", e.toString(), e);
            }
        }
        closeListener();
    }

    /** On PostgreSQL, until an activation is announced or the interval is up; elsewhere, the interval. */
    private void awaitAnnouncementOrInterval() throws InterruptedException {
        try {
            if (listener == null && isPostgres()) {
                listener = dataSource.getConnection();
                listener.setAutoCommit(true);
                try (Statement listen = listener.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
            }
            if (listener != null) {
                listener.unwrap(PGConnection.class).getNotifications((int) interval.toMillis());
                return;
            }
        } catch (SQLException e) {
            closeListener(); // the database is away: poll until it is back, then listen again
        }
        Thread.sleep(interval.toMillis());
    }

    private boolean isPostgres() throws SQLException {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = connection.isWrapperFor(PGConnection.class);
            }
        }
        return postgres;
    }

    private void closeListener() {
        if (listener != null) {
            try {
                listener.close();
            } catch (SQLException ignored) {
                // a broken connection; the pool replaces it
            }
            listener = null;
        }
    }

    @Override
    public void start() {
        thread = daemon(this::run, "ruleset-follower");
        thread.start();
    }

    @Override
    public void stop() {
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
        }
        closer.shutdown();
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }
}
