package hk.cleanerproduction.adjudicator.batch;

import java.nio.file.Path;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The identifying parameters of a batch run: the same request on the same input content with the same
 * rules is the same job instance, so running it again resumes it (or, when it is complete, rewrites
 * its output). Changing the input file, the rules, the output folder or the budget starts a new run;
 * asking for letters does not (they are written from the stored decisions, like the other files).
 */
record BatchParameters(BatchRequest request, String inputSha256, String rulesetVersion) {

    private static final String NO_BUDGET = "none";

    JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString("kind", request.kind().name())
                .addString("input", request.input().toString())
                .addString("inputSha256", inputSha256)
                .addString("out", request.out().toString())
                .addString("budget", request.budgetHkd() == null ? NO_BUDGET : request.budgetHkd().toString())
                .addString("rulesetVersion", rulesetVersion)
                .addString("letters", String.valueOf(request.letters()), false)
                .toJobParameters();
    }

    static BatchParameters of(JobParameters parameters) {
        String budget = parameters.getString("budget");
        BatchRequest request = new BatchRequest(BatchKind.valueOf(parameters.getString("kind")),
                Path.of(parameters.getString("input")), Path.of(parameters.getString("out")),
                budget == null || NO_BUDGET.equals(budget) ? null : Long.valueOf(budget),
                Boolean.parseBoolean(parameters.getString("letters")));
        return new BatchParameters(request, parameters.getString("inputSha256"), parameters.getString("rulesetVersion"));
    }
}
