package hk.cleanerproduction.adjudicator.service;

import hk.cleanerproduction.adjudicator.intake.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 {@code application/problem+json}. Spring MVC's own errors
 * (a wrong content type, a wrong method, an unreadable body) come from the base class; bad input
 * carries {@code errors: [{field, message}]} naming every bad field. Anything unexpected is a 500
 * without internals, and logged.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail badInput(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.errors().size() + " bad field(s): the input cannot be decided.");
        problem.setTitle("Bad input");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(RequestBodies.BodyTooLargeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(IdempotencyConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(DecisionNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail cannotReplay(ReplayUnavailableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** A kind of decision this build does not make (no adjudicator registered for it). */
    @ExceptionHandler
    ProblemDetail notDecidedHere(IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("no adjudicator for")) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_IMPLEMENTED,
                    "This build does not decide this kind of input yet (" + e.getMessage() + ").");
        }
        return unexpected(e);
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        logger.error("Unexpected error answering a request", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service could not answer; the error is logged.");
    }
}
