package hk.cleanerproduction.adjudicator.funding;

/** WAITLIST is given only by a batch run with a budget, never by the rules. */
public enum FundingOutcome {
    ELIGIBLE, INELIGIBLE, REFER, WAITLIST
}
