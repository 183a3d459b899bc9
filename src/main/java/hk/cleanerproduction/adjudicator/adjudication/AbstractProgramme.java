package hk.cleanerproduction.adjudicator.adjudication;

import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link Programme} whose constant parts are given to its constructor: its kind, input type, the field
 * that identifies a subject, and the assessment its rules fill in. The facts the rules start from are the
 * input and a new assessment; a programme adds how the facts the rules leave read as an outcome and what
 * a report shows of the subject.
 *
 * @param <T> the validated input
 */
public abstract class AbstractProgramme<T> implements Programme<T> {

    private final DecisionKind kind;
    private final Class<T> inputType;
    private final String subjectIdField;
    private final Supplier<?> newAssessment;

    protected AbstractProgramme(DecisionKind kind, Class<T> inputType, String subjectIdField, Supplier<?> newAssessment) {
        this.kind = kind;
        this.inputType = inputType;
        this.subjectIdField = subjectIdField;
        this.newAssessment = newAssessment;
    }

    @Override
    public final DecisionKind kind() {
        return kind;
    }

    @Override
    public final Class<T> inputType() {
        return inputType;
    }

    @Override
    public final String subjectIdField() {
        return subjectIdField;
    }

    @Override
    public final List<Object> facts(T input) {
        return List.of(input, newAssessment.get());
    }
}
