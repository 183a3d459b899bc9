package hk.cleanerproduction.adjudicator.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does the slow file work of the embedded database's checkpoints in the background, where no request
 * waits for it. Every {@code interval}, from its own thread and without any database lock:
 *
 * <ul>
 * <li>it flushes the data and log files to disk. At each checkpoint HSQLDB syncs its data file while
 * every session waits; Linux keeps written pages in memory for up to 30 s, so that sync had tens of MB
 * to write and stopped every request for 150 to 500 ms, several times a minute under load. Synced a
 * little at a time, the checkpoint has little left to write.
 * <li>it holds a second name (a hard link, {@code <database>.log.held}) for the current log file. Each
 * checkpoint deletes the log while every session waits, and on ext4 deleting a file that is already on
 * disk frees its blocks there and then: ~1 ms per MB, 250 ms for the 200 MB log (measured with
 * {@code rm}). With the second name the checkpoint's delete only removes a name; the blocks are freed
 * here when the held name is deleted, after the checkpoint.
 * </ul>
 *
 * <p>It changes no data: it only brings writes to disk sooner and frees an old log later. HSQLDB never
 * reads the held name; one left by a crash is deleted on the next start.
 */
public final class DatabaseFileSync implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFileSync.class);
    private static final Pattern FILE_URL = Pattern.compile("^jdbc:hsqldb:file:([^;]+)");

    private final List<Path> files;
    private final Path logFile;
    private final Path heldLog;
    private final ScheduledExecutorService timer;

    private DatabaseFileSync(Path database, Duration interval) {
        this.logFile = Path.of(database + ".log");
        this.heldLog = Path.of(database + ".log.held");
        this.files = List.of(Path.of(database + ".data"), logFile);
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "database-file-sync");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::run, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        syncAll();
        holdLog();
    }

    /** Starts syncing when {@code jdbcUrl} names an HSQLDB file database; nothing to do for others. */
    public static Optional<DatabaseFileSync> start(String jdbcUrl, Duration interval) {
        return database(jdbcUrl).map(database -> new DatabaseFileSync(database, interval));
    }

    static Optional<Path> database(String jdbcUrl) {
        Matcher m = FILE_URL.matcher(jdbcUrl == null ? "" : jdbcUrl);
        return m.find() ? Optional.of(Path.of(m.group(1)).toAbsolutePath().normalize()) : Optional.empty();
    }

    List<Path> files() {
        return files;
    }

    void syncAll() {
        for (Path file : files) {
            // opened each time: HSQLDB deletes and recreates its log at every checkpoint
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.force(false);
            } catch (NoSuchFileException gone) {
                // not created yet, or between a checkpoint's delete and re-create: next time
            } catch (IOException e) {
                log.debug("could not sync {}: {}", file, e.getMessage());
            }
        }
    }

    /** Keeps {@code heldLog} a second name of the current log, and deletes it once the log was replaced. */
    void holdLog() {
        try {
            if (Files.exists(heldLog) && !(Files.exists(logFile) && Files.isSameFile(heldLog, logFile))) {
                Files.delete(heldLog); // the checkpoint's old log: its blocks are freed now, here
            }
            if (!Files.exists(heldLog) && Files.exists(logFile)) {
                Files.createLink(heldLog, logFile);
            }
        } catch (NoSuchFileException | FileAlreadyExistsException raced) {
            // a checkpoint replaced the log meanwhile: next time
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("could not hold {}: {}", logFile, e.getMessage());
        }
    }

    Path heldLog() {
        return heldLog;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            Files.deleteIfExists(heldLog);
        } catch (IOException e) {
            log.warn("could not delete {}: {}", heldLog, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
