package hk.cleanerproduction.adjudicator.batch;

import org.springframework.batch.core.job.JobExecution;

/** A batch run stopped on an error that is not a bad row (a full disk, rules without an outcome); run it again to resume. */
public class BatchFailedException extends RuntimeException {

    public BatchFailedException(JobExecution execution) {
        super("the batch stopped (" + execution.getStatus() + "): " + execution.getExitStatus().getExitDescription());
    }
}
