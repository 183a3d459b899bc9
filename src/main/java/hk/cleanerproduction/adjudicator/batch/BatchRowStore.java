package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.store.CompressedText;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * The rows of each batch run (table {@code batch_row}, keyed by job instance and row number, and the
 * decisions with their inputs in {@code batch_row_decision}, apart so that the queries over every row of
 * a run read small rows). The batch writes them in the chunk's transaction; the report step reads them back
 * in row order.
 */
@Repository
class BatchRowStore {

    private static final TypeReference<List<FieldError>> FIELD_ERRORS = new TypeReference<>() {
    };

    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;

    BatchRowStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long jobInstanceId, List<? extends RowResult> rows) {
        jdbc.batchUpdate("""
                insert into batch_row (job_instance_id, row_number, subject_id, subject_name, outcome, grant_hkd, as_of, category,
                                       award_year, award_level, errors_json)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (ps, row) -> {
            ps.setLong(1, jobInstanceId);
            ps.setInt(2, row.rowNumber());
            ps.setString(3, row.subjectId());
            ps.setString(4, row.subjectName());
            ps.setString(5, row.outcome());
            ps.setObject(6, row.grantHkd(), Types.BIGINT);
            ps.setObject(7, row.asOf() == null ? null : Date.valueOf(row.asOf()), Types.DATE);
            ps.setString(8, row.category());
            ps.setObject(9, row.awardYear(), Types.INTEGER);
            ps.setString(10, row.level());
            ps.setString(11, row.isBad() ? Json.mapper().writeValueAsString(row.errors()) : null);
        });
        List<? extends RowResult> decided = rows.stream().filter(row -> !row.isBad()).toList();
        jdbc.batchUpdate("""
                insert into batch_row_decision (job_instance_id, row_number, decision_id, ruleset_version, decided_at,
                                                decision_zip, input_zip)
                values (?, ?, ?, ?, ?, ?, ?)""", decided, decided.size(), (ps, row) -> {
            ps.setLong(1, jobInstanceId);
            ps.setInt(2, row.rowNumber());
            ps.setString(3, row.decisionId());
            ps.setString(4, row.rulesetVersion());
            ps.setTimestamp(5, Timestamp.from(row.decidedAt().toInstant()));
            ps.setBytes(6, row.decisionZip());
            ps.setBytes(7, row.inputZip());
        });
    }

    long count(long jobInstanceId) {
        Long n = jdbc.queryForObject("select count(*) from batch_row where job_instance_id = ?", Long.class, jobInstanceId);
        return n == null ? 0 : n;
    }

    /**
     * Every row of a run, in row order, a page at a time: a run may hold 100,000 decisions, and the
     * embedded database would otherwise hold a whole result in memory. Each page starts after the last
     * row of the one before (an index range of the primary key, not a scan, and no count or maximum to
     * compute first, which in HSQLDB reads every row).
     */
    void forEachPageInOrder(long jobInstanceId, Consumer<List<StoredRow>> action) {
        int after = 0;
        while (true) {
            List<StoredRow> page = jdbc.query("""
                    select r.row_number, r.subject_id, r.subject_name, r.category, d.decision_zip, d.decision_json,
                           d.input_zip is not null as has_input, r.errors_json
                    from batch_row r left join batch_row_decision d
                      on d.job_instance_id = r.job_instance_id and d.row_number = r.row_number
                    where r.job_instance_id = ? and r.row_number > ?
                    order by r.job_instance_id, r.row_number
                    limit ?""", (rs, n) -> {
                String errors = rs.getString("errors_json");
                byte[] decisionZip = rs.getBytes("decision_zip");
                return new StoredRow(rs.getInt("row_number"), rs.getString("subject_id"), rs.getString("subject_name"),
                        rs.getString("category"), decisionZip, decisionZip == null ? rs.getString("decision_json") : null,
                        rs.getBoolean("has_input"),
                        errors == null ? List.<FieldError>of() : Json.mapper().readValue(errors, FIELD_ERRORS));
            }, jobInstanceId, after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            action.accept(page);
            after = page.get(page.size() - 1).rowNumber();
        }
    }

    /** The decided rows with an outcome, in order of receipt then subject id (the order of a budget). */
    List<Candidate> inOrderOfReceipt(long jobInstanceId, String outcome) {
        return jdbc.query("""
                select row_number, subject_id, as_of, grant_hkd from batch_row
                where job_instance_id = ? and outcome = ? order by as_of, subject_id, row_number""",
                (rs, n) -> new Candidate(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4)),
                jobInstanceId, outcome);
    }

    /** The awardees, by category and level, in subject id order (the order certificates are numbered in). */
    List<Awardee> awardees(long jobInstanceId) {
        return jdbc.query("""
                select row_number, subject_id, category, award_level, award_year from batch_row
                where job_instance_id = ? and award_level is not null
                order by category, award_level, subject_id, row_number""",
                (rs, n) -> new Awardee(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
                jobInstanceId);
    }

    /**
     * A stored row. A decided row has its decision compressed ({@code decisionZip}) or, if it was decided
     * before decisions were stored that way, as text ({@code decisionText}); {@code hasInput} is false for a
     * row decided before inputs were kept beside their decisions (it cannot be replayed, so it is not
     * stored as a decision).
     */
    record StoredRow(int rowNumber, String subjectId, String subjectName, String category, byte[] decisionZip,
            String decisionText, boolean hasInput, List<FieldError> errors) {

        /** The decision's JSON exactly as it was returned when it was decided; null for a bad row. */
        String decisionJson() {
            return decisionZip != null ? CompressedText.decompress(decisionZip) : decisionText;
        }
    }

    record Candidate(int rowNumber, String subjectId, LocalDate receivedOn, long grantHkd) {
    }

    record Awardee(int rowNumber, String subjectId, String category, String level, int awardYear) {
    }
}
