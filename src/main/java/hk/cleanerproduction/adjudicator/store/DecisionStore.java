package hk.cleanerproduction.adjudicator.store;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every decision, with its input, output, ruleset version and as-of date. Insert only: the table has
 * no update path, so a stored decision is what was returned.
 */
@Repository
public class DecisionStore {

    private final JdbcTemplate jdbc;
    private final KeptStatement insert = new KeptStatement("""
            insert into decision (decision_id, kind, subject_id, outcome, as_of, ruleset_version, decided_at,
                                  input_zip, decision_zip)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""");

    public DecisionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the decision made on the input given as {@code inputJson} (the request exactly as received)
     * and returns the decision's JSON as stored, in UTF-8: the bytes to return to the caller, and those
     * {@link #find} gives back. Written straight to UTF-8 because the decision's Chinese messages make its
     * text UTF-16 in a Java string, and encoding that afterwards (for the store, then for the response)
     * was ~3% of the service's CPU.
     */
    public byte[] save(String inputJson, Decision decision) {
        byte[] decisionJson = Json.mapper().writeValueAsBytes(decision);
        insert.update(jdbc, decision.decisionId(), decision.kind().name(), decision.subjectId(), decision.outcome(),
                decision.asOf(), decision.rulesetVersion(), Timestamp.from(decision.decidedAt().toInstant()),
                CompressedText.compress(inputJson), CompressedText.compress(decisionJson));
        return decisionJson;
    }

    public Optional<StoredDecision> find(String decisionId) {
        return jdbc.query("select * from decision where decision_id = ?", (rs, n) -> new StoredDecision(
                rs.getString("decision_id"), rs.getString("kind"), rs.getString("subject_id"), rs.getString("outcome"),
                rs.getObject("as_of", java.time.LocalDate.class), rs.getString("ruleset_version"),
                rs.getTimestamp("decided_at").toInstant().atOffset(ZoneOffset.ofHours(8)),
                text(rs, "input"), text(rs, "decision")), decisionId).stream().findFirst();
    }

    /** The compressed column, or for decisions stored before it existed (change set 008) the text column. */
    private static String text(ResultSet rs, String column) throws SQLException {
        byte[] compressed = rs.getBytes(column + "_zip");
        return compressed != null ? CompressedText.decompress(compressed) : rs.getString(column + "_json");
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from decision", Long.class);
        return n == null ? 0 : n;
    }
}
