package hk.cleanerproduction.adjudicator.ruleset.check;

import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every value typed into a decision table where the code expects a constant of an enum
 * ({@code projectType == ProjectType.$param}, {@code Connection.$1}, {@code forall(||){... TechnologyOrigin.$}})
 * is one of that enum's constants. Drools does not always refuse a typo such as {@code DEMONSTRATON} when it
 * builds (once the enum has been resolved in the same process, the condition compiles and is never true),
 * and when it does, it names a generated rule, not the table's row; this names the row, the rule and the
 * values the type has, every time.
 */
public final class TableValueCheck implements RuleCheck {

    /** {@code Type.$param}, {@code Type.$1}, {@code Type.$} in a column's code. */
    private static final Pattern ENUM_PLACEHOLDER = Pattern.compile("\\b([A-Z][\\w]*)\\.\\$(param|\\d+)?");

    @Override
    public List<RuleProblem> check(RulesDirectory directory) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFile file : directory.compiledFiles()) {
            if (file.relativePath().toLowerCase().endsWith(".drl.csv")) {
                DecisionTable table = DecisionTable.parse(file.content());
                List<String> imports = imports(table);
                for (DecisionTable.Table ruleTable : table.tables()) {
                    check(directory.display(file.relativePath()), ruleTable, imports, problems);
                }
            }
        }
        return problems;
    }

    private static void check(String file, DecisionTable.Table table, List<String> imports, List<RuleProblem> problems) {
        int nameColumn = table.columns().stream().filter(DecisionTable.Column::isName).mapToInt(DecisionTable.Column::index)
                .findFirst().orElse(-1);
        for (DecisionTable.Column column : table.columns()) {
            if (column.isProse()) {
                continue;
            }
            Matcher placeholder = ENUM_PLACEHOLDER.matcher(column.code());
            while (placeholder.find()) {
                Optional<Class<?>> type = enumType(placeholder.group(1), imports);
                if (type.isEmpty()) {
                    continue;
                }
                String which = placeholder.group(2);
                for (DecisionTable.Line row : table.rows()) {
                    for (String value : values(row.cell(column.index()), which)) {
                        if (!constants(type.get()).contains(value)) {
                            String rule = nameColumn < 0 ? "" : "row of rule '" + row.cell(nameColumn) + "': ";
                            problems.add(new RuleProblem(file, row.number(), rule + notA(value, type.get())));
                        }
                    }
                }
            }
        }
    }

    /** The message for a value that is no constant of its type, the same wherever it is found. */
    public static String notA(String value, Class<?> enumType) {
        return "'" + value + "' is not a " + enumType.getSimpleName() + " (one of " + String.join(", ", constants(enumType)) + ")";
    }

    /** The values a cell gives the placeholder: the whole cell ($param), its n-th part ($n), or each part ($ in forall). */
    private static List<String> values(String cell, String which) {
        if (cell.isBlank()) {
            return List.of();
        }
        List<String> parts = Arrays.stream(cell.split(",")).map(String::trim).toList();
        if ("param".equals(which)) {
            return List.of(cell.trim());
        }
        if (which != null) {
            int n = Integer.parseInt(which);
            return n <= parts.size() ? List.of(parts.get(n - 1)) : List.of();
        }
        return parts;
    }

    private static Set<String> constants(Class<?> enumType) {
        Set<String> names = new LinkedHashSet<>();
        for (Object constant : enumType.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return names;
    }

    /** The packages and classes the table imports, as written in its Import line. */
    private static List<String> imports(DecisionTable table) {
        List<String> imports = new ArrayList<>();
        for (DecisionTable.Line line : table.keywordLines("Import")) {
            for (int c = 1; c < line.cells().size(); c++) {
                Arrays.stream(line.cell(c).split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(imports::add);
            }
        }
        return imports;
    }

    private static Optional<Class<?>> enumType(String simpleName, List<String> imports) {
        for (String imported : imports) {
            String candidate = imported.endsWith(".*") ? imported.substring(0, imported.length() - 1) + simpleName
                    : imported.endsWith("." + simpleName) ? imported : null;
            if (candidate == null) {
                continue;
            }
            try {
                Class<?> type = Class.forName(candidate, false, TableValueCheck.class.getClassLoader());
                if (type.isEnum()) {
                    return Optional.of(type);
                }
            } catch (ClassNotFoundException | LinkageError notThere) {
                // another import may have it
            }
        }
        return Optional.empty();
    }
}
