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
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ceremony batch as a Spring Batch job of two steps: {@code decideRows} reads the input in chunks,
 * decides each row (concurrently within a chunk) and stores the results with the reader's position in
 * one transaction; {@code publishResults} writes the output files from the stored rows and stores the
 * final decisions, a page per transaction. The job
 * instance is identified by its parameters (see {@link CeremonyBatch}), so running the same command
 * again resumes it.
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
    Step decideRows(JobRepository jobRepository, PlatformTransactionManager transactionManager, InputRowReader batchInputReader,
            ItemProcessor<InputRow, RowResult> batchRowDecider, ItemWriter<RowResult> batchRowWriter,
            @Value("${adjudicator.batch.chunk-size:500}") int chunkSize, @Value("${adjudicator.batch.threads:0}") int threads) {
        return new StepBuilder("decideRows", jobRepository).<InputRow, RowResult>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(batchInputReader)
                .processor(batchRowDecider)
                .writer(batchRowWriter)
                .taskExecutor(decisionThreads(threads))
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

    @Bean
    @StepScope
    InputRowReader batchInputReader(@Value("#{jobParameters['input']}") String input,
            @Value("#{jobParameters['kind']}") String kind) {
        return new InputRowReader(Path.of(input), BatchKind.valueOf(kind).listColumns());
    }

    // step-scoped beans are proxied: declared as their interfaces, so that the proxy need not subclass a record
    @Bean
    @StepScope
    ItemProcessor<InputRow, RowResult> batchRowDecider(@Value("#{jobParameters['kind']}") String kind, Adjudication adjudication,
            ActiveRuleset rules) {
        return new RowDecider(BatchKind.valueOf(kind).decisionKind(), adjudication, rules.get());
    }

    @Bean
    @StepScope
    ItemWriter<RowResult> batchRowWriter(@Value("#{stepExecution}") StepExecution stepExecution, BatchRowStore store,
            BatchProgress progress) {
        return new RowWriter(store, stepExecution.getJobExecution().getJobInstance().getInstanceId(), progress);
    }

    /**
     * Decides the rows of a chunk on every core (or {@code adjudicator.batch.threads}); the chunk still
     * commits as one. Not a bean, so that Spring Boot's own task executor stays as it is.
     */
    private static AsyncTaskExecutor decisionThreads(int threads) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(n);
        executor.setMaxPoolSize(n);
        executor.setThreadNamePrefix("batch-decide-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }
}
