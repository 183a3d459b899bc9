package hk.cleanerproduction.adjudicator.testing;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.Reason;
import java.util.List;

/** What the rules tests check of a decision. */
public final class DecisionAssertions {

    private DecisionAssertions() {
    }

    /** The decision's reason codes, in order. */
    public static List<String> codes(Decision decision) {
        return decision.reasons().stream().map(Reason::code).toList();
    }

    /** The decision has the outcome, and gives the reason {@code code} exactly when the outcome is {@code refusal}. */
    public static void assertOutcomeWithCodeOnlyIf(Decision decision, String outcome, String code, String refusal) {
        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(codes(decision).contains(code)).isEqualTo(outcome.equals(refusal));
    }
}
