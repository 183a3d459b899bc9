package hk.cleanerproduction.adjudicator.ruleset.check;

import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Check (a): the effective-dated parameter tables ({@code *.drl.csv}) have no overlapping rows and no
 * gaps. In each RuleTable, the CONDITION column labelled From/Opens (or whose code is {@code >= ...})
 * starts a row's range and the one labelled To/Closes ({@code <= ...}) ends it; an empty end is open.
 * The other CONDITION columns are the row's keys (an empty key cell means "any"; a cell listing
 * several values matches each). Rows are compared when they fill the same ACTION columns; an ACTION
 * value that names constants ({@code TEXTILES}, {@code WFOE, GUANGDONG}) is a member of a set, not a
 * value, so rows with different members never conflict.
 * <ul>
 * <li>overlap: two rows with the same keys and members whose ranges share a day (two ceilings for the
 * same date and origin) — the rules would apply both;</li>
 * <li>gap: for the same keys and members, a day between the first row's start and the last row's end
 * that no row covers (a date inside the programme with no window). A row that fills no ACTION column
 * declares such a period closed on purpose (for example between two programme phases).</li>
 * </ul>
 */
public final class ParameterTableCheck implements RuleCheck {

    private static final Pattern START_LABEL = Pattern.compile("(?i)^(from|opens?|starts?|valid from|effective from)$");
    private static final Pattern END_LABEL = Pattern.compile("(?i)^(to|closes?|ends?|until|valid (to|until))$");
    private static final Pattern CONSTANTS = Pattern.compile("^[A-Z][A-Z0-9_]*(\\s*,\\s*[A-Z][A-Z0-9_]*)*$");

    @Override
    public List<RuleProblem> check(RulesDirectory directory) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFile file : directory.compiledFiles()) {
            if (file.relativePath().toLowerCase().endsWith(".drl.csv")) {
                String name = directory.display(file.relativePath());
                for (DecisionTable.Table table : DecisionTable.parse(file.content()).tables()) {
                    checkTable(name, table, problems);
                }
            }
        }
        return problems;
    }

    private static void checkTable(String file, DecisionTable.Table table, List<RuleProblem> problems) {
        DecisionTable.Column start = rangeColumn(table, START_LABEL, ">=");
        DecisionTable.Column end = rangeColumn(table, END_LABEL, "<=");
        if (start == null && end == null) {
            return; // not an effective-dated table: nothing to overlap or leave a gap in
        }
        List<DecisionTable.Column> keys = table.columns().stream()
                .filter(c -> c.isCondition() && c != start && c != end).toList();
        List<DecisionTable.Column> actions = table.columns().stream().filter(DecisionTable.Column::isAction).toList();
        DecisionTable.Column nameColumn = table.columns().stream().filter(DecisionTable.Column::isName).findFirst().orElse(null);
        List<Row> rows = new ArrayList<>();
        for (DecisionTable.Line line : table.rows()) {
            Bound from = start == null ? Bound.OPEN : Bound.parse(line.cell(start.index()));
            Bound to = end == null ? Bound.OPEN : Bound.parse(line.cell(end.index()));
            if (from == null || to == null) {
                problems.add(new RuleProblem(file, line.number(), "the range " + line.cell(start == null ? -1 : start.index())
                        + " to " + line.cell(end == null ? -1 : end.index()) + " is neither a date (YYYY-MM-DD) nor a number"));
                continue;
            }
            if (!from.isOpen() && !to.isOpen() && from.compareTo(to) > 0) {
                problems.add(new RuleProblem(file, line.number(), "the range ends (" + to + ") before it starts (" + from + ")"));
                continue;
            }
            Map<String, Set<String>> keyValues = new LinkedHashMap<>();
            for (DecisionTable.Column key : keys) {
                keyValues.put(label(key), values(line.cell(key.index())));
            }
            Map<String, String> members = new LinkedHashMap<>();
            List<String> filled = new ArrayList<>();
            for (DecisionTable.Column action : actions) {
                String cell = line.cell(action.index());
                if (!cell.isEmpty()) {
                    filled.add(label(action));
                    if (CONSTANTS.matcher(cell).matches()) {
                        members.put(label(action), cell);
                    }
                }
            }
            String ruleName = nameColumn == null ? "line " + line.number() : line.cell(nameColumn.index());
            rows.add(new Row(line.number(), ruleName, from, to, keyValues, filled, members));
        }
        findOverlaps(file, rows, problems);
        findGaps(file, rows, problems);
    }

    private static void findOverlaps(String file, List<Row> rows, List<RuleProblem> problems) {
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < i; j++) {
                Row a = rows.get(j);
                Row b = rows.get(i);
                if (b.filled().isEmpty() || !a.filled().equals(b.filled()) || !a.members().equals(b.members())
                        || !keysCanBothMatch(a, b) || !rangesOverlap(a, b)) {
                    continue;
                }
                Bound from = a.from().compareTo(b.from()) >= 0 ? a.from() : b.from();
                Bound to = a.to().compareToEnd(b.to()) <= 0 ? a.to() : b.to();
                problems.add(new RuleProblem(file, b.line(), "overlapping rows: '" + b.name() + "' and line " + a.line()
                        + " '" + a.name() + "' both apply from " + from.describeStart() + " to " + to.describeEnd()
                        + describeKeys(b) + ", setting " + String.join(", ", b.filled())));
            }
        }
    }

    private static void findGaps(String file, List<Row> rows, List<RuleProblem> problems) {
        Map<String, List<Row>> groups = rows.stream().filter(r -> !r.filled().isEmpty())
                .collect(Collectors.groupingBy(r -> r.keys() + "|" + r.filled() + "|" + r.members(), LinkedHashMap::new, Collectors.toList()));
        for (List<Row> group : groups.values()) {
            Row first = group.get(0);
            List<Row> covering = new ArrayList<>(group);
            // rows that fill nothing close a period on purpose, for the rows with the same keys
            rows.stream().filter(r -> r.filled().isEmpty() && r.keys().equals(first.keys())).forEach(covering::add);
            covering.sort(Comparator.comparing(Row::from));
            Bound coveredTo = null;
            Row coveredBy = null;
            Bound lastEnd = group.stream().map(Row::to).max(Bound::compareToEnd).orElseThrow();
            for (Row row : covering) {
                if (coveredTo != null && !coveredTo.isOpen() && row.from().compareTo(coveredTo.next()) > 0
                        && coveredTo.compareToEnd(lastEnd) < 0) {
                    problems.add(new RuleProblem(file, row.line(), "gap: no row applies from " + coveredTo.next() + " to "
                            + row.from().previous() + describeKeys(row) + " (between line " + coveredBy.line() + " '"
                            + coveredBy.name() + "' and '" + row.name() + "'); add a row, or a row that fills no value to "
                            + "close the period on purpose"));
                }
                if (coveredTo == null || row.to().compareToEnd(coveredTo) > 0) {
                    coveredTo = row.to();
                    coveredBy = row;
                }
            }
        }
    }

    private static boolean keysCanBothMatch(Row a, Row b) {
        for (Map.Entry<String, Set<String>> key : a.keys().entrySet()) {
            Set<String> other = b.keys().get(key.getKey());
            if (!key.getValue().isEmpty() && !other.isEmpty() && key.getValue().stream().noneMatch(other::contains)) {
                return false;
            }
        }
        return true;
    }

    private static boolean rangesOverlap(Row a, Row b) {
        return a.from().compareToEnd(b.to()) <= 0 && b.from().compareToEnd(a.to()) <= 0;
    }

    private static String describeKeys(Row row) {
        String keys = row.keys().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + " " + String.join("/", e.getValue())).collect(Collectors.joining(", "));
        String members = row.members().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String all = keys.isEmpty() ? members : members.isEmpty() ? keys : keys + ", " + members;
        return all.isEmpty() ? "" : " for " + all;
    }

    private static DecisionTable.Column rangeColumn(DecisionTable.Table table, Pattern label, String operator) {
        return table.columns().stream().filter(DecisionTable.Column::isCondition)
                .filter(c -> label.matcher(c.label()).matches()
                        || (c.code().contains(operator) && c.code().contains("$param") && !c.code().contains(operator.equals(">=") ? "<=" : ">=")))
                .findFirst().orElse(null);
    }

    private static String label(DecisionTable.Column column) {
        return column.label().isEmpty() ? "column " + (column.index() + 1) : column.label();
    }

    private static Set<String> values(String cell) {
        return Arrays.stream(cell.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private record Row(int line, String name, Bound from, Bound to, Map<String, Set<String>> keys, List<String> filled,
            Map<String, String> members) {
    }

    /** One end of a range: a date, a number, or open (empty cell). */
    private record Bound(LocalDate date, BigDecimal number) implements Comparable<Bound> {

        static final Bound OPEN = new Bound(null, null);

        static Bound parse(String cell) {
            if (cell.isEmpty()) {
                return OPEN;
            }
            try {
                return new Bound(LocalDate.parse(cell), null);
            } catch (DateTimeParseException notADate) {
                try {
                    return new Bound(null, new BigDecimal(cell.replace(",", "")));
                } catch (NumberFormatException notANumber) {
                    return null;
                }
            }
        }

        boolean isOpen() {
            return date == null && number == null;
        }

        /** As a start: open is before everything. */
        @Override
        public int compareTo(Bound other) {
            if (isOpen() || other.isOpen()) {
                return isOpen() == other.isOpen() ? 0 : isOpen() ? -1 : 1;
            }
            return date != null && other.date != null ? date.compareTo(other.date) : value().compareTo(other.value());
        }

        /** As an end: open is after everything. Also compares a start against an end. */
        int compareToEnd(Bound end) {
            if (isOpen() || end.isOpen()) {
                return isOpen() == end.isOpen() ? 0 : isOpen() ? 1 : -1;
            }
            return date != null && end.date != null ? date.compareTo(end.date) : value().compareTo(end.value());
        }

        private BigDecimal value() {
            return number != null ? number : BigDecimal.valueOf(date.toEpochDay());
        }

        /** The first value after this end: the next day, or the next number at this precision. */
        Bound next() {
            return date != null ? new Bound(date.plusDays(1), null) : new Bound(null, number.add(BigDecimal.ONE.movePointLeft(Math.max(number.scale(), 0))));
        }

        Bound previous() {
            return date != null ? new Bound(date.minusDays(1), null) : new Bound(null, number.subtract(BigDecimal.ONE.movePointLeft(Math.max(number.scale(), 0))));
        }

        String describeStart() {
            return isOpen() ? "the beginning" : toString();
        }

        String describeEnd() {
            return isOpen() ? "no end" : toString();
        }

        @Override
        public String toString() {
            return isOpen() ? "" : date != null ? date.toString() : number.toPlainString();
        }
    }

}
