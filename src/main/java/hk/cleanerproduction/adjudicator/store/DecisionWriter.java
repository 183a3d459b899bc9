package hk.cleanerproduction.adjudicator.store;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.decision.Decision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Stores the service's decisions and answers only once they are committed, which on the file database
 * (opened with {@code hsqldb.write_delay=false}) means synced to disk: a decision answered 200 survives a
 * crash. Syncing each decision alone would make every request wait for its own disk write, so the
 * decisions of concurrent requests are committed together (group commit): one writer thread takes
 * whatever has queued up, stores it in one transaction with one sync, and then releases every request
 * of the group. When a group fails (a repeated idempotency key, say), each of its decisions is stored
 * again on its own, so that one request's fault is never another's.
 *
 * <p>The writer keeps one connection with its two inserts prepared: the database then compiles them
 * once, not for every group (compiling the insert was a third of the database's CPU in the service).
 */
@Component
public class DecisionWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DecisionWriter.class);
    /** Enough to absorb a burst; a group is one transaction, so it stays short. */
    private static final int MAX_GROUP = 256;
    /** A request waits this long for its commit at most (the database is stuck, or the service stopped). */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String KEY_INSERT =
            "insert into decision_request (client, idempotency_key, body_sha256, decision_id) values (?, ?, ?, ?)";

    /** An idempotency key to record with the decision, in the same transaction. */
    public record Key(String client, String key, String bodySha256) {
    }

    private record Pending(String inputJson, Decision decision, byte[] decisionJson, Key key, CompletableFuture<Void> done) {
    }

    private final DataSource dataSource;
    private final SQLExceptionTranslator translator;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean stopping;
    // the writer thread's own
    private Connection connection;
    private PreparedStatement decisions;
    private PreparedStatement keys;

    public DecisionWriter(DataSource dataSource) {
        this.dataSource = dataSource;
        this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
        this.writer = new Thread(this::writeGroups, "decision-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Stores the decision made on {@code inputJson} (with {@code key}, when not null) and returns its JSON in
     * UTF-8, once committed.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the client used the idempotency key already
     */
    public byte[] write(String inputJson, Decision decision, Key key) {
        byte[] decisionJson = Json.mapper().writeValueAsBytes(decision);
        Pending pending = new Pending(inputJson, decision, decisionJson, key, new CompletableFuture<>());
        if (stopping) {
            throw new IllegalStateException("the service is stopping: the decision was not stored");
        }
        queue.add(pending);
        try {
            pending.done().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the decision was not stored within " + WAIT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the decision was stored", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        return decisionJson;
    }

    private void writeGroups() {
        List<Pending> group = new ArrayList<>(MAX_GROUP);
        while (!stopping || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            queue.drainTo(group, MAX_GROUP - 1);
            store(group);
            group.clear();
        }
        queue.forEach(p -> p.done().completeExceptionally(new IllegalStateException("the service stopped")));
        close();
    }

    private void store(List<Pending> group) {
        try {
            insert(group);
            group.forEach(p -> p.done().complete(null));
        } catch (SQLException groupFailed) {
            if (connectionLost(groupFailed)) {
                // the database is away: each decision alone would wait for a connection in turn, and fail the same way
                RuntimeException unavailable = translated(groupFailed);
                group.forEach(p -> p.done().completeExceptionally(unavailable));
                return;
            }
            for (Pending p : group) {
                try {
                    insert(List.of(p));
                    p.done().complete(null);
                } catch (SQLException e) {
                    p.done().completeExceptionally(translated(e));
                }
            }
        } catch (RuntimeException | Error e) {
            // an Error too (the PostgreSQL driver asserts, when assertions are on, on a connection cut in the
            // middle of a batch): if this thread died, every later request would wait in vain
            log.error("{} decision(s) could not be stored", group.size(), e);
            rollback();
            close();
            RuntimeException failure = e instanceof RuntimeException runtime ? runtime
                    : new DataAccessResourceFailureException("the decisions could not be stored", e);
            group.forEach(p -> p.done().completeExceptionally(failure));
        }
    }

    /** One transaction: every decision, every key, one commit. */
    private void insert(List<Pending> group) throws SQLException {
        try {
            prepare();
            for (Pending p : group) {
                DecisionStore.bind(decisions, new DecisionStore.NewDecision(p.inputJson(), p.decision(), p.decisionJson()));
                decisions.addBatch();
            }
            decisions.executeBatch();
            boolean keyed = false;
            for (Pending p : group) {
                if (p.key() != null) {
                    keys.setString(1, p.key().client());
                    keys.setString(2, p.key().key());
                    keys.setString(3, p.key().bodySha256());
                    keys.setString(4, p.decision().decisionId());
                    keys.addBatch();
                    keyed = true;
                }
            }
            if (keyed) {
                keys.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw e;
        }
    }

    private void prepare() throws SQLException {
        if (connection != null && !connection.isClosed()) {
            return;
        }
        connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        decisions = connection.prepareStatement(DecisionStore.INSERT);
        keys = connection.prepareStatement(KEY_INSERT);
    }

    /** Undoes a failed group; a connection that cannot even do that is dropped and a new one taken next time. */
    private void rollback() {
        try {
            if (connection != null) {
                decisions.clearBatch();
                keys.clearBatch();
                connection.rollback();
            }
        } catch (SQLException | RuntimeException | Error e) {
            close();
        }
    }

    private void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException | RuntimeException | Error ignored) {
            // the pool replaces a broken connection
        } finally {
            connection = null;
        }
    }

    private boolean connectionLost(SQLException e) {
        return connection == null || e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || (e.getSQLState() != null && e.getSQLState().startsWith("08"));
    }

    private RuntimeException translated(SQLException e) {
        DataAccessException translated = translator.translate("storing a decision", null, e);
        return translated != null ? translated : new IllegalStateException(e);
    }

    /** Stores what is queued, then stops: a decision being answered at shutdown is still stored first. */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        writer.join(10_000);
    }
}
