package hk.cleanerproduction.adjudicator.recognition;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import hk.cleanerproduction.adjudicator.testing.Decider;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;

import static hk.cleanerproduction.adjudicator.recognition.SampleNomination.sample;
import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The score bands are a spreadsheet a policy officer reads and edits: one row per category, the least
 * score for each level in plain columns, and an edit takes effect the next time the rules are built.
 */
class ScoreBandsSpreadsheetTests {

    static final String FILE_NAME = "score-bands.drl.xlsx";
    static final Path SPREADSHEET = FixtureRules.DIR.resolve("recognition/parameters").resolve(FILE_NAME);

    static List<List<String>> rows(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 6; c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void aPolicyOfficerSeesOneRowPerCategoryWithTheLeastScoreForEachLevel() throws IOException {
        List<List<String>> rows = rows(SPREADSHEET);
        assertThat(rows).contains(
                List.of("Rule", "Category", "From", "To", "Partner: score at least", "Excellent Partner: score at least"),
                List.of("R-MAN-1 and R-MAN-2 manufacturing enterprises [A]", "MANUFACTURING", "2009-08-01", "", "60", "80"),
                List.of("R-SRC-1 sourcing enterprises [A]", "SOURCING", "2009-08-01", "", "60", ""),
                List.of("R-ETS-1 environmental technology service providers [A]", "ET_SERVICE_PROVIDER", "2010-01-01", "", "60", ""));
        try (InputStream in = Files.newInputStream(SPREADSHEET); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("Score bands");
            // both date conditions test the one CeremonyDate fact: a real merged cell, as Drools needs
            assertThat(sheet.getMergedRegions()).containsExactly(new CellRangeAddress(6, 6, 2, 3));
        }
    }

    @Test
    void anEditedBandDecidesTheNextBuildWithoutARebuildOfTheApplication(@TempDir Path dir) throws Exception {
        Path rules = RulesCopy.of(dir).root();
        Path copy = rules.resolve("recognition/parameters").resolve(FILE_NAME);
        Workbook workbook;
        try (InputStream in = Files.newInputStream(copy)) {
            workbook = WorkbookFactory.create(in);
        }
        workbook.getSheetAt(0).getRow(9).getCell(5).setCellValue(86); // Excellent Partner (manufacturing): 80 -> 86
        try (OutputStream out = Files.newOutputStream(copy)) {
            workbook.write(out);
        }
        workbook.close();

        Ruleset edited = new RulesetLoader(1).load(rules);
        try {
            Decider adjudicator = Decider.recognition(() -> edited, Clock.systemUTC());
            assertThat(adjudicator.decide(sample().withScore(85).read()).level()).isEqualTo("PARTNER");
            assertThat(adjudicator.decide(sample().withScore(86).read()).level()).isEqualTo("EXCELLENT_PARTNER");
        } finally {
            edited.close();
        }
    }
}
