package hk.cleanerproduction.adjudicator.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
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
 * Flushes the embedded database's data and log files to disk in the background, a little at a time.
 *
 * <p>Why: at each checkpoint HSQLDB syncs its data file while every session waits. Linux keeps written
 * pages in memory for up to 30 s before writing them back, so that sync had tens of MB to write and
 * stopped every request for 150 to 500 ms, several times a minute under load (the service's p99
 * latency). Syncing the same files every {@code interval} from another thread, without any database
 * lock, leaves the checkpoint little to write. It changes no data and only brings writes to disk
 * sooner.
 */
public final class DatabaseFileSync implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFileSync.class);
    private static final Pattern FILE_URL = Pattern.compile("^jdbc:hsqldb:file:([^;]+)");

    private final List<Path> files;
    private final ScheduledExecutorService timer;

    private DatabaseFileSync(Path database, Duration interval) {
        this.files = List.of(Path.of(database + ".data"), Path.of(database + ".log"));
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "database-file-sync");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::syncAll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
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

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
