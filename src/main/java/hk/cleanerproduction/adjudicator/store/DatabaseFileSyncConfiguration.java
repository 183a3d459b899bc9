package hk.cleanerproduction.adjudicator.store;

import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Runs {@link DatabaseFileSync} for the application's file database while the application runs. */
@Component
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
