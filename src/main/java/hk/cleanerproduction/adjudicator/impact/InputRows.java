package hk.cleanerproduction.adjudicator.impact;

import hk.cleanerproduction.adjudicator.adjudication.FlatRecords;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    static List<Row> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".csv") ? readCsv(file) : readJsonLines(file);
    }

    private static List<Row> readJsonLines(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                rows.add(new Row(i + 1, Json.mapper().readTree(line), null));
            } catch (JacksonException e) {
                rows.add(new Row(i + 1, null, "is not valid JSON: " + e.getOriginalMessage()));
            }
        }
        return rows;
    }

    private static List<Row> readCsv(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            int number = 1; // the header is line 1: data rows are numbered as a spreadsheet shows them
            while (it.hasNextValue()) {
                number++;
                rows.add(new Row(number, FlatRecords.toTree(it.nextValue(), LIST_FIELDS), null));
            }
        }
        return rows;
    }
}
