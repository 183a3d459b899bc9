package hk.cleanerproduction.adjudicator.decision;

public enum DecisionKind {
    FUNDING, RECOGNITION
}
