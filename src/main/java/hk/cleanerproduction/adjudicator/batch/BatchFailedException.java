package hk.cleanerproduction.adjudicator.batch;

import org.springframework.batch.core.job.JobExecution;

/** A batch run stopped on an error that is not a bad row (a full disk, rules without an outcome); run it again to resume. */
public class BatchFailedException extends RuntimeException {

    public BatchFailedException(JobExecution execution) {
        super("the batch stopped (" + execution.getStatus() + "): " + cause(execution));
    }

    /** What stopped it, in one line: Spring Batch keeps the whole stack trace as the exit description. */
    static String cause(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(e -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage())
                .orElseGet(() -> execution.getExitStatus().getExitDescription().lines().findFirst().orElse("unknown error"));
    }
}
