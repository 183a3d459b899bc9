package hk.cleanerproduction.adjudicator.funding;

/**
 * A fact for the F-BUDGET rule: a budgeted batch has waitlisted applications because its budget is
 * committed. The rule gives the reason they are told (its wording lives in rules/, like every reason).
 */
public final class BudgetWaitlist {

    private final long budgetHkd;

    public BudgetWaitlist(long budgetHkd) {
        this.budgetHkd = budgetHkd;
    }

    public long getBudgetHkd() {
        return budgetHkd;
    }
}
