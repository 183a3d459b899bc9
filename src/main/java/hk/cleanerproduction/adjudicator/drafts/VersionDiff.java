package hk.cleanerproduction.adjudicator.drafts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * What changed between two sets of rules files, file by file: a decision table row by row (rows added,
 * removed, and changed cell by cell, each row named by its rule name), any other text file line by line,
 * a spreadsheet or other binary file only as changed.
 */
final class VersionDiff {

    private static final ObjectReader CSV = new CsvMapper().readerFor(String[][].class).with(CsvReadFeature.WRAP_AS_ARRAY);

    record FileChange(String path, String change, Table table, List<Line> lines) {
    }

    /** Rows of a decision table: added and removed by rule name, changed cell by cell. */
    record Table(List<Map<String, String>> added, List<Map<String, String>> removed, List<RowChange> changed) {
    }

    record RowChange(String rule, List<Cell> cells) {
    }

    record Cell(String column, String before, String after) {
    }

    /** A line removed ({@code -}, its number in the old file) or added ({@code +}, its number in the new file). */
    record Line(String op, int line, String text) {
    }

    private VersionDiff() {
    }

    static List<FileChange> between(Map<String, byte[]> from, Map<String, byte[]> to) {
        Set<String> paths = new TreeSet<>(from.keySet());
        paths.addAll(to.keySet());
        List<FileChange> changes = new ArrayList<>();
        for (String path : paths) {
            byte[] a = from.get(path);
            byte[] b = to.get(path);
            if (Arrays.equals(a, b)) {
                continue;
            }
            String change = a == null ? "ADDED" : b == null ? "REMOVED" : "CHANGED";
            if (!isText(path)) {
                changes.add(new FileChange(path, change, null, List.of()));
                continue;
            }
            String before = a == null ? "" : new String(a, StandardCharsets.UTF_8);
            String after = b == null ? "" : new String(b, StandardCharsets.UTF_8);
            Table table = path.endsWith(".drl.csv") ? table(before, after) : null;
            changes.add(new FileChange(path, change, table, lines(before, after)));
        }
        return changes;
    }

    private static boolean isText(String path) {
        return !(path.endsWith(".xlsx") || path.endsWith(".xls"));
    }

    /** A decision table's rows by rule name (the first cell), under the column titles of the line before them. */
    private static Table table(String before, String after) {
        Map<String, Map<String, String>> a = rows(before);
        Map<String, Map<String, String>> b = rows(after);
        if (a == null || b == null) {
            return null; // not a table that reads: the line diff says what changed
        }
        List<Map<String, String>> added = new ArrayList<>();
        List<Map<String, String>> removed = new ArrayList<>();
        List<RowChange> changed = new ArrayList<>();
        a.forEach((rule, row) -> {
            Map<String, String> other = b.get(rule);
            if (other == null) {
                removed.add(row);
            } else if (!other.equals(row)) {
                Set<String> columns = new TreeSet<>(row.keySet());
                columns.addAll(other.keySet());
                List<Cell> cells = columns.stream().filter(c -> !java.util.Objects.equals(row.get(c), other.get(c)))
                        .map(c -> new Cell(c, row.get(c), other.get(c))).toList();
                changed.add(new RowChange(rule, cells));
            }
        });
        b.forEach((rule, row) -> {
            if (!a.containsKey(rule)) {
                added.add(row);
            }
        });
        return new Table(added, removed, changed);
    }

    /** Null when the text is not a readable decision table. */
    private static Map<String, Map<String, String>> rows(String text) {
        String[][] cells;
        try {
            cells = CSV.readValue(text);
        } catch (RuntimeException e) {
            return null;
        }
        int tableStart = -1;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].length > 0 && cells[i][0].startsWith("RuleTable")) {
                tableStart = i;
                break;
            }
        }
        // RuleTable, then CONDITION/ACTION, object types, constraints, then the column titles, then the rows
        int titles = tableStart + 4;
        if (tableStart < 0 || titles >= cells.length) {
            return null;
        }
        String[] header = cells[titles];
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (int i = titles + 1; i < cells.length; i++) {
            String[] row = cells[i];
            if (row.length == 0 || Arrays.stream(row).allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < row.length; c++) {
                String column = c < header.length && !header[c].isBlank() ? header[c] : "column " + (c + 1);
                values.put(column, row[c]);
            }
            String name = row[0];
            String key = name;
            for (int n = 2; rows.containsKey(key); n++) {
                key = name + " (" + n + ")";
            }
            rows.put(key, values);
        }
        return rows;
    }

    /** The lines removed and added, by a longest common subsequence (rules files are a few hundred lines). */
    static List<Line> lines(String before, String after) {
        String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
        String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line("-", i + 1, a[i])); // a line replaced reads as removed, then added
                i++;
            } else {
                lines.add(new Line("+", j + 1, b[j]));
                j++;
            }
        }
        return lines;
    }
}
