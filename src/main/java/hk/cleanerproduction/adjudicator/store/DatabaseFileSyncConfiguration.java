package hk.cleanerproduction.adjudicator.store;

import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Runs {@link DatabaseFileSync} for the service's file database. Only in the service, where it keeps
 * request latency steady: a command-line batch wants throughput, not short checkpoints, and would
 * have its ~300 MB of writes synced every 100 ms.
 */
@Component
@ConditionalOnWebApplication
class DatabaseFileSyncConfiguration implements DisposableBean {

    private final Optional<DatabaseFileSync> sync;

    DatabaseFileSyncConfiguration(@Value("${spring.datasource.url:}") String url,
            @Value("${adjudicator.database.sync-interval:100ms}") Duration interval) {
        this.sync = interval.isZero() ? Optional.empty() : DatabaseFileSync.start(url, interval);
    }

    @Override
    public void destroy() {
        sync.ifPresent(DatabaseFileSync::close);
    }
}
