package hk.cleanerproduction.adjudicator.http;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The few threads on which the service runs its rules: a request thread hands its decision over and waits
 * for it. Run on the request threads, the rules' code and working memory were interleaved with Tomcat's,
 * Jackson's and the database's on the same cores and cost each decision about twice the CPU they cost
 * when run back to back (docs/performance.md). Reading the body and writing the answer stay on the
 * request thread: moved here as well, they made the service slower.
 *
 * <p>A decision's time limit starts when its rules start, so time spent waiting for a deciding thread
 * never counts against the ruleset's limit. With one thread, a decision that runs until its limit holds the
 * requests behind it back as long: a ruleset whose decisions may run long wants more threads
 * ({@code adjudicator.http.deciding-threads}).
 */
@Component
public class DecidingThreads implements DisposableBean {

    private final ExecutorService threads;

    public DecidingThreads(@Value("${adjudicator.http.deciding-threads:0}") int count) {
        int size = count > 0 ? count : defaultCount(Runtime.getRuntime().availableProcessors());
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(size, task -> {
            Thread thread = new Thread(task, "decider-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One for every two cores: the others serve HTTP and run the database's writer. */
    static int defaultCount(int cores) {
        return Math.max(1, cores / 2);
    }

    /** Runs {@code decision} on a deciding thread and returns what it returns, or throws what it throws. */
    public <T> T decide(Supplier<T> decision) {
        Future<T> result = threads.submit(decision::get);
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the decision", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
