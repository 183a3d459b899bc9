package hk.cleanerproduction.adjudicator.testdata;

import hk.cleanerproduction.adjudicator.adjudication.FlatRecords;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes the same records as JSON Lines and as CSV (columns are the dotted JSON paths), so both
 * formats of a data set hold the same content.
 */
public final class DataSetWriter {

    private DataSetWriter() {
    }

    public static void write(List<?> records, Path jsonl, Path csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>(records.size());
        try (BufferedWriter out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (Object record : records) {
                JsonNode tree = Json.mapper().valueToTree(record);
                out.write(Json.mapper().writeValueAsString(tree));
                out.write('\n');
                rows.add(FlatRecords.flatten(tree));
            }
        }
        if (rows.isEmpty()) {
            Files.writeString(csv, "");
            return;
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        rows.get(0).keySet().forEach(schema::addColumn);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            new CsvMapper().writer(schema.build()).writeValues(out).writeAll(rows);
        }
    }
}
