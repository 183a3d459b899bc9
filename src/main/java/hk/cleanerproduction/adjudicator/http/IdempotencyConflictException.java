package hk.cleanerproduction.adjudicator.http;

/** The client sent an Idempotency-Key again, with another body: answered with 409, nothing decided. */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException(String key, String earlierDecisionId) {
        super("The Idempotency-Key '" + key + "' was already used with another request body (decision "
                + earlierDecisionId + "). Use a new key for a new request.");
    }
}
