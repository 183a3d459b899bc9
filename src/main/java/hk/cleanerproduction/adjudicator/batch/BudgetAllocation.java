package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.funding.BudgetWaitlist;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A budgeted funding batch (docs/policy/funding.md#f-budget): the ELIGIBLE applications are funded in order
 * of receipt (then application id) until the next grant no longer fits in what is left of the budget;
 * that one and every later one is WAITLIST. First come, first served: a later, smaller grant does not
 * jump the queue. A waitlisted decision keeps its assessed grant (what it would get if money is freed)
 * and says why it waits, in the words of the ruleset's F-BUDGET rule.
 */
final class BudgetAllocation {

    static final String WAITLIST = "WAITLIST";

    private final long budgetHkd;
    private final Reason budgetExhausted;
    private final Set<Integer> waitlistedRows = new HashSet<>();
    private final List<BatchRowStore.Candidate> funded = new ArrayList<>();
    private final List<BatchRowStore.Candidate> waitlisted = new ArrayList<>();
    private long allocatedHkd;

    BudgetAllocation(long budgetHkd, Reason budgetExhausted, List<BatchRowStore.Candidate> eligibleInOrderOfReceipt) {
        this.budgetHkd = budgetHkd;
        this.budgetExhausted = budgetExhausted;
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

    /** The reason a waitlisted application is given: the F-BUDGET rule's, for this budget. */
    static Reason budgetExhausted(Ruleset ruleset, long budgetHkd) {
        List<Reason> reasons = ruleset.run(List.of(new BudgetWaitlist(budgetHkd))).all(Reason.class);
        if (reasons.size() != 1) {
            throw new IllegalStateException("the rules " + ruleset.version() + " give " + reasons.size()
                    + " reasons for a budget waitlist; the F-BUDGET rule must give exactly one");
        }
        return reasons.get(0);
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
