package hk.cleanerproduction.adjudicator.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The input's rows, each already decided, in input order. Rows are decided ahead on the deciding threads,
 * up to {@code ahead} of them, so that those threads go on deciding the next chunk while the step stores
 * the one before; deciding a chunk and then storing it, the threads waited while it was stored.
 *
 * <p>Restartable as the input reader is: the count saved with each committed chunk is the count of rows
 * handed on, never of rows decided ahead, so a run killed at any moment resumes at the first row not
 * stored and decides the rows it had decided ahead again.
 */
class DecidingRowReader extends AbstractItemCountingItemStreamItemReader<RowResult> {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final InputRowReader rows;
    private final RowDecider decider;
    private final int threads;
    private final int ahead;
    private final Deque<Future<RowResult>> decided = new ArrayDeque<>();
    private ExecutorService deciding;
    private boolean rowsLeft;

    DecidingRowReader(InputRowReader rows, RowDecider decider, int threads, int ahead) {
        this.rows = rows;
        this.decider = decider;
        this.threads = threads;
        this.ahead = ahead;
        setName("input"); // the same key as the input reader's own count: a run started before resumes where it was
    }

    @Override
    public void open(ExecutionContext context) {
        rows.open(context); // skips the rows the saved count says are stored: it reads the same count
        super.open(context);
    }

    @Override
    protected void doOpen() {
        deciding = Executors.newFixedThreadPool(threads, daemonThreads());
        rowsLeft = true;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        // nothing to skip here: the input reader has skipped those rows when it was opened
    }

    @Override
    protected RowResult doRead() throws Exception {
        while (rowsLeft && decided.size() < ahead) {
            InputRow row = rows.read();
            if (row == null) {
                rowsLeft = false;
            } else {
                decided.add(deciding.submit(() -> decider.process(row)));
            }
        }
        Future<RowResult> next = decided.poll();
        if (next == null) {
            return null;
        }
        try {
            return next.get();
        } catch (ExecutionException e) {
            // RowDecider reports bad input as a bad row: what reaches here is a fault, and stops the run
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    protected void doClose() {
        decided.forEach(future -> future.cancel(true));
        decided.clear();
        if (deciding != null) {
            deciding.shutdownNow();
            deciding = null;
        }
        rows.close();
    }

    private static ThreadFactory daemonThreads() {
        return task -> {
            Thread thread = new Thread(task, "batch-decide-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
