package hk.cleanerproduction.adjudicator.http;

/** No decision is stored under the id asked for: 404. */
public class DecisionNotFoundException extends RuntimeException {

    public DecisionNotFoundException(String decisionId) {
        super("No decision is stored with the id " + decisionId + ".");
    }
}
