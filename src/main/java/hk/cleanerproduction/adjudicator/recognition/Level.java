package hk.cleanerproduction.adjudicator.recognition;

/** The label sought or awarded, highest first. */
public enum Level {
    EXCELLENT_PARTNER, PARTNER
}
