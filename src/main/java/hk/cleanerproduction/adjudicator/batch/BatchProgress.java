package hk.cleanerproduction.adjudicator.batch;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How far the batch of this process has got, for the command's progress display (the HTTP API reads
 * the step execution's counts from the job repository instead).
 */
@Component
public class BatchProgress {

    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong resumedAt = new AtomicLong();
    private volatile long startedNanos = System.nanoTime();

    void start(long totalRows, long alreadyDone) {
        total.set(totalRows);
        done.set(alreadyDone);
        resumedAt.set(alreadyDone);
        startedNanos = System.nanoTime();
    }

    void rowsDone(long rows) {
        done.addAndGet(rows);
    }

    /** Rows in the input (-1 until a run starts). */
    public long total() {
        return total.get();
    }

    public long done() {
        return done.get();
    }

    /** Rows per second decided by this process (rows done in an earlier, killed run not counted). */
    public double rate() {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return seconds <= 0 ? 0 : (done.get() - resumedAt.get()) / seconds;
    }
}
