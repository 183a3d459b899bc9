package hk.cleanerproduction.adjudicator.http;

import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.ruleset.RuleRunLimitException;
import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 {@code application/problem+json} with a {@code type} of
 * {@link ProblemTypes}. Spring MVC's own errors (a wrong content type, a wrong method, an unreadable
 * body) come from the base class and get their type here; every 400 carries
 * {@code errors: [{field, message}]} naming every bad field. It handles only these types, so that it
 * never shadows another feature's advice; the catch-all for this feature's own controllers is
 * {@link UnexpectedProblems}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100) // before the catch-all of UnexpectedProblems
class ProblemResponses extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail badInput(InvalidInputException e) {
        return badFields(e.errors(), e.errors().size() + " bad field(s): the input cannot be decided.");
    }

    /** A 400 naming every bad field. */
    static ProblemDetail badFields(List<FieldError> errors, String detail) {
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_INPUT, "Bad input", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooLarge(RequestBodies.BodyTooLargeException e) {
        return ProblemTypes.problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.BODY_TOO_LARGE, "Content Too Large", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(IdempotencyConflictException e) {
        return ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.IDEMPOTENCY_CONFLICT, "Idempotency-Key reused", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(DecisionNotFoundException e) {
        return ProblemTypes.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not Found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail cannotReplay(ReplayUnavailableException e) {
        return ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.REPLAY_UNAVAILABLE, "Cannot replay", e.getMessage());
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
        return ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DECISION_STOPPED, "Decision stopped",
                "The rules did not finish this decision: " + e.getMessage());
    }

    /**
     * Spring MVC's own answers: typed by their status, and a 400 names the field it is about (the body as a
     * whole, a parameter, a path variable), so that every 400 of the API has {@code errors}.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(ProblemTypes.forStatus(status.value()));
            }
            if (status.value() == 400 && (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
                problem.setTitle("Bad input");
                problem.setProperty("errors", List.of(new FieldError(fieldOf(e), plain(problem.getDetail()))));
            }
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static String fieldOf(Exception e) {
        if (e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return mismatch.getPropertyName();
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return missing.getParameterName();
        }
        return "$";
    }

    private static String plain(String detail) {
        return detail == null ? "cannot be read" : detail;
    }
}
