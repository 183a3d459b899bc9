package hk.cleanerproduction.adjudicator.recognition;

public enum RecognitionOutcome {
    AWARDED, NOT_AWARDED
}
