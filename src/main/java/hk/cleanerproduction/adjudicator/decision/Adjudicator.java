package hk.cleanerproduction.adjudicator.decision;

/**
 * Decides one kind of input (a funding application, a nomination) with the active rules.
 *
 * @param <T> the validated input
 */
public interface Adjudicator<T> {

    DecisionKind kind();

    Class<T> inputType();

    Decision decide(T input);
}
