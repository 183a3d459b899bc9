package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.FlatRecords;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a batch input row by row: CSV (a header of dotted JSON paths) or JSON Lines, by the file's
 * extension. A row that cannot even be parsed is still returned, with its parse error, so that it
 * lands in errors.csv and the run goes on. Restartable: Spring Batch saves the count of rows read
 * with each committed chunk, and on restart the reader skips that many rows.
 */
class InputRowReader extends AbstractItemCountingItemStreamItemReader<InputRow> {

    private final Path input;
    private final Set<String> listColumns;
    private MappingIterator<Map<String, String>> csvRows;
    private BufferedReader jsonLines;
    private int lineNumber;

    InputRowReader(Path input, Set<String> listColumns) {
        this.input = input;
        this.listColumns = listColumns;
        setName("input");
    }

    static boolean isCsv(Path input) {
        return input.getFileName().toString().toLowerCase().endsWith(".csv");
    }

    @Override
    protected void doOpen() throws Exception {
        lineNumber = 0;
        if (isCsv(input)) {
            CsvSchema header = CsvSchema.emptySchema().withHeader();
            csvRows = new CsvMapper().readerFor(Map.class).with(header).readValues(utf8(input));
        } else {
            jsonLines = utf8(input);
        }
    }

    /**
     * The file as UTF-8 text in which bytes that are not UTF-8 become {@link #NOT_UTF8} (a noncharacter, never in
     * real text), so that such a row is reported bad rather than the whole batch stopping or the row being decided
     * on replacement characters.
     */
    private static BufferedReader utf8(Path input) throws java.io.IOException {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE).replaceWith(String.valueOf(NOT_UTF8));
        return new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(input), decoder));
    }

    private static final char NOT_UTF8 = '\uFFFF';
    private static final FieldError NOT_UTF8_TEXT = new FieldError("$", "is not valid UTF-8 text");

    @Override
    protected InputRow doRead() throws Exception {
        return csvRows != null ? nextCsvRow() : nextJsonLine();
    }

    private InputRow nextCsvRow() {
        int rowNumber = getCurrentItemCount(); // already counts this row: data rows from 1
        try {
            if (!csvRows.hasNextValue()) {
                return null;
            }
            Map<String, String> cells = csvRows.nextValue();
            if (cells.values().stream().anyMatch(cell -> cell != null && cell.indexOf(NOT_UTF8) >= 0)) {
                return new InputRow(rowNumber, null, NOT_UTF8_TEXT);
            }
            return new InputRow(rowNumber, FlatRecords.toTree(cells, listColumns), null);
        } catch (JacksonException e) {
            return new InputRow(rowNumber, null, new FieldError("$", "is not a valid CSV row" + why(e)));
        }
    }

    private InputRow nextJsonLine() throws Exception {
        String line;
        do {
            line = jsonLines.readLine();
            lineNumber++;
        } while (line != null && line.isBlank());
        if (line == null) {
            return null;
        }
        if (line.indexOf(NOT_UTF8) >= 0) {
            return new InputRow(lineNumber, null, NOT_UTF8_TEXT);
        }
        try {
            return new InputRow(lineNumber, Json.mapper().readTree(line), null);
        } catch (JacksonException e) {
            return new InputRow(lineNumber, null, new FieldError("$", "is not valid JSON" + why(e)));
        }
    }

    /** Jackson's reason, unless it names Java types or settings (which say nothing to the person who wrote the row). */
    private static String why(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m == null || m.contains("`") || m.matches("(?s).*\\b[a-z]+\\.[a-z]+\\.[A-Za-z].*")) {
            return m != null && m.startsWith("Trailing token") ? ": more follows the value" : "";
        }
        return ": " + m;
    }

    @Override
    protected void doClose() throws Exception {
        if (csvRows != null) {
            csvRows.close();
            csvRows = null;
        }
        if (jsonLines != null) {
            jsonLines.close();
            jsonLines = null;
        }
    }
}
