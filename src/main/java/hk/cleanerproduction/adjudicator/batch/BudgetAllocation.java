package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.decision.Amounts;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.Effect;
import hk.cleanerproduction.adjudicator.decision.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A budgeted funding batch (DOMAIN.md Part 2, R-AMT-06): the ELIGIBLE applications are funded in order
 * of receipt (then application id) until the next grant no longer fits in what is left of the budget;
 * that one and every later one is WAITLIST. First come, first served: a later, smaller grant does not
 * jump the queue. A waitlisted decision keeps its assessed grant (what it would get if money is freed)
 * and says why it waits.
 */
final class BudgetAllocation {

    static final String WAITLIST = "WAITLIST";

    private final long budgetHkd;
    private final Reason budgetExhausted;
    private final Set<Integer> waitlistedRows = new HashSet<>();
    private final List<BatchRowStore.Candidate> funded = new ArrayList<>();
    private final List<BatchRowStore.Candidate> waitlisted = new ArrayList<>();
    private long allocatedHkd;

    BudgetAllocation(long budgetHkd, List<BatchRowStore.Candidate> eligibleInOrderOfReceipt) {
        this.budgetHkd = budgetHkd;
        this.budgetExhausted = budgetExhausted(budgetHkd);
        boolean exhausted = false;
        for (BatchRowStore.Candidate candidate : eligibleInOrderOfReceipt) {
            if (!exhausted && allocatedHkd + candidate.grantHkd() <= budgetHkd) {
                allocatedHkd += candidate.grantHkd();
                funded.add(candidate);
            } else {
                exhausted = true;
                waitlisted.add(candidate);
                waitlistedRows.add(candidate.rowNumber());
            }
        }
    }

    /** The decision of a row as the budget leaves it. Read-only: safe to call from many threads. */
    Decision apply(int rowNumber, Decision decision) {
        if (!waitlistedRows.contains(rowNumber)) {
            return decision;
        }
        List<Reason> reasons = new ArrayList<>(decision.reasons());
        reasons.add(budgetExhausted);
        Decision waitlisted = decision.withOutcome(WAITLIST, decision.grantHkd());
        return new Decision(waitlisted.decisionId(), waitlisted.subjectId(), waitlisted.kind(), waitlisted.outcome(),
                waitlisted.grantHkd(), waitlisted.level(), List.copyOf(reasons), waitlisted.firedRules(), waitlisted.asOf(),
                waitlisted.rulesetVersion(), waitlisted.decidedAt(), waitlisted.score(), waitlisted.labelValidFrom(),
                waitlisted.labelValidUntil(), waitlisted.certificateNumber());
    }

    private static Reason budgetExhausted(long budgetHkd) {
        String amount = Amounts.grouped(budgetHkd);
        return new Reason("F-BUDGET", "BUDGET_EXHAUSTED", Effect.INFO,
                "The batch budget of HK$" + amount + " is committed to applications received earlier: the application is waitlisted.",
                "本批次港幣" + amount + "元的預算已撥予較早收到的申請：本申請列入候補名單。",
                "ceremony batch --budget; DOMAIN.md Part 2 R-AMT-06");
    }

    long budgetHkd() {
        return budgetHkd;
    }

    long allocatedHkd() {
        return allocatedHkd;
    }

    List<BatchRowStore.Candidate> funded() {
        return funded;
    }

    List<BatchRowStore.Candidate> waitlisted() {
        return waitlisted;
    }
}
