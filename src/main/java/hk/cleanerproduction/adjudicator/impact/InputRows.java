package hk.cleanerproduction.adjudicator.impact;

import hk.cleanerproduction.adjudicator.adjudication.FlatRecords;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of an input file, CSV (columns are dotted JSON paths) or JSON Lines (one input per line),
 * each as the JSON tree a client would send, with its row number. A row that is not even JSON is
 * kept as {@code null} so that it can be reported, not skipped silently.
 */
final class InputRows {

    /** The columns that hold lists, one cell separated by ';' (SPEC.md: CSV columns are the JSON paths). */
    private static final Set<String> LIST_FIELDS = Set.of("factory.environmentalPenaltyDates", "environmentalPenaltyDates", "priorAwardYears");

    record Row(int number, JsonNode tree, String problem) {
    }

    private InputRows() {
    }

    /** Hands each row to {@code eachRow} as it is read, without holding the file in memory. */
    static void forEach(Path file, Consumer<Row> eachRow) throws IOException {
        String name = file.getFileName().toString().toLowerCase();
        if (name.endsWith(".csv")) {
            forEachCsv(file, eachRow);
        } else {
            forEachJsonLine(file, eachRow);
        }
    }

    private static void forEachJsonLine(Path file, Consumer<Row> eachRow) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode tree;
                try {
                    tree = Json.mapper().readTree(line);
                } catch (JacksonException e) {
                    eachRow.accept(new Row(number, null, "is not valid JSON: " + e.getOriginalMessage()));
                    continue;
                }
                eachRow.accept(new Row(number, tree, null));
            }
        }
    }

    private static void forEachCsv(Path file, Consumer<Row> eachRow) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            int number = 1; // the header is line 1: data rows are numbered as a spreadsheet shows them
            while (it.hasNextValue()) {
                number++;
                eachRow.accept(new Row(number, FlatRecords.toTree(it.nextValue(), LIST_FIELDS), null));
            }
        }
    }
}
