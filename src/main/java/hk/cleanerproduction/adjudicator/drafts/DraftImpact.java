package hk.cleanerproduction.adjudicator.drafts;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.impact.DecisionChange;
import hk.cleanerproduction.adjudicator.impact.Impact;
import hk.cleanerproduction.adjudicator.impact.ImpactReport;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.CheckReport;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetGate;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The impact of a draft, as {@code ./adjudicator impact} gives it: every input of a data set decided under the
 * active ruleset and under the draft (which must pass the gate, as the command's candidate must), every
 * changed decision with both decisions' reasons, and the totals. The data sets are the CSV and JSONL files
 * under {@code adjudicator.workbench.data-sets} (test-data), or a file the officer uploads.
 */
@Component
class DraftImpact {

    /** Changed rows answered by default; the totals always count them all. */
    static final int DEFAULT_ROWS = 1000;

    private final DraftService drafts;
    private final RulesetGate gate;
    private final ActiveRuleset active;
    private final Path dataSets;
    private final Clock clock;

    DraftImpact(DraftService drafts, RulesetGate gate, ActiveRuleset active,
            @Value("${adjudicator.workbench.data-sets:test-data}") Path dataSets, Clock clock) {
        this.drafts = drafts;
        this.gate = gate;
        this.active = active;
        this.dataSets = dataSets;
        this.clock = clock;
    }

    /** The data sets an officer may pick: paths relative to the working folder, e.g. test-data/funding/applications.csv. */
    List<String> dataSets() {
        if (!Files.isDirectory(dataSets)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dataSets)) {
            return files.filter(Files::isRegularFile).filter(DraftImpact::isDataSet).map(p -> p.toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Impact on a data set named by its path (one of {@link #dataSets()}). */
    Answer onDataSet(String user, long id, String kind, String input, Integer rows) {
        DecisionKind decisionKind = kind(kind);
        if (input == null || input.isBlank()) {
            throw DraftException.badInput("input", "name a data set, e.g. test-data/funding/applications.csv");
        }
        Path root = dataSets.toAbsolutePath().normalize();
        Path file = Path.of(input).toAbsolutePath().normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file) || !isDataSet(file)) {
            throw DraftException.badInput("input", "'" + input + "' is not a data set (a .csv or .jsonl file under " + dataSets + ")");
        }
        return run(user, id, decisionKind, file, input, rows);
    }

    /**
     * Impact on an uploaded CSV (columns are the JSON paths) or JSON Lines file, copied to a temporary file
     * as it arrives (at most {@code maxBytes}) and decided from there, so that the upload is never held in memory.
     */
    Answer onUpload(String user, long id, String kind, String fileName, InputStream content, long maxBytes, Integer rows)
            throws IOException {
        DecisionKind decisionKind = kind(kind);
        String suffix = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? ".csv" : ".jsonl";
        Path upload = Files.createTempFile("impact-upload-", suffix);
        try {
            try (OutputStream out = Files.newOutputStream(upload)) {
                content.transferTo(new BoundedOutputStream(out, maxBytes));
            }
            return run(user, id, decisionKind, upload, fileName == null ? "upload" + suffix : fileName, rows);
        } finally {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException e) {
                upload.toFile().deleteOnExit();
            }
        }
    }

    /** Stops a copy as soon as it passes its limit, so that an endless upload does not fill the disk. */
    private static final class BoundedOutputStream extends FilterOutputStream {

        private final long max;
        private long written;

        BoundedOutputStream(OutputStream out, long max) {
            super(out);
            this.max = max;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            written += length;
            if (written > max) {
                throw DraftException.tooLarge(max);
            }
            out.write(bytes, offset, length);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }

    private Answer run(String user, long id, DecisionKind kind, Path file, String name, Integer rows) {
        drafts.draft(id);
        Instant start = clock.instant();
        CheckReport report = gate.check(drafts.directory(id));
        if (!report.passed()) {
            throw new DraftException(HttpStatus.UNPROCESSABLE_CONTENT, "The draft does not pass the gate",
                    "Draft " + id + " must pass its check before its impact can be shown (" + report.problems().size() + " problem(s)).")
                    .with("problems", report.problems().stream().map(p -> CheckAnswer.relative(p.toString(), "draft-" + id + "/")).toList());
        }
        Ruleset candidate = report.ruleset().get();
        try {
            int shown = rows == null ? DEFAULT_ROWS : Math.max(0, rows);
            ImpactReport impact = new Impact().run(kind, active.get(), candidate, file, shown, change -> { });
            return Answer.of(name, impact, Duration.between(start, clock.instant()));
        } catch (IOException e) {
            throw DraftException.badInput("input", name + " cannot be read: " + e.getMessage());
        } finally {
            candidate.close();
        }
    }

    private static DecisionKind kind(String kind) {
        if ("funding".equalsIgnoreCase(kind)) {
            return DecisionKind.FUNDING;
        }
        if ("recognition".equalsIgnoreCase(kind)) {
            return DecisionKind.RECOGNITION;
        }
        throw DraftException.badInput("kind", "is funding or recognition");
    }

    private static boolean isDataSet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".jsonl");
    }

    /** The impact as the API answers it: counts, totals before and after, and the changed rows (up to a limit). */
    record Answer(String input, String activeVersion, String candidateVersion, int decided, int changed, int unchanged, int bad,
            Totals totals, List<Row> rows, int rowsShown, List<String> badRows, long tookMillis) {

        static Answer of(String input, ImpactReport report, Duration took) {
            List<Row> rows = report.changes().stream().map(Row::of).toList();
            Totals totals = new Totals(report.outcomesBefore(), report.outcomesAfter(), report.transitions(), report.grantBefore(),
                    report.grantAfter(), report.grantAfter() - report.grantBefore());
            return new Answer(input, report.activeVersion(), report.candidateVersion(), report.decided(), report.changed(),
                    report.decided() - report.changed(), report.badRows().size(), totals, rows, rows.size(), report.badRows(),
                    took.toMillis());
        }
    }

    /** Outcomes before and after, how many moved from one to another, and the budget effect in whole HK$. */
    record Totals(Map<String, Integer> before, Map<String, Integer> after, Map<String, Integer> transitions, long grantBeforeHkd,
            long grantAfterHkd, long grantChangeHkd) {
    }

    /** One changed decision: the row of the input, both decisions and what differs. */
    record Row(int row, String subjectId, List<String> differences, Side before, Side after) {

        static Row of(DecisionChange change) {
            return new Row(change.row(), change.subjectId(), change.differences(), Side.of(change.active()), Side.of(change.candidate()));
        }
    }

    record Side(String outcome, Long grantHkd, String level, List<Reason> reasons) {

        static Side of(Decision decision) {
            return new Side(decision.outcome(), decision.grantHkd(), decision.level(), decision.reasons());
        }
    }
}
