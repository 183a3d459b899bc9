package hk.cleanerproduction.adjudicator.funding;

/**
 * The working result the funding rules fill in: the grant as it is computed step by step (F-AMT-1..3)
 * and the outcome (set last, from the reasons). The rules change it with {@code modify}, so that the
 * next step sees the amount the previous one left.
 */
public class FundingAssessment {

    private Long grantHkd;
    private FundingOutcome outcome;

    public Long getGrantHkd() {
        return grantHkd;
    }

    public void setGrantHkd(Long grantHkd) {
        this.grantHkd = grantHkd;
    }

    public FundingOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(FundingOutcome outcome) {
        this.outcome = outcome;
    }
}
