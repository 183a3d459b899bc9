package hk.cleanerproduction.adjudicator.store;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.intake.Json;
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
     * and returns the stored form (the JSON returned to the caller).
     */
    public StoredDecision save(String inputJson, Decision decision) {
        StoredDecision stored = new StoredDecision(decision.decisionId(), decision.kind().name(), decision.subjectId(),
                decision.outcome(), decision.asOf(), decision.rulesetVersion(), decision.decidedAt(),
                inputJson, Json.mapper().writeValueAsString(decision));
        insert.update(jdbc, stored.decisionId(), stored.kind(), stored.subjectId(), stored.outcome(), stored.asOf(),
                stored.rulesetVersion(), Timestamp.from(stored.decidedAt().toInstant()),
                CompressedText.compress(stored.inputJson()), CompressedText.compress(stored.decisionJson()));
        return stored;
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
