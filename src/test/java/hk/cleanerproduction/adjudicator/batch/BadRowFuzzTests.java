package hk.cleanerproduction.adjudicator.batch;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.cli.AdjudicatorCli;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.recognition.SampleNomination;
import hk.cleanerproduction.adjudicator.testing.BadInputs;
import hk.cleanerproduction.adjudicator.testing.ConsoleCapture;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import hk.cleanerproduction.adjudicator.testing.FixtureRuleset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.JsonNode;

/**
 * The same bad and odd inputs as over HTTP, through the batch readers (JSON Lines and CSV, row by row as
 * a batch decides them) and the command line's path: every bad row or input is answered with named fields,
 * nothing throws, no answer shows a stack trace or class name.
 */
class BadRowFuzzTests {

    static final int JSONL_ROWS = 1_500;
    static final int CSV_ROWS = 1_000;
    static final int DECIDE_INPUTS = 1_500;
    private static final long SEED = Long.getLong("adjudicator.fuzz.seed", 20_261_202L);

    @RegisterExtension
    static final FixtureRuleset RULES = new FixtureRuleset();

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path temp;

    private final Adjudication adjudication = new Adjudication(Clock.systemUTC());
    private final List<String> failures = new ArrayList<>();

    @Test
    void everyBadRowOfAJsonLinesOrCsvBatchIsNamedAndNoRowThrows() throws Exception {
        BadInputs inputs = new BadInputs(SEED);
        JsonNode[] goods = {SampleApplication.sample().tree(), SampleNomination.sample().tree()};
        int bad = 0;
        for (int which = 0; which < 2; which++) {
            Path file = temp.resolve("rows-" + which + ".jsonl");
            ByteArrayOutputStream lines = new ByteArrayOutputStream();
            for (int i = 0; i < JSONL_ROWS / 2; i++) {
                byte[] row = inputs.next(goods[which]);
                // one input per line: a line break inside a value would only start another row
                for (byte b : row) {
                    lines.write(b == '\n' || b == '\r' ? ' ' : b);
                }
                lines.write('\n');
            }
            Files.write(file, lines.toByteArray());
            bad += decideEveryRow(which == 0 ? BatchKind.FUNDING : BatchKind.RECOGNITION, file);
        }
        Path csv = temp.resolve("nominations.csv");
        Files.write(csv, badCsv(Path.of("test-data/recognition/nominations-2024.csv"), new SplittableRandom(SEED)));
        bad += decideEveryRow(BatchKind.RECOGNITION, csv);

        System.out.printf("bad-row fuzz (seed %d): %d JSON Lines rows and %d CSV rows, %d bad%n", SEED, JSONL_ROWS, CSV_ROWS, bad);
        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(bad).isGreaterThan((JSONL_ROWS + CSV_ROWS) / 3);
    }

    /** Reads and decides every row as the batch does; returns the number of bad rows. */
    private int decideEveryRow(BatchKind kind, Path file) throws Exception {
        InputRowReader reader = new InputRowReader(file, kind.listColumns());
        reader.open(new ExecutionContext());
        RowDecider decider = new RowDecider(kind == BatchKind.FUNDING ? DecisionKind.FUNDING : DecisionKind.RECOGNITION,
                adjudication, RULES.get());
        int bad = 0;
        try {
            for (InputRow row = reader.read(); row != null; row = reader.read()) {
                RowResult result;
                try {
                    result = decider.process(row);
                } catch (RuntimeException e) {
                    failures.add(file.getFileName() + " row " + row.rowNumber() + " threw " + e);
                    continue;
                }
                if (result.isBad()) {
                    bad++;
                    checkErrors(file.getFileName() + " row " + row.rowNumber(), result.errors());
                }
            }
        } finally {
            reader.close();
        }
        return bad;
    }

    @Test
    void everyBadInputToDecideIsNamedAndNothingElseReachesTheUser() throws IOException {
        BadInputs inputs = new BadInputs(SEED + 1);
        JsonNode[] goods = {SampleApplication.sample().tree(), SampleNomination.sample().tree()};
        DecisionKind[] kinds = {DecisionKind.FUNDING, DecisionKind.RECOGNITION};
        int bad = 0;
        for (int i = 0; i < DECIDE_INPUTS; i++) {
            // decide reads its file as UTF-8 text, as here, and decides it as here (cli.DecideCommand)
            String text = new String(inputs.next(goods[i % 2]), StandardCharsets.UTF_8);
            try {
                adjudication.decide(RULES.get(), kinds[i % 2], text);
            } catch (InvalidInputException e) {
                bad++;
                checkErrors("decide #" + i, e.errors());
            } catch (RuntimeException e) {
                failures.add("decide #" + i + " threw " + e + " on " + (text.length() > 200 ? text.substring(0, 200) : text));
            }
        }
        // and the command itself, end to end, on two of them
        Path file = temp.resolve("bad.json");
        Files.write(file, SampleNomination.sample().with("enterprise.region", "FUJIAN").with("awardYear", "soon").json()
                .getBytes(StandardCharsets.UTF_8));
        int exit = AdjudicatorCli.run(new String[] {"decide", "recognition", file.toString(), "--rules", FixtureRules.DIR.toString()});
        Files.write(file, new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'});
        int exitOnBytes = AdjudicatorCli.run(new String[] {"decide", "funding", file.toString(), "--rules", FixtureRules.DIR.toString()});

        assertThat(console.output()).as("nothing decided, nothing on standard output").isEmpty();
        System.out.printf("decide fuzz (seed %d): %d inputs, %d bad, and 2 through the command%n", SEED + 1, DECIDE_INPUTS, bad);
        assertThat(failures).as("seed " + (SEED + 1)).isEmpty();
        assertThat(exit).isEqualTo(2);
        assertThat(exitOnBytes).isEqualTo(2);
        assertThat(console.errors()).contains("awardYear:").contains("enterprise.region:")
                .doesNotContainPattern(BadInputs.INTERNALS.pattern());
    }

    private void checkErrors(String where, List<FieldError> errors) {
        if (errors.isEmpty()) {
            failures.add(where + ": bad without a named field");
        }
        for (FieldError error : errors) {
            if (error.field() == null || error.field().isBlank() || error.message() == null || error.message().isBlank()) {
                failures.add(where + ": a bad field without a name or message: " + error);
            } else if (BadInputs.INTERNALS.matcher(error.message()).find()) {
                failures.add(where + ": internals in " + error);
            }
        }
    }

    /** The nominations with cells emptied, replaced by odd values, given extra commas or quotes. */
    private static byte[] badCsv(Path good, SplittableRandom random) throws IOException {
        List<String> lines = Files.readAllLines(good, StandardCharsets.UTF_8);
        String[] odd = {"", " ", "null", "-1", "1e308", "99999999999999999999", "2025-02-30", "yes", "FUJIAN", "\"", "\"\"",
                "a,b", "\"x\"y", "資助", "0x10", "NaN", "=cmd|' /C calc'!A0", "1;2;x", "2024;2024", "true;false"};
        StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 0; i < CSV_ROWS; i++) {
            String[] cells = lines.get(1 + i % (lines.size() - 1)).split(",", -1);
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                cells[random.nextInt(cells.length)] = odd[random.nextInt(odd.length)];
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
