package hk.cleanerproduction.adjudicator.batch;
import hk.cleanerproduction.adjudicator.adjudication.Json;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ceremony batch as a Spring Batch job of two steps: {@code decideRows} reads the input, decides its
 * rows on every core ahead of the chunk being stored, and stores each chunk's results with the reader's
 * position in one transaction; {@code publishResults} writes the output files from the stored rows and
 * stores the final decisions, a page per transaction. The job instance is identified by its parameters
 * (see {@link CeremonyBatch}), so running the same command again resumes it.
 */
@Configuration(proxyBeanMethods = false)
class CeremonyBatchJob {

    static final String JOB_NAME = "ceremonyBatch";
    static final String SUMMARY = "summary";
    /** Set in the job's context once letters/ holds the letter of every decided row. */
    static final String LETTERS_WRITTEN = "lettersWritten";

    @Bean
    Job ceremonyJob(JobRepository jobRepository, Step decideRows, Step publishResults) {
        return new JobBuilder(JOB_NAME, jobRepository).start(decideRows).next(publishResults).build();
    }

    @Bean
    Step decideRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ItemStreamReader<RowResult> batchDecidedRows, ItemWriter<RowResult> batchRowWriter,
            @Value("${adjudicator.batch.chunk-size:500}") int chunkSize) {
        return new StepBuilder("decideRows", jobRepository).<RowResult, RowResult>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(batchDecidedRows)
                .writer(batchRowWriter)
                .build();
    }

    @Bean
    Step publishResults(JobRepository jobRepository, BatchPublisher publisher) {
        return new StepBuilder("publishResults", jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = chunkContext.getStepContext().getStepExecution();
            BatchParameters parameters = BatchParameters.of(step.getJobParameters());
            BatchSummary summary = publisher.publish(step.getJobExecution().getJobInstance().getInstanceId(),
                    parameters.request(), parameters.rulesetVersion());
            step.getJobExecution().getExecutionContext().putString(SUMMARY,
                    hk.cleanerproduction.adjudicator.adjudication.Json.mapper().writeValueAsString(summary));
            if (parameters.request().letters()) {
                step.getJobExecution().getExecutionContext().putString(LETTERS_WRITTEN, "true");
            }
            return RepeatStatus.FINISHED;
            // no transaction around the whole step: the publisher commits the stored decisions page by page
        }, new ResourcelessTransactionManager()).build();
    }

    /**
     * The input's rows, decided on every core (or {@code adjudicator.batch.threads}) up to two chunks ahead
     * of the chunk being stored.
     */
    @Bean
    @StepScope
    ItemStreamReader<RowResult> batchDecidedRows(@Value("#{jobParameters['input']}") String input,
            @Value("#{jobParameters['kind']}") String kind, Adjudication adjudication, ActiveRuleset rules,
            @Value("${adjudicator.batch.chunk-size:500}") int chunkSize, @Value("${adjudicator.batch.threads:0}") int threads) {
        BatchKind batchKind = BatchKind.valueOf(kind);
        return new DecidingRowReader(new InputRowReader(Path.of(input), batchKind.listColumns()),
                new RowDecider(batchKind.decisionKind(), adjudication, rules.get()),
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), 2 * chunkSize);
    }

    @Bean
    @StepScope
    ItemWriter<RowResult> batchRowWriter(@Value("#{stepExecution}") StepExecution stepExecution, BatchRowStore store,
            BatchProgress progress) {
        return new RowWriter(store, stepExecution.getJobExecution().getJobInstance().getInstanceId(), progress);
    }

}
