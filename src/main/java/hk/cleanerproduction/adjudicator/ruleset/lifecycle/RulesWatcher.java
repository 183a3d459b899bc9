package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the rules directory tree and asks for a reload once the files have been quiet for the
 * debounce time (an editor's save is several events; a copied folder, many). Folders created later
 * are watched too.
 */
public class RulesWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

    private final RulesetReloader reloader;
    private final Duration debounce;
    private volatile WatchService watchService;
    private volatile Thread thread;

    public RulesWatcher(RulesetReloader reloader, Duration debounce) {
        this.reloader = reloader;
        this.debounce = debounce;
    }

    @Override
    public void start() {
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(reloader.rulesDir());
        } catch (IOException e) {
            log.error("Cannot watch {}: changes are picked up only by POST /api/v1/ruleset/reload", reloader.rulesDir(), e);
            return;
        }
        thread = new Thread(this::watch, "rules-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for rule changes (debounce {} ms)", reloader.rulesDir(), debounce.toMillis());
    }

    private void watch() {
        long lastEventNanos = 0;
        boolean pending = false;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                WatchKey key = watchService.poll(50, TimeUnit.MILLISECONDS);
                if (key != null) {
                    Path dir = (Path) key.watchable();
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.kind() == ENTRY_CREATE && event.context() instanceof Path p && Files.isDirectory(dir.resolve(p))) {
                            registerTree(dir.resolve(p));
                        }
                        // any event, OVERFLOW included (events were lost): read the whole directory again
                        pending = true;
                        lastEventNanos = System.nanoTime();
                    }
                    key.reset();
                }
                if (pending && System.nanoTime() - lastEventNanos >= debounce.toNanos()) {
                    pending = false;
                    reloader.reload("file change");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.nio.file.ClosedWatchServiceException e) {
                return;
            } catch (IOException | RuntimeException e) {
                log.error("Rules watcher: {}", e.toString(), e);
            }
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    @Override
    public void stop() {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        try {
            if (watchService != null) {
                watchService.close();
            }
        } catch (IOException e) {
            log.debug("closing the watch service", e);
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
