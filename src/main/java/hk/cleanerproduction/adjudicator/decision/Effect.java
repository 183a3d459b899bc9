package hk.cleanerproduction.adjudicator.decision;

/** What a reason does to a decision (SPEC.md "Decision"). */
public enum Effect {
    INELIGIBLE, REFER, NOT_AWARDED, INFO
}
