package hk.cleanerproduction.adjudicator.batch;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.funding.FundingApplication;
import hk.cleanerproduction.adjudicator.testdata.DataSetWriter;
import hk.cleanerproduction.adjudicator.testdata.FundingDataGenerator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch is restartable, tested the hard way: {@code ./adjudicator batch} in its own JVM on a file
 * database, killed with SIGKILL in the middle of deciding, then the same command again. The second run
 * resumes, and the output holds every row exactly once, the rows committed before the kill decided by
 * the first run (not again). Killed while writing its results, the same command writes them again and
 * stores each final decision once.
 */
class KilledBatchResumesTests {

    private static final int ROWS = 6_000;
    private static final Pattern PROGRESS = Pattern.compile("batch progress: ([\\d,]+)/");

    @TempDir
    Path work;

    @Test
    void aBatchKilledMidRunResumesAndWritesEveryRowExactlyOnce() throws Exception {
        List<FundingApplication> applications = new FundingDataGenerator(7).generate(ROWS);
        DataSetWriter.write(applications, work.resolve("applications.jsonl"), work.resolve("applications.csv"));

        Process first = batchProcess().start();
        long rowsSeenBeforeKill = waitForProgress(first);
        OffsetDateTime killedAt = OffsetDateTime.now();
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the database
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(rowsSeenBeforeKill).isBetween(1L, ROWS - 1L);
        assertThat(work.resolve("out/decisions.jsonl")).doesNotExist();

        Process second = batchProcess().redirectOutput(work.resolve("second.out").toFile()).start();
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String stdout = Files.readString(work.resolve("second.out"));
        assertThat(second.exitValue()).as(stdout).isZero();
        assertThat(stdout).contains("Resumed an interrupted run").contains("decided " + ROWS + ", bad 0");

        List<Decision> decisions = CeremonyBatchTests.decisions(work.resolve("out"));
        assertThat(decisions).extracting(Decision::subjectId)
                .containsExactlyElementsOf(applications.stream().map(FundingApplication::applicationId).toList());
        assertThat(decisions).extracting(Decision::decisionId).doesNotHaveDuplicates();
        long keptFromFirstRun = decisions.stream().filter(d -> d.decidedAt().isBefore(killedAt)).count();
        assertThat(keptFromFirstRun).isPositive().isLessThanOrEqualTo(rowsSeenBeforeKill);
    }

    @Test
    void aBatchKilledWhileWritingItsResultsWritesThemAgainAndStoresEachDecisionOnce() throws Exception {
        List<FundingApplication> applications = new FundingDataGenerator(11).generate(ROWS);
        DataSetWriter.write(applications, work.resolve("applications.jsonl"), work.resolve("applications.csv"));

        Process first = batchProcess().redirectError(work.resolve("first.err").toFile()).start();
        // the publisher stores a page's final decisions before it writes the page's lines: once lines reach
        // the file, at least one page is committed
        Path partial = work.resolve("out/.decisions.jsonl.partial");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!(Files.exists(partial) && Files.size(partial) > 0) && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(first.isAlive()).as("still writing its results").isTrue();
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(work.resolve("out/decisions.jsonl")).doesNotExist();

        Process second = batchProcess().redirectOutput(work.resolve("second.out").toFile()).start();
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String stdout = Files.readString(work.resolve("second.out"));
        assertThat(second.exitValue()).as(stdout).isZero();
        assertThat(stdout).contains("decided " + ROWS + ", bad 0");

        List<Decision> decisions = CeremonyBatchTests.decisions(work.resolve("out"));
        assertThat(decisions).extracting(Decision::subjectId)
                .containsExactlyElementsOf(applications.stream().map(FundingApplication::applicationId).toList());
        try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + work.resolve("data/adjudicator") + ";shutdown=true", "sa", "");
             ResultSet stored = db.createStatement().executeQuery(
                     "select count(*), count(distinct subject_id) from decision where batch_id is not null")) {
            assertThat(stored.next()).isTrue();
            assertThat(stored.getLong(1)).as("final decisions stored").isEqualTo(ROWS);
            assertThat(stored.getLong(2)).isEqualTo(ROWS);
        }
    }

    private ProcessBuilder batchProcess() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classPath,
                "hk.cleanerproduction.adjudicator.cli.AdjudicatorCli", "batch", "funding",
                "--input", work.resolve("applications.jsonl").toString(), "--out", work.resolve("out").toString(),
                "--rules", FixtureRules.DIR.toFile().getAbsolutePath(), "--progress-every", "0.2");
        builder.directory(work.toFile()); // the file database goes to work/data
        builder.redirectErrorStream(false);
        return builder;
    }

    /**
     * Reads the child's progress lines until two chunks (of 500) are written, so that the first is
     * committed, and returns how many rows it has written.
     */
    private static long waitForProgress(Process process) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = PROGRESS.matcher(line);
            if (m.find()) {
                long done = Long.parseLong(m.group(1).replace(",", ""));
                if (done >= 1000) {
                    return done;
                }
            }
        }
        throw new AssertionError("the batch ended before it showed any progress (exit " + process.waitFor() + ")");
    }
}
