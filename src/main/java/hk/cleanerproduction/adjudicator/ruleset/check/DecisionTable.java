package hk.cleanerproduction.adjudicator.ruleset.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A CSV decision table ({@code *.drl.csv}) read as the policy officer sees it: every line with its
 * number, and each {@code RuleTable} with its column kinds (CONDITION, ACTION, NAME), object types,
 * code, labels and policy rows. Drools reads the same file when it builds; this reading is only for
 * the checks, which must point at lines of the file rather than of the generated DRL.
 */
final class DecisionTable {

    private static final ObjectReader CSV = new CsvMapper().readerFor(String[][].class)
            .with(CsvReadFeature.WRAP_AS_ARRAY);

    /** One line of the file. */
    record Line(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column).trim() : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c.isBlank());
        }
    }

    /** One column of a rule table. */
    record Column(int index, String kind, String objectType, String code, String label) {

        boolean isCondition() {
            return kind.toUpperCase(Locale.ROOT).startsWith("CONDITION");
        }

        boolean isAction() {
            return kind.toUpperCase(Locale.ROOT).startsWith("ACTION");
        }

        boolean isName() {
            return kind.equalsIgnoreCase("NAME");
        }

        /** Notes and descriptions are prose for people; they never reach the generated code. */
        boolean isProse() {
            return isName() || kind.equalsIgnoreCase("DESCRIPTION") || kind.isBlank();
        }
    }

    /** A {@code RuleTable}: its header lines and its policy rows. */
    record Table(String name, Line header, Line kinds, Line objectTypes, Line code, Line labels,
            List<Column> columns, List<Line> rows) {
    }

    private final List<Line> lines;
    private final List<Table> tables;

    private DecisionTable(List<Line> lines, List<Table> tables) {
        this.lines = lines;
        this.tables = tables;
    }

    static DecisionTable parse(byte[] content) {
        List<Line> lines = readLines(new String(content, StandardCharsets.UTF_8));
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int at = firstCellStartingWith(line, "RuleTable");
            if (at < 0 || i + 4 >= lines.size()) {
                continue;
            }
            Line kinds = lines.get(i + 1);
            Line objectTypes = lines.get(i + 2);
            Line code = lines.get(i + 3);
            Line labels = lines.get(i + 4);
            List<Column> columns = new ArrayList<>();
            for (int c = at; c < kinds.cells().size(); c++) {
                columns.add(new Column(c, kinds.cell(c), objectTypes.cell(c), code.cell(c), labels.cell(c)));
            }
            List<Line> rows = new ArrayList<>();
            int r = i + 5;
            for (; r < lines.size() && !lines.get(r).isBlank() && firstCellStartingWith(lines.get(r), "RuleTable") < 0; r++) {
                rows.add(lines.get(r));
            }
            tables.add(new Table(line.cell(at).substring("RuleTable".length()).trim(), line, kinds, objectTypes, code,
                    labels, columns, rows));
            i = r - 1;
        }
        return new DecisionTable(lines, tables);
    }

    List<Line> lines() {
        return lines;
    }

    List<Table> tables() {
        return tables;
    }

    /** The cells of the lines that start with a keyword ({@code Import}, {@code Functions}, ...), with the line. */
    List<Line> keywordLines(String keyword) {
        return lines.stream().filter(l -> l.cell(0).equalsIgnoreCase(keyword)).toList();
    }

    private static int firstCellStartingWith(Line line, String prefix) {
        for (int c = 0; c < line.cells().size(); c++) {
            if (line.cell(c).startsWith(prefix)) {
                return c;
            }
        }
        return -1;
    }

    /** Physical lines joined while a quoted cell spans them, each record parsed as CSV. */
    private static List<Line> readLines(String text) {
        List<Line> lines = new ArrayList<>();
        String[] physical = text.split("\r?\n", -1);
        StringBuilder record = new StringBuilder();
        int startLine = 1;
        for (int i = 0; i < physical.length; i++) {
            if (record.isEmpty()) {
                startLine = i + 1;
            } else {
                record.append('\n');
            }
            record.append(physical[i]);
            if (countQuotes(record) % 2 == 0) {
                lines.add(new Line(startLine, cells(record.toString())));
                record.setLength(0);
            }
        }
        if (!record.isEmpty()) {
            lines.add(new Line(startLine, cells(record.toString())));
        }
        return lines;
    }

    private static List<String> cells(String record) {
        if (record.isBlank()) {
            return List.of();
        }
        String[][] rows = CSV.readValue(record);
        return rows == null || rows.length == 0 ? List.of() : List.of(rows[0]);
    }

    private static long countQuotes(CharSequence s) {
        return s.chars().filter(ch -> ch == '"').count();
    }
}
