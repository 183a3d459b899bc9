package hk.cleanerproduction.adjudicator.adjudication;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;

/**
 * Decides one kind of input (a funding application, a nomination) with the active rules.
 *
 * @param <T> the validated input
 */
public interface Adjudicator<T> {

    DecisionKind kind();

    Class<T> inputType();

    /**
     * Decides a validated input.
     *
     * @throws hk.cleanerproduction.adjudicator.adjudication.InvalidInputException when the rules find the input
     *         cannot be decided (a limit that is policy, such as a recognition score part above its maximum
     *         in rules/): answer it as bad input (exit 2, HTTP 400, a bad batch row), like a reading error
     */
    Decision decide(T input);
}
