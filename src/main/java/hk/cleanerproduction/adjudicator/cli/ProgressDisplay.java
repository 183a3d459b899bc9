package hk.cleanerproduction.adjudicator.cli;

import hk.cleanerproduction.adjudicator.batch.BatchProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows a batch's progress on standard error: a bar redrawn in place on a terminal, otherwise (a log,
 * a pipe) one line every few seconds.
 */
final class ProgressDisplay {

    private static final int BAR = 30;

    private final BatchProgress progress;
    private final PrintStream err;
    private final boolean terminal;
    private final long everyMillis;
    private Thread thread;

    ProgressDisplay(BatchProgress progress, PrintStream err, boolean terminal, long everyMillis) {
        this.progress = progress;
        this.err = err;
        this.terminal = terminal;
        this.everyMillis = terminal ? 250 : Math.max(100, everyMillis);
    }

    void start() {
        thread = new Thread(this::loop, "batch-progress");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (terminal && progress.total() >= 0) {
            err.println("\r" + line());
        }
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(everyMillis);
                if (progress.total() < 0) {
                    continue;
                }
                if (terminal) {
                    err.print("\r" + line());
                } else {
                    err.println("batch progress: " + line());
                }
                err.flush();
            }
        } catch (InterruptedException e) {
            // stopped
        }
    }

    private String line() {
        long total = progress.total();
        long done = Math.min(progress.done(), Math.max(total, progress.done()));
        double share = total > 0 ? Math.min(1.0, (double) done / total) : 0;
        String counts = String.format(Locale.ROOT, "%,d/%,d rows (%3.0f%%) %,.0f rows/s", done, total, share * 100, progress.rate());
        if (!terminal) {
            return counts;
        }
        int filled = (int) Math.round(share * BAR);
        return "[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + counts;
    }
}
