package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

/**
 * Who brought a ruleset version into force, and with whose agreement, as the versions list shows it.
 *
 * @param author   the officer who wrote the change (a draft's author), the user who rolled back or reloaded,
 *                 or {@value #RULES_FOLDER} when the files of the rules folder were read at start or on a change
 * @param approver the officer who approved the draft, or null
 * @param title    what the change is, in the author's words, or null
 * @param comment  the approver's comment, or null
 * @param draftId  the draft it came from, or null
 */
public record ActivationRecord(String author, String approver, String title, String comment, Long draftId) {

    public static final String RULES_FOLDER = "rules folder";

    /** The files of the rules folder, read by the service itself (at start, or when they changed on disk). */
    public static ActivationRecord rulesFolder() {
        return new ActivationRecord(RULES_FOLDER, null, null, null, null);
    }

    /** A user who asked for it directly (a reload, a roll back), without a draft. */
    public static ActivationRecord by(String user, String title) {
        return new ActivationRecord(user, null, title, null, null);
    }
}
