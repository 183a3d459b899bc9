package hk.cleanerproduction.adjudicator.recognition;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the default score-band spreadsheet, {@code rules/recognition/parameters/score-bands.drl.xlsx}
 * (R-MAN-1/2, R-SRC-1, R-ETS-1 [A]): one row per category and period, with the least score for Partner
 * and for Excellent Partner (empty where a category cannot be Excellent). Policy officers edit the
 * spreadsheet itself; this only rebuilds the default ({@code ./adjudicator generate score-bands}).
 * The two date columns share one CeremonyDate pattern through a real merged cell, which is how a
 * Drools spreadsheet says "both conditions on the same fact".
 */
public final class ScoreBandsWorkbook {

    public static final String FILE_NAME = "score-bands.drl.xlsx";

    /** One row of the table: a period of a category's bands (null: no bound / no such level). */
    record Band(String rule, Category category, String from, String to, Integer partner, Integer excellent) {
    }

    static final List<Band> DEFAULT_BANDS = List.of(
            new Band("R-MAN-1 and R-MAN-2 manufacturing enterprises [A]", Category.MANUFACTURING, "2009-08-01", null, 60, 80),
            new Band("R-SRC-1 sourcing enterprises [A]", Category.SOURCING, "2009-08-01", null, 60, null),
            // the technical services category was added in 2010 [V]
            new Band("R-ETS-1 environmental technology service providers [A]", Category.ET_SERVICE_PROVIDER, "2010-01-01", null, 60, null));

    private ScoreBandsWorkbook() {
    }

    public static void write(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Score bands");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            text(sheet, 0, "RuleSet", "hk.cleanerproduction.rules.recognition");
            text(sheet, 1, "Import", "hk.cleanerproduction.adjudicator.recognition.*, java.time.LocalDate");
            text(sheet, 2, "Notes", "R-MAN-1, R-MAN-2, R-SRC-1, R-ETS-1 [A]: the least score (of 100) for each level, by category, "
                    + "for ceremonies from From to To (both inclusive; empty To: until changed). An empty Excellent Partner cell: "
                    + "the category cannot be an Excellent Partner. Excellent Partner also needs the prerequisites of "
                    + "excellent-prerequisites.drl.csv. Source: DOMAIN.md Part 1, Recognition.");
            text(sheet, 4, "RuleTable Score bands");
            text(sheet, 5, "NAME", "CONDITION", "CONDITION", "CONDITION", "ACTION", "ACTION");
            text(sheet, 6, "", "Nomination", "CeremonyDate", "");
            sheet.addMergedRegion(new CellRangeAddress(6, 6, 2, 3));
            text(sheet, 7, "", "category == Category.$param", "isoDate >= \"$param\"",
                    "isoDate <= \"$param\"", "insert(new ScoreBand(Level.PARTNER, $param));",
                    "insert(new ScoreBand(Level.EXCELLENT_PARTNER, $param));");
            Row header = text(sheet, 8, "Rule", "Category", "From", "To", "Partner: score at least",
                    "Excellent Partner: score at least");
            header.forEach(cell -> cell.setCellStyle(bold));
            int rowIndex = 9;
            for (Band band : DEFAULT_BANDS) {
                Row row = text(sheet, rowIndex++, band.rule(), band.category().name(), band.from(),
                        band.to() == null ? "" : band.to());
                number(row, 4, band.partner());
                number(row, 5, band.excellent());
            }
            for (int column = 0; column < 6; column++) {
                sheet.autoSizeColumn(column);
            }
            sheet.setColumnWidth(0, Math.max(sheet.getColumnWidth(0), 52 * 256));
            workbook.write(out);
        }
    }

    private static Row text(Sheet sheet, int rowIndex, String... values) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }

    private static void number(Row row, int column, Integer value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
        }
    }
}
