package hk.cleanerproduction.adjudicator.store;

import hk.cleanerproduction.adjudicator.decision.Decision;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every decision, with its input, output, ruleset version and as-of date. Insert only: the table has
 * no update path, so a stored decision is what was returned. The service's decisions are written by
 * {@link DecisionWriter} (group commit), a batch's here, when it publishes.
 */
@Repository
public class DecisionStore {

    private final JdbcTemplate jdbc;
    public DecisionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A decision a batch made that publishing changed (a budget's waitlist, a certificate number): its row
     * in the batch, where its input is, and its new JSON.
     */
    public record BatchDecision(int rowNumber, Decision decision, String decisionJson) {
    }

    /**
     * Stores, linked to the batch, the decisions of its rows {@code firstRow} to {@code lastRow} that publishing
     * leaves as they were decided, all but {@code exceptRows}: copied inside the database from
     * {@code batch_row_decision}, where the batch stored them compressed as this table keeps them, so that
     * none of them is read, parsed or compressed again. Rows kept without their input, and decisions already
     * stored (a run published again), are skipped.
     */
    public void copyBatchDecisions(long batchId, String kind, int firstRow, int lastRow, Collection<Integer> exceptRows) {
        String except = exceptRows.isEmpty() ? ""
                : " and d.row_number not in (" + String.join(", ", Collections.nCopies(exceptRows.size(), "?")) + ")";
        List<Object> arguments = new ArrayList<>(List.of(kind, batchId, batchId, firstRow, lastRow));
        arguments.addAll(exceptRows);
        jdbc.update("""
                insert into decision (decision_id, kind, subject_id, outcome, as_of, ruleset_version, decided_at,
                                      input_zip, decision_zip, batch_id)
                select d.decision_id, ?, r.subject_id, r.outcome, r.as_of, d.ruleset_version, d.decided_at,
                       d.input_zip, d.decision_zip, ?
                from batch_row_decision d join batch_row r
                  on r.job_instance_id = d.job_instance_id and r.row_number = d.row_number
                where d.job_instance_id = ? and d.row_number between ? and ?
                  and d.decision_zip is not null and d.input_zip is not null
                  and not exists (select 1 from decision x where x.decision_id = d.decision_id)""" + except,
                arguments.toArray());
    }

    /**
     * Stores the decisions of a batch that publishing changed, each with the input the batch kept beside it,
     * in one round trip. Decisions already stored (a run published again) are skipped.
     */
    public void saveBatch(long batchId, List<BatchDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        // only these decisions' ids, by the primary key alone (with batch_id in the condition HSQLDB reads
        // the batch's index instead: every stored decision of the batch on every page, quadratic in its size)
        String ids = String.join(", ", Collections.nCopies(decisions.size(), "?"));
        Set<String> stored = new HashSet<>(jdbc.queryForList(
                "select decision_id from decision where decision_id in (" + ids + ")", String.class,
                decisions.stream().map(d -> d.decision().decisionId()).toArray()));
        List<BatchDecision> toStore = decisions.stream().filter(d -> !stored.contains(d.decision().decisionId())).toList();
        jdbc.batchUpdate("""
                insert into decision (decision_id, kind, subject_id, outcome, as_of, ruleset_version, decided_at,
                                      input_zip, decision_zip, batch_id)
                values (?, ?, ?, ?, ?, ?, ?,
                        (select input_zip from batch_row_decision where job_instance_id = ? and row_number = ?), ?, ?)""",
                toStore, toStore.size(), (ps, d) -> {
                    bindDecided(ps, d.decision());
                    ps.setLong(8, batchId);
                    ps.setInt(9, d.rowNumber());
                    ps.setBytes(10, CompressedText.compress(d.decisionJson()));
                    ps.setLong(11, batchId);
                });
    }

    /** A decision the service made, to insert: the input it was made on and its JSON as returned. */
    record NewDecision(String inputJson, Decision decision, byte[] decisionJson) {
    }

    static final String INSERT = """
            insert into decision (decision_id, kind, subject_id, outcome, as_of, ruleset_version, decided_at,
                                  input_zip, decision_zip, batch_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * The values of {@link #INSERT} for one decision the service made. A batch's decisions are written by
     * {@link #copyBatchDecisions} and {@link #saveBatch}, with the same columns.
     */
    static void bind(PreparedStatement ps, NewDecision d) throws SQLException {
        bindDecided(ps, d.decision());
        ps.setBytes(8, CompressedText.compress(d.inputJson()));
        ps.setBytes(9, CompressedText.compress(d.decisionJson()));
        ps.setNull(10, Types.BIGINT);
    }

    /** The first seven columns of a decision's row, the same in every insert: what was decided, when, under which rules. */
    private static void bindDecided(PreparedStatement ps, Decision decision) throws SQLException {
        ps.setString(1, decision.decisionId());
        ps.setString(2, decision.kind().name());
        ps.setString(3, decision.subjectId());
        ps.setString(4, decision.outcome());
        ps.setObject(5, decision.asOf());
        ps.setString(6, decision.rulesetVersion());
        ps.setTimestamp(7, Timestamp.from(decision.decidedAt().toInstant()));
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

    /**
     * The decisions about one subject, newest first, at most {@code limit}: each exactly as it was returned
     * (on PostgreSQL by the index on subject and time; on the embedded HSQLDB by reading the table, see change set 018).
     */
    public List<String> decisionsAbout(String subjectId, int limit) {
        return jdbc.query("""
                select decision_zip, decision_json from decision where subject_id = ?
                order by decided_at desc, decision_id desc fetch first ? rows only""",
                (rs, n) -> text(rs, "decision"), subjectId, limit);
    }

    /** How many decisions were made at or after {@code since} (a range of the index on decided_at). */
    public long countDecidedSince(Instant since) {
        Long n = jdbc.queryForObject("select count(*) from decision where decided_at >= ?", Long.class, Timestamp.from(since));
        return n == null ? 0 : n;
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from decision", Long.class);
        return n == null ? 0 : n;
    }
}
