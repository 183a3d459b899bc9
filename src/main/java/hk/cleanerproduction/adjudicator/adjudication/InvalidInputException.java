package hk.cleanerproduction.adjudicator.adjudication;

import java.util.List;

/** The input cannot be decided; every bad field is named. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;
    private final transient Object partialInput;

    public InvalidInputException(List<FieldError> errors) {
        this(errors, null);
    }

    /**
     * @param partialInput the input as far as it could be read (bad fields left null), so that the rules can
     *                     still name the fields only they can judge in the same answer; null when nothing was read
     */
    public InvalidInputException(List<FieldError> errors, Object partialInput) {
        super(errors.size() + " bad field(s): " + errors);
        this.errors = List.copyOf(errors);
        this.partialInput = partialInput;
    }

    /** The input as far as it could be read, or null. */
    public Object partialInput() {
        return partialInput;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
