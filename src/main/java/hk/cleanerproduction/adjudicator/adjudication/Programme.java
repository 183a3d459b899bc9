package hk.cleanerproduction.adjudicator.adjudication;

import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.ruleset.RuleRun;
import java.util.List;

/**
 * What a programme (funding, recognition) supplies so that it can be adjudicated: its input type
 * (validated by Jakarta Validation when it is read), the facts its rules start from, and how the facts
 * the rules leave read as a decision. Everything else — reading, running the rules as of the subject's
 * date, reasons, ids, times and recording — is {@link Adjudication}'s, the same for every programme.
 * Programmes are found with {@link java.util.ServiceLoader}, so this package knows none of them.
 *
 * @param <T> the validated input
 */
public interface Programme<T> {

    DecisionKind kind();

    Class<T> inputType();

    /** The input field that identifies the subject (named on a bad batch row, when it can be read). */
    String subjectIdField();

    /** The facts the rules start from: the input and the programme's own assessment. */
    List<Object> facts(T input);

    /**
     * The outcome the rules reached.
     *
     * @throws InvalidInputException when the rules found that the input cannot be decided (a limit that
     *         is policy, such as a score part above its maximum): answered as bad input
     * @throws IllegalStateException when the rules left no outcome (a rule missing from the ruleset)
     */
    Outcome outcome(T input, RuleRun run);

    /**
     * The fields the rules found bad because their limits are policy (a score part above its maximum);
     * empty when there are none or the programme has no such limits.
     */
    default List<FieldError> inputErrors(RuleRun run) {
        return List.of();
    }

    /** What a report shows of the subject besides its decision. */
    Subject subject(T input);
}
