package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores every activation of a ruleset (table {@code ruleset_check}, named apart from the service's version tables): its version, when, why,
 * its check results and every file's content, so that any past decision's rules can be read again.
 * Insert only.
 */
@Repository
public class ActivationLog {

    private final JdbcTemplate jdbc;

    public ActivationLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Ruleset ruleset, CheckReport report, String trigger, Instant activatedAt) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("passed", report.passed());
        check.put("checkedAt", report.checkedAt().toString());
        check.put("tookMillis", report.took().toMillis());
        check.put("ruleCount", report.ruleCount());
        check.put("scenariosRun", report.scenariosRun());
        check.put("scenariosFailed", report.scenariosFailed());
        check.put("checks", List.of("build", "parameter tables", "safety", "rule ids and messages", "scenarios"));
        List<Map<String, String>> files = ruleset.files().stream().map(ActivationLog::describe).toList();
        jdbc.update("""
                insert into ruleset_check (ruleset_version, content_hash, activated_at, reload_trigger, rule_count,
                                                scenarios_run, check_millis, check_json, files_json)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                ruleset.version(), ruleset.contentHash(), Timestamp.from(activatedAt), trigger, report.ruleCount(),
                report.scenariosRun(), report.took().toMillis(), Json.mapper().writeValueAsString(check),
                Json.mapper().writeValueAsString(files));
    }

    /** The versions activated, newest first. */
    public List<Map<String, Object>> recent(int limit) {
        return jdbc.queryForList("""
                select activation_id, ruleset_version, content_hash, activated_at, reload_trigger, rule_count, scenarios_run, check_millis
                from ruleset_check order by activation_id desc limit ?""", limit);
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from ruleset_check", Long.class);
        return n == null ? 0 : n;
    }

    /** Text files as they are; anything that is not UTF-8 (a spreadsheet) in Base64. */
    private static Map<String, String> describe(RuleFile file) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("path", file.relativePath());
        try {
            f.put("text", StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.content())).toString());
        } catch (CharacterCodingException binary) {
            f.put("base64", Base64.getEncoder().encodeToString(file.content()));
        }
        return f;
    }
}
