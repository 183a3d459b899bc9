package hk.cleanerproduction.adjudicator.store;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.decision.Adjudicators;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.funding.FundingApplication;
import hk.cleanerproduction.adjudicator.intake.InputReader;
import hk.cleanerproduction.adjudicator.intake.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class DecisionStoreTests {

    @Autowired
    DecisionStore store;

    @Autowired
    Adjudicators adjudicators;

    @Test
    void aStoredDecisionReadsBackExactlyAsItWasReturned() throws Exception {
        FundingApplication application = new InputReader().read(
                Files.readString(Path.of("test-data/funding/eligible-guangdong-wfoe.json")), FundingApplication.class);
        Decision decision = adjudicators.funding().decide(application);

        store.save(application, decision);

        StoredDecision stored = store.find(decision.decisionId()).orElseThrow();
        assertThat(stored.decisionJson()).isEqualTo(Json.mapper().writeValueAsString(decision));
        assertThat(stored.outcome()).isEqualTo("ELIGIBLE");
        assertThat(stored.asOf()).isEqualTo(application.receivedOn());
        assertThat(stored.rulesetVersion()).isEqualTo(decision.rulesetVersion());
    }
}
