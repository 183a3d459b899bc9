package hk.cleanerproduction.adjudicator.batch;

/** The batch cannot start: its input is missing, unreadable or of an unknown format (exit code 2, HTTP 400). */
public class BatchInputException extends RuntimeException {

    public BatchInputException(String message) {
        super(message);
    }
}
