package hk.cleanerproduction.adjudicator.drafts;

/**
 * Where a draft is in its life: OPEN (being edited) → SUBMITTED (checked, waiting for a second officer) →
 * APPROVED → ACTIVE (in force). DISCARDED: given up; kept, with its history, but no longer changes.
 */
public enum DraftState {
    OPEN, SUBMITTED, APPROVED, ACTIVE, DISCARDED
}
