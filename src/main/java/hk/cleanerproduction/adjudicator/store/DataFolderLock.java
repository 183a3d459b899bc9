package hk.cleanerproduction.adjudicator.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One process at a time on an embedded file database: held by {@code serve} and {@code batch} for as long
 * as they run, so that a second process on the same folder is refused at once, in one line that says
 * who holds it, instead of waiting on HSQLDB's own lock and failing with a long trace. The operating
 * system lets go of it when the process ends, even after {@code kill -9}.
 */
public final class DataFolderLock {

    private static final Pattern FILE_URL = Pattern.compile("^jdbc:hsqldb:file:([^;]+)");
    private static final String DEFAULT_URL = "jdbc:hsqldb:file:./data/adjudicator";

    /** Thrown when another process holds the folder. */
    public static final class InUseException extends Exception {
        public InUseException(String message) {
            super(message);
        }
    }

    /** Kept reachable for the life of the process: a channel the collector cleans up lets go of its lock. */
    private static final java.util.List<DataFolderLock> HELD = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the embedded database at {@code url} (null: {@code spring.datasource.url} as a Java
     * property or as {@code SPRING_DATASOURCE_URL}, else the default under ./data), or nothing for a
     * database server, which takes any number of processes.
     *
     * @param what how this process is named to a second one, e.g. "adjudicator serve"
     */
    public static Optional<DataFolderLock> forDatabase(String url, String what) throws InUseException, IOException {
        if (url == null) {
            url = System.getProperty("spring.datasource.url", System.getenv().getOrDefault("SPRING_DATASOURCE_URL", DEFAULT_URL));
        }
        Matcher file = FILE_URL.matcher(url);
        if (!file.find()) {
            return Optional.empty();
        }
        Path database = Path.of(file.group(1)).toAbsolutePath().normalize();
        return Optional.of(acquire(database.getParent(), what));
    }

    /** Takes the lock of {@code folder}, or says who has it. */
    public static DataFolderLock acquire(Path folder, String what) throws InUseException, IOException {
        Files.createDirectories(folder);
        Path owner = folder.resolve("adjudicator.owner");
        FileChannel channel = FileChannel.open(owner, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(owner, StandardCharsets.UTF_8).trim();
            channel.close();
            throw new InUseException(folder + " is in use by " + (holder.isEmpty() ? "another process" : holder)
                    + ": stop it first, or give this command a database of its own (SPRING_DATASOURCE_URL, e.g. PostgreSQL).");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + " (" + what + ", started "
                + Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()) + ")").getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        DataFolderLock held = new DataFolderLock(channel, lock);
        HELD.add(held);
        return held;
    }

    /** Lets go (the end of the process does the same). */
    public void release() throws IOException {
        HELD.remove(this);
        lock.release();
        channel.close();
    }
}
