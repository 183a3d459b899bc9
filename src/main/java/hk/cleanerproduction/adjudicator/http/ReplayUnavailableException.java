package hk.cleanerproduction.adjudicator.http;

/** The ruleset version a decision was made with is not stored (or no longer builds): 409. */
public class ReplayUnavailableException extends RuntimeException {

    public ReplayUnavailableException(String message) {
        super(message);
    }
}
