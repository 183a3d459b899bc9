package hk.cleanerproduction.adjudicator.drafts;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The change API's refusals as problem+json, and what it did not expect as a 500 without internals (logged):
 * no stack trace and no Java class name reaches an officer, whatever the draft holds.
 */
@RestControllerAdvice(assignableTypes = {DraftController.class, VersionController.class})
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class DraftProblems {

    private static final Log LOG = LogFactory.getLog(DraftProblems.class);

    @ExceptionHandler
    ProblemDetail refused(DraftException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle(e.title());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e) {
        LOG.error("Unexpected error answering a request on drafts or versions", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The service could not answer; the error is logged.");
    }
}
