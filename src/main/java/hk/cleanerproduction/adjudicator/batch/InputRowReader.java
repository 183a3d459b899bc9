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
            csvRows = new CsvMapper().readerFor(Map.class).with(header)
                    .readValues(Files.newBufferedReader(input, StandardCharsets.UTF_8));
        } else {
            jsonLines = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        }
    }

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
            return new InputRow(rowNumber, FlatRecords.toTree(csvRows.nextValue(), listColumns), null);
        } catch (JacksonException e) {
            return new InputRow(rowNumber, null, new FieldError("$", "is not a valid CSV row: " + e.getOriginalMessage()));
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
        try {
            return new InputRow(lineNumber, Json.mapper().readTree(line), null);
        } catch (JacksonException e) {
            return new InputRow(lineNumber, null, new FieldError("$", "is not valid JSON: " + e.getOriginalMessage()));
        }
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
