package hk.cleanerproduction.adjudicator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hk.cleanerproduction.adjudicator.cli.AdjudicatorCli;
import hk.cleanerproduction.adjudicator.testing.ConsoleCapture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** One process at a time on the embedded database: a second is refused at once, in one line naming the first. */
class DataFolderLockTests {

    @TempDir
    Path temp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void aSecondHolderIsRefusedNamingTheFirstAndMayTakeItOnceLetGo() throws Exception {
        DataFolderLock first = DataFolderLock.acquire(temp.resolve("data"), "adjudicator serve on port 8080");

        assertThatThrownBy(() -> DataFolderLock.acquire(temp.resolve("data"), "adjudicator batch"))
                .isInstanceOf(DataFolderLock.InUseException.class)
                .hasMessageContaining("is in use by process " + ProcessHandle.current().pid() + " (adjudicator serve on port 8080")
                .hasMessageContaining("stop it first");

        first.release();
        DataFolderLock.acquire(temp.resolve("data"), "adjudicator batch").release();
    }

    @Test
    void aBatchOnADatabaseInUseStopsAtOnceWithOneLine() throws Exception {
        Path data = temp.resolve("data");
        DataFolderLock serving = DataFolderLock.acquire(data, "adjudicator serve on port 8080");
        String before = System.getProperty("spring.datasource.url");
        System.setProperty("spring.datasource.url", "jdbc:hsqldb:file:" + data.resolve("adjudicator") + ";shutdown=true");
        try {
            long start = System.nanoTime();
            int exit = AdjudicatorCli.run("batch", "recognition", "--input", "test-data/recognition/nominations-2024.csv",
                    "--out", temp.resolve("out").toString());

            assertThat(exit).isEqualTo(1);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
            assertThat(console.errors().lines()).hasSize(1).first().asString()
                    .contains(data.toString()).contains("is in use by process").contains("adjudicator serve on port 8080");
            assertThat(temp.resolve("out")).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty("spring.datasource.url");
            } else {
                System.setProperty("spring.datasource.url", before);
            }
            serving.release();
        }
    }
}
