package hk.cleanerproduction.adjudicator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;
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

    @Test
    void holdsTheLogUnderASecondNameUntilACheckpointReplacesIt(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("db.log");
        try (DatabaseFileSync sync = DatabaseFileSync.start("jdbc:hsqldb:file:" + dir.resolve("db"), Duration.ofHours(1))
                .orElseThrow()) {
            Files.writeString(log, "INSERT 1");
            sync.holdLog();
            assertThat(Files.isSameFile(sync.heldLog(), log)).isTrue();

            // a checkpoint: HSQLDB deletes the log (now only a name) and starts a new one
            Files.delete(log);
            Files.writeString(log, "INSERT 2");
            sync.holdLog();

            assertThat(sync.heldLog()).hasContent("INSERT 2");
            assertThat(Files.isSameFile(sync.heldLog(), log)).isTrue();
            try (Stream<Path> files = Files.list(dir)) { // the old log has no name left: it is freed
                assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("db.log", "db.log.held");
            }
        }
        assertThat(dir.resolve("db.log.held")).as("let go on close").doesNotExist();
        assertThat(log).hasContent("INSERT 2");
    }

    @Test
    void aDatabaseCheckpointingWhileItsLogIsHeldLosesNothing(@TempDir Path dir) throws Exception {
        String url = "jdbc:hsqldb:file:" + dir.resolve("db") + ";hsqldb.default_table_type=cached";
        try (DatabaseFileSync sync = DatabaseFileSync.start(url, Duration.ofMillis(5)).orElseThrow();
                Connection db = DriverManager.getConnection(url, "SA", "");
                Statement sql = db.createStatement()) {
            sql.execute("create table note (id int primary key, text varchar(100))");
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < 50; i++) {
                    sql.execute("insert into note values (" + (round * 50 + i) + ", 'round " + round + "')");
                }
                Thread.sleep(10); // let the sync thread hold this log
                sql.execute("checkpoint");
            }
            sql.execute("insert into note values (1000, 'after the last checkpoint, only in the log')");
            sql.execute("shutdown immediately"); // as a crash: the last insert must come back from the log
        }
        try (Connection db = DriverManager.getConnection(url + ";shutdown=true", "SA", "");
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from note")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1001);
        }
    }
}
