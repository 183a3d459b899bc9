package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs ceremony batches: the command runs one to the end in its own thread, the HTTP API submits one
 * and polls it. A request is a job instance by its parameters ({@link BatchParameters}): asked again,
 * an unfinished run resumes after its last committed chunk, and a finished one writes its output files
 * again from the stored rows (the same content: decisions are never made twice). Letters are asked for
 * apart from what identifies a run: a finished batch asked again with letters writes them (the command
 * in its thread, the HTTP API in the background), from the same stored rows, by the same publisher.
 */
@Service
public class CeremonyBatch {

    private static final Logger log = LoggerFactory.getLogger(CeremonyBatch.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final ActiveRuleset rules;
    private final BatchRowStore rows;
    private final BatchPublisher publisher;
    private final BatchProgress progress;
    private final TaskExecutorJobOperator background;
    /** Executions this process started: any other "running" execution was left by a killed process. */
    private final Set<Long> ownExecutions = ConcurrentHashMap.newKeySet();
    /** Complete batches (job instance ids) whose files are being written again with letters, over HTTP. */
    private final Set<Long> writingLetters = ConcurrentHashMap.newKeySet();
    private final SimpleAsyncTaskExecutor lettersThreads = new SimpleAsyncTaskExecutor("batch-letters-");

    CeremonyBatch(JobOperator jobOperator, JobRepository jobRepository, Job ceremonyJob, ActiveRuleset rules,
            BatchRowStore rows, BatchPublisher publisher, BatchProgress progress) throws Exception {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = ceremonyJob;
        this.rules = rules;
        this.rows = rows;
        this.publisher = publisher;
        this.progress = progress;
        this.background = new TaskExecutorJobOperator();
        background.setJobRepository(jobRepository);
        background.setJobRegistry(new MapJobRegistry());
        background.setTaskExecutor(new SimpleAsyncTaskExecutor("batch-"));
        background.afterPropertiesSet();
    }

    /** Runs (or resumes, or re-publishes) a batch to the end in this thread. */
    public BatchOutcome run(BatchRequest request) {
        Prepared prepared = prepare(request);
        if (prepared.complete() != null) {
            log.info("Batch {} is already complete: writing its output again from the stored decisions",
                    prepared.complete().getJobInstanceId());
            return new BatchOutcome(publishAgain(prepared, request), false, true);
        }
        long started = System.nanoTime();
        JobExecution execution = launch(jobOperator, prepared);
        log.info("Batch {} ran in {} ms: {}", execution.getJobInstanceId(), (System.nanoTime() - started) / 1_000_000,
                execution.getStatus());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new BatchFailedException(execution);
        }
        return new BatchOutcome(summaryOf(execution).orElseThrow(), prepared.resumed(), false);
    }

    /** Starts (or resumes) a batch in the background and returns its id (the job instance id) at once. */
    public long submit(BatchRequest request) {
        Prepared prepared = prepare(request);
        if (prepared.complete() != null) {
            long id = prepared.complete().getJobInstanceId();
            if (request.letters() && !lettersWritten(prepared.complete()) && writingLetters.add(id)) {
                log.info("Batch {} is complete without letters: writing its output again with them", id);
                lettersThreads.execute(() -> {
                    try {
                        publishAgain(prepared, request);
                    } catch (RuntimeException e) {
                        log.error("Batch {}: writing its letters failed: {}", id, e.getMessage(), e);
                    } finally {
                        writingLetters.remove(id);
                    }
                });
            }
            return id;
        }
        if (prepared.running() != null) {
            return prepared.running().getJobInstanceId();
        }
        return launch(background, prepared).getJobInstanceId();
    }

    /** A batch by id (job instance id): its last execution, progress and, once done, its summary. */
    public Optional<BatchView> find(long batchId) {
        JobInstance instance = jobRepository.getJobInstance(batchId);
        if (instance == null) {
            return Optional.empty();
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last == null) {
            return Optional.empty();
        }
        BatchParameters parameters = BatchParameters.of(last.getJobParameters());
        long total = countRows(parameters.request().input());
        long done = rows.count(batchId);
        boolean letters = last.getStatus() == BatchStatus.COMPLETED && lettersWritten(last) && !writingLetters.contains(batchId);
        return Optional.of(new BatchView(batchId, last.getId(), last.getStatus().name(), parameters.request().kind().name(),
                parameters.request().input().toString(), parameters.request().out().toString(),
                parameters.request().budgetHkd(), letters, total, done, last.getStartTime(), last.getEndTime(),
                summaryOf(last).orElse(null)));
    }

    /**
     * A complete batch's files written again from its stored rows, with letters when asked; the summary, and
     * that letters were written, kept with the run, so that the API shows them.
     */
    private BatchSummary publishAgain(Prepared prepared, BatchRequest request) {
        JobExecution complete = prepared.complete();
        BatchSummary summary = publisher.publish(complete.getJobInstanceId(), request, prepared.parameters().rulesetVersion());
        complete.getExecutionContext().putString(CeremonyBatchJob.SUMMARY, Json.mapper().writeValueAsString(summary));
        if (request.letters()) {
            complete.getExecutionContext().putString(CeremonyBatchJob.LETTERS_WRITTEN, "true");
        }
        jobRepository.updateExecutionContext(complete);
        return summary;
    }

    private static boolean lettersWritten(JobExecution execution) {
        return execution.getExecutionContext().containsKey(CeremonyBatchJob.LETTERS_WRITTEN);
    }

    private JobExecution launch(JobOperator operator, Prepared prepared) {
        try {
            progress.start(countRows(prepared.parameters().request().input()), prepared.rowsAlreadyDone());
            JobExecution execution = operator.start(job, prepared.parameters().toJobParameters());
            ownExecutions.add(execution.getId());
            return execution;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the batch: " + e.getMessage(), e);
        }
    }

    private Prepared prepare(BatchRequest request) {
        if (!Files.isRegularFile(request.input()) || !Files.isReadable(request.input())) {
            throw new BatchInputException("cannot read the input " + request.input());
        }
        String name = request.input().getFileName().toString().toLowerCase();
        if (!name.endsWith(".csv") && !name.endsWith(".jsonl")) {
            throw new BatchInputException("the input must be a .csv or a .jsonl file, not " + request.input());
        }
        BatchParameters parameters = new BatchParameters(request, sha256(request.input()), rules.get().version());
        JobInstance instance = jobRepository.getJobInstance(CeremonyBatchJob.JOB_NAME, parameters.toJobParameters());
        if (instance == null) {
            return new Prepared(parameters, null, null, false, 0);
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return new Prepared(parameters, last, null, false, 0);
        }
        if (last != null && last.isRunning()) {
            if (ownExecutions.contains(last.getId())) {
                return new Prepared(parameters, null, last, false, 0);
            }
            // left "running" by a process that was killed: mark it failed so that it can be restarted
            log.info("Batch {} was interrupted (execution {}): resuming after its last committed chunk",
                    instance.getInstanceId(), last.getId());
            jobOperator.recover(last);
        }
        return new Prepared(parameters, null, null, true, rows.count(instance.getInstanceId()));
    }

    private Optional<BatchSummary> summaryOf(JobExecution execution) {
        String json = execution.getExecutionContext().getString(CeremonyBatchJob.SUMMARY, null);
        return json == null ? Optional.empty() : Optional.of(Json.mapper().readValue(json, BatchSummary.class));
    }

    /** Rows in the input, for progress: non-blank lines, less the CSV header. */
    static long countRows(Path input) {
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            long lines = reader.lines().filter(line -> !line.isBlank()).count();
            return InputRowReader.isCsv(input) ? Math.max(0, lines - 1) : lines;
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new BatchInputException("cannot read the input " + file + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Prepared(BatchParameters parameters, JobExecution complete, JobExecution running, boolean resumed,
            long rowsAlreadyDone) {
    }

    /** What a run came to: its summary, and whether it resumed a killed run or found the run already done. */
    public record BatchOutcome(BatchSummary summary, boolean resumed, boolean alreadyComplete) {
    }

    /**
     * A batch as the HTTP API shows it.
     *
     * @param letters true once letters/ under {@code out} holds the letter of every decided row
     */
    public record BatchView(long batchId, long executionId, String status, String kind, String input, String out,
            // Spring Batch keeps the service's local time without an offset: not an OpenAPI date-time, which
            // needs one (a generated client refuses the value otherwise)
            Long budgetHkd,
            @Schema(description = "true once letters/ under out holds the letter of every decided row")
            boolean letters,
            long totalRows, long rowsDone,
            @Schema(type = "string", example = "2026-12-02T14:57:20.633", description = "the service's local time, without offset")
            java.time.LocalDateTime startedAt,
            @Schema(type = "string", example = "2026-12-02T14:57:31.210", description = "the service's local time, without offset")
            java.time.LocalDateTime endedAt,
            BatchSummary summary) {
    }
}
