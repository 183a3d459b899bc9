package hk.cleanerproduction.adjudicator.store;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.funding.FundingApplication;
import hk.cleanerproduction.adjudicator.adjudication.InputReader;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class DecisionStoreTests {

    @Autowired
    DecisionStore store;

    @Autowired
    DecisionWriter writer;

    @Autowired
    Adjudication adjudication;

    @Autowired
    ActiveRuleset activeRuleset;

    @Autowired
    JdbcTemplate jdbc;

    /** The README's sample as a client sends it, its decision, and the bytes that saving the decision returned. */
    private record Saved(String json, FundingApplication application, Decision decision, byte[] returned) {
    }

    private Saved decideAndSaveTheSample() throws Exception {
        String json = Files.readString(Path.of("test-data/funding/eligible-guangdong-wfoe.json"));
        FundingApplication application = new InputReader().read(json, FundingApplication.class);
        Decision decision = adjudication.decide(activeRuleset.get(), DecisionKind.FUNDING, application);
        return new Saved(json, application, decision, writer.write(json, decision, null));
    }

    @Test
    void aStoredDecisionReadsBackExactlyAsItWasReturned() throws Exception {
        Saved saved = decideAndSaveTheSample();
        Decision decision = saved.decision();

        StoredDecision stored = store.find(decision.decisionId()).orElseThrow();
        assertThat(stored.decisionJson().getBytes(StandardCharsets.UTF_8)).isEqualTo(saved.returned());
        assertThat(stored.decisionJson()).isEqualTo(Json.mapper().writeValueAsString(decision)).contains("上限");
        assertThat(stored.outcome()).isEqualTo("ELIGIBLE");
        assertThat(stored.asOf()).isEqualTo(saved.application().receivedOn());
        assertThat(stored.rulesetVersion()).isEqualTo(decision.rulesetVersion());
        assertThat(stored.inputJson()).as("the input exactly as received").isEqualTo(saved.json());
    }

    @Test
    void decisionsStoredAsTextBeforeCompressionStillReadBack() {
        // a row as change sets 001-004 wrote it: JSON in the text columns, no compressed columns
        jdbc.update("""
                insert into decision (decision_id, kind, subject_id, outcome, as_of, ruleset_version, decided_at,
                                      input_json, decision_json)
                values ('0190c0de-0000-7000-8000-000000000001', 'FUNDING', 'CPPP-OLD', 'ELIGIBLE', DATE '2025-06-16',
                        '2025.1-3f9c2a1e', TIMESTAMP '2025-06-16 10:15:30', '{"applicationId":"CPPP-OLD"}',
                        '{"decisionId":"0190c0de-0000-7000-8000-000000000001","note":"清潔生產"}')""");

        StoredDecision stored = store.find("0190c0de-0000-7000-8000-000000000001").orElseThrow();

        assertThat(stored.inputJson()).isEqualTo("{\"applicationId\":\"CPPP-OLD\"}");
        assertThat(stored.decisionJson()).isEqualTo("{\"decisionId\":\"0190c0de-0000-7000-8000-000000000001\",\"note\":\"清潔生產\"}");
    }

    @Test
    void newDecisionsAreStoredCompressedNotAsText() throws Exception {
        Saved saved = decideAndSaveTheSample();

        Integer compressedBytes = jdbc.queryForObject(
                "select octet_length(decision_zip) from decision where decision_id = ? and decision_json is null",
                Integer.class, saved.decision().decisionId());
        assertThat(compressedBytes).isPositive().isLessThan(saved.returned().length);
    }
}
