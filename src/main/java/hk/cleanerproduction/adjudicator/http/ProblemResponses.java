package hk.cleanerproduction.adjudicator.http;

import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import hk.cleanerproduction.adjudicator.ruleset.RuleRunLimitException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 {@code application/problem+json}. Spring MVC's own errors
 * (a wrong content type, a wrong method, an unreadable body) come from the base class; bad input
 * carries {@code errors: [{field, message}]} naming every bad field. It handles only these types, so
 * that it never shadows another feature's advice; the catch-all for this feature's own controllers is
 * {@link UnexpectedProblems}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100) // before the catch-all of UnexpectedProblems
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

    /**
     * The database cannot be reached (down, restarting, the network cut): nothing was decided or stored, and
     * the same request may be sent again. The connection pool connects again by itself once it is back, so
     * the service recovers without a restart; meanwhile its health is DOWN (the database's part).
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
        RecoverableDataAccessException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(DataAccessException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database cannot be reached: nothing was decided or stored. Send the same request again shortly.");
        problem.setTitle("Database unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The ruleset, not the request, is at fault; other decisions go on, so this one may be tried again later. */
    @ExceptionHandler
    ProblemDetail rulesDidNotFinish(RuleRunLimitException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The rules did not finish this decision: " + e.getMessage());
        problem.setTitle("Decision stopped");
        return problem;
    }
}
