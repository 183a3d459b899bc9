package hk.cleanerproduction.adjudicator.adjudication;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * CSV rows and JSON inputs are the same records: a CSV column is the JSON path joined with dots
 * ({@code factory.region}). This turns one into the other. Lists (such as {@code priorAwardYears})
 * are written in one cell, separated by {@value #LIST_SEPARATOR}. An empty cell is a missing value.
 */
public final class FlatRecords {

    public static final String LIST_SEPARATOR = ";";

    private FlatRecords() {
    }

    /** Builds the JSON tree of one CSV row; {@code listFields} names the columns that hold lists. */
    public static ObjectNode toTree(Map<String, String> row, java.util.Set<String> listFields) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, String> cell : row.entrySet()) {
            String value = cell.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            String[] path = cell.getKey().trim().split("\\.");
            ObjectNode parent = root;
            for (int i = 0; i < path.length - 1; i++) {
                JsonNode child = parent.get(path[i]);
                parent = child instanceof ObjectNode o ? o : parent.putObject(path[i]);
            }
            String leaf = path[path.length - 1];
            if (listFields.contains(cell.getKey().trim())) {
                ArrayNode list = parent.putArray(leaf);
                for (String item : value.split(LIST_SEPARATOR)) {
                    if (!item.isBlank()) {
                        list.add(item.trim());
                    }
                }
            } else {
                parent.put(leaf, value.trim());
            }
        }
        return root;
    }

    /** Flattens a JSON object into dotted columns, in field order; lists are joined into one cell. */
    public static Map<String, String> flatten(JsonNode node) {
        Map<String, String> columns = new LinkedHashMap<>();
        flatten("", node, columns);
        return columns;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> columns) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), columns);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext(); ) {
                items.add(it.next().asString());
            }
            columns.put(prefix, String.join(LIST_SEPARATOR, items));
        } else if (node.isNull() || node.isMissingNode()) {
            columns.put(prefix, "");
        } else if (node.isBigDecimal() || node.isDouble() || node.isFloat()) {
            columns.put(prefix, node.decimalValue().toPlainString());
        } else {
            columns.put(prefix, node.asString());
        }
    }
}
