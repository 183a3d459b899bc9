package hk.cleanerproduction.adjudicator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseFileSyncTests {

    @Test
    void syncsTheDataAndLogFilesOfAFileDatabaseOnly() {
        assertThat(DatabaseFileSync.database("jdbc:hsqldb:file:/srv/adjudicator/data/adjudicator;shutdown=true"))
                .contains(Path.of("/srv/adjudicator/data/adjudicator"));
        assertThat(DatabaseFileSync.database("jdbc:hsqldb:mem:tests;shutdown=true")).isEmpty();
        assertThat(DatabaseFileSync.start("jdbc:hsqldb:mem:tests", Duration.ofMillis(100))).isEmpty();
    }

    @Test
    void missingFilesAreLeftForTheNextRound(@TempDir Path dir) throws Exception {
        try (DatabaseFileSync sync = DatabaseFileSync.start("jdbc:hsqldb:file:" + dir.resolve("db"), Duration.ofHours(1))
                .orElseThrow()) {
            assertThat(sync.files()).containsExactly(dir.resolve("db.data"), dir.resolve("db.log"));
            sync.syncAll(); // neither file exists yet: no error

            Files.writeString(dir.resolve("db.log"), "INSERT ...");
            sync.syncAll();
            assertThat(dir.resolve("db.log")).hasContent("INSERT ...");
        }
    }
}
