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
 * What a controller did not expect, as problem+json: a 500 without internals (no exception, no class
 * name), logged. Last in order, so that an advice of a feature's own answers first.
 */
@RestControllerAdvice(basePackages = "hk.cleanerproduction.adjudicator")
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedProblems {

    private static final Log LOG = LogFactory.getLog(UnexpectedProblems.class);

    /** A kind of decision this build does not make (no adjudicator registered for it). */
    @ExceptionHandler
    ProblemDetail notDecidedHere(IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("no adjudicator for")) {
            return ProblemTypes.problem(HttpStatus.NOT_IMPLEMENTED, ProblemTypes.NOT_DECIDED_HERE, "Not Implemented",
                    "This build does not decide this kind of input (" + e.getMessage() + ").");
        }
        return unexpected(e);
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        LOG.error("Unexpected error answering a request", e);
        return ProblemTypes.problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.UNEXPECTED, "Internal Server Error",
                "The service could not answer; the error is logged.");
    }
}
