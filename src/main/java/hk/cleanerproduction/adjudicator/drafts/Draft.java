package hk.cleanerproduction.adjudicator.drafts;

import java.time.Instant;

/**
 * A draft of a rule change as stored: a copy of the files of version {@code basedOn}, edited by its author.
 *
 * @param approver         the officer who approved it, once approved
 * @param approvalComment  what the approver said
 * @param activatedVersion the version its files became when activated
 * @param checkedHash      the content hash of the files the last check ran on, or null before any check
 * @param checkPassed      whether that check passed
 * @param checkJson        that check's answer, as the API gave it
 */
record Draft(long id, String title, String author, String basedOn, DraftState state, Instant createdAt, Instant updatedAt,
        String approver, String approvalComment, String activatedVersion, String checkedHash, Boolean checkPassed,
        String checkJson) {
}
