package hk.cleanerproduction.adjudicator.adjudication;

import java.util.List;

/** The input cannot be decided; every bad field is named. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.size() + " bad field(s): " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
