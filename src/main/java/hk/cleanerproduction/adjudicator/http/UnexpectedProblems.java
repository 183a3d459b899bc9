package hk.cleanerproduction.adjudicator.http;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What this feature's controllers did not expect, as problem+json: a 500 without internals, logged.
 * Scoped to these controllers (and last in order) so that it never catches another feature's errors.
 */
@RestControllerAdvice(assignableTypes = {DecisionController.class, RulesetController.class})
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedProblems {

    private static final Log LOG = LogFactory.getLog(UnexpectedProblems.class);

    /** A kind of decision this build does not make (no adjudicator registered for it). */
    @ExceptionHandler
    ProblemDetail notDecidedHere(IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("no adjudicator for")) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_IMPLEMENTED,
                    "This build does not decide this kind of input (" + e.getMessage() + ").");
        }
        return unexpected(e);
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        LOG.error("Unexpected error answering a request", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service could not answer; the error is logged.");
    }
}
