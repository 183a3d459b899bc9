package hk.cleanerproduction.adjudicator.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hsqldb.jdbc.JDBCConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * An SQL update run on every request, kept prepared on each database connection it has run on.
 *
 * <p>Why: HSQLDB compiles a statement per session and throws the compiled form away as soon as the
 * session's last {@link PreparedStatement} for that SQL is closed. {@code JdbcTemplate} prepares, runs and
 * closes, so the decision insert was parsed and planned again for every decision: a third of the database's
 * CPU in the service (JFR, {@code ParserCommand.compileStatement}). Kept open, it is compiled once per
 * connection; HSQLDB still recompiles it by itself if the schema changes.
 *
 * <p>The update runs on the connection {@code JdbcTemplate} hands out, so it joins the caller's transaction
 * when there is one, and its errors are translated as {@code JdbcTemplate}'s are (a duplicate key is a
 * {@link org.springframework.dao.DuplicateKeyException}). A pooled connection is used by one thread at a
 * time, and so is its kept statement.
 */
final class KeptStatement {

    private final String sql;
    /** By HSQLDB's own connection (the pool's and JdbcTemplate's wrappers differ each time); closed ones are dropped. */
    private final Map<Connection, PreparedStatement> byConnection = new IdentityHashMap<>();

    KeptStatement(String sql) {
        this.sql = sql;
    }

    /** Runs the update with these parameter values (as {@link JdbcTemplate#update(String, Object...)} binds them). */
    int update(JdbcTemplate jdbc, Object... values) {
        Integer updated = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            PreparedStatement statement = on(connection.unwrap(JDBCConnection.class));
            for (int i = 0; i < values.length; i++) {
                StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
            }
            return statement.executeUpdate();
        });
        return updated == null ? 0 : updated;
    }

    /** How many connections hold the statement now (for tests). */
    synchronized int connectionsHoldingIt() {
        return byConnection.size();
    }

    private synchronized PreparedStatement on(Connection connection) throws SQLException {
        PreparedStatement kept = byConnection.get(connection);
        if (kept == null) {
            // a new connection: the pool retires connections now and then, so forget the closed ones first
            byConnection.entrySet().removeIf(entry -> isClosed(entry.getKey()));
            kept = connection.prepareStatement(sql);
            byConnection.put(connection, kept);
        }
        return kept;
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
