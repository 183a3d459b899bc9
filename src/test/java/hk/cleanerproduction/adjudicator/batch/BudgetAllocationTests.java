package hk.cleanerproduction.adjudicator.batch;
import hk.cleanerproduction.adjudicator.decision.Effect;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** First come, first served: the budget funds a prefix of the queue and nobody jumps it. */
class BudgetAllocationTests {

    private static BatchRowStore.Candidate candidate(int row, String id, String receivedOn, long grant) {
        return new BatchRowStore.Candidate(row, id, LocalDate.parse(receivedOn), grant);
    }

    private static final List<BatchRowStore.Candidate> QUEUE = List.of(
            candidate(4, "CP25-000004", "2025-05-01", 600_000),
            candidate(1, "CP25-000001", "2025-05-02", 400_000),
            candidate(3, "CP25-000003", "2025-05-03", 650_000),
            candidate(2, "CP25-000002", "2025-05-04", 100_000));

    private static final Reason WAITS = new Reason("F-BUDGET", "BUDGET_EXHAUSTED", Effect.INFO, "waits", "候補", "src");

    @Test
    void aBudgetThatExactlyFitsTheFirstGrantsFundsThemAndWaitlistsEveryLaterOneEvenASmallerOne() {
        BudgetAllocation allocation = new BudgetAllocation(1_000_000, WAITS, QUEUE);

        assertThat(allocation.funded()).extracting(BatchRowStore.Candidate::subjectId).containsExactly("CP25-000004", "CP25-000001");
        assertThat(allocation.waitlisted()).extracting(BatchRowStore.Candidate::subjectId).containsExactly("CP25-000003", "CP25-000002");
        assertThat(allocation.allocatedHkd()).isEqualTo(1_000_000);
    }

    @Test
    void aWaitlistedDecisionKeepsItsAssessedGrantAndSaysWhyInBothLanguages() {
        BudgetAllocation allocation = new BudgetAllocation(1_000_000, WAITS, QUEUE);
        Decision eligible = new Decision("d-3", "CP25-000003", DecisionKind.FUNDING, "ELIGIBLE", 650_000L, null, List.of(),
                List.of(), LocalDate.parse("2025-05-03"), "v", OffsetDateTime.parse("2026-01-05T10:15:30+08:00"), null, null, null, null);

        Decision waitlisted = allocation.apply(3, eligible);

        assertThat(waitlisted.outcome()).isEqualTo("WAITLIST");
        assertThat(waitlisted.grantHkd()).isEqualTo(650_000L);
        assertThat(waitlisted.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("BUDGET_EXHAUSTED");
            assertThat(r).isSameAs(WAITS);
        });
        assertThat(allocation.apply(1, eligible)).isSameAs(eligible); // a funded row stays as it was
    }

    @Test
    void theWaitlistReasonIsTheRulesetsInBothLanguages() throws Exception {
        Ruleset ruleset = new RulesetLoader(1).load(FixtureRules.DIR);
        try {
            Reason reason = BudgetAllocation.budgetExhausted(ruleset, 1_000_000);
            assertThat(reason.ruleId()).isEqualTo("F-BUDGET");
            assertThat(reason.code()).isEqualTo("BUDGET_EXHAUSTED");
            assertThat(reason.message()).contains("HK$1,000,000");
            assertThat(reason.messageZh()).contains("1,000,000").contains("候補");
            assertThat(reason.source()).startsWith("docs/policy/funding.md#f-budget");
        } finally {
            ruleset.close();
        }
    }

    @Test
    void noBudgetLeftWaitlistsEveryone() {
        assertThat(new BudgetAllocation(0, WAITS, QUEUE).waitlisted()).hasSize(4);
    }
}
