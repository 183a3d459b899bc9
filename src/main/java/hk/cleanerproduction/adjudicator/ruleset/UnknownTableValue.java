package hk.cleanerproduction.adjudicator.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value typed in a decision table that names no constant of its type (an enum typo such as
 * {@code DEMONSTRATON}). Drools reports it against the rule it generated, with no row of the table;
 * this finds the row of a CSV table that holds the value and says which values the type has.
 */
final class UnknownTableValue {

    private static final Pattern UNRESOLVED = Pattern.compile(
            "unable to resolve method using strict-mode: ((?:[\\w$]+\\.)*([\\w$]+))\\.([\\w$]+)\\(\\)");

    private UnknownTableValue() {
    }

    /** The problem at the table's row, or empty when the message is not about an unknown value. */
    static Optional<RuleProblem> locate(RuleFile table, String display, String droolsMessage) {
        Matcher m = UNRESOLVED.matcher(droolsMessage);
        if (!m.find()) {
            return Optional.empty();
        }
        String type = m.group(1);
        String typeName = m.group(2);
        String value = m.group(3);
        String message = "'" + value + "' is not a " + typeName + constants(type);
        if (!table.relativePath().endsWith(".csv")) {
            return Optional.of(new RuleProblem(display, 0, message));
        }
        String[] lines = new String(table.content(), StandardCharsets.UTF_8).split("\r?\n", -1);
        Pattern cell = Pattern.compile("(^|[,\"\\s])" + Pattern.quote(value) + "($|[,\"\\s])");
        for (int i = 0; i < lines.length; i++) {
            if (cell.matcher(lines[i]).find()) {
                String rule = lines[i].split(",", 2)[0].replace("\"", "");
                return Optional.of(new RuleProblem(display, i + 1, "row of rule '" + rule + "': " + message));
            }
        }
        return Optional.of(new RuleProblem(display, 0, message));
    }

    /** ", one of A, B, C" when the type is an enum the rules can see. */
    private static String constants(String type) {
        try {
            Class<?> c = Class.forName(type, false, RuleBuildClassLoader.shared());
            if (c.isEnum()) {
                List<String> names = new ArrayList<>();
                for (Object constant : c.getEnumConstants()) {
                    names.add(((Enum<?>) constant).name());
                }
                return " (one of " + String.join(", ", names) + ")";
            }
        } catch (ClassNotFoundException | LinkageError notVisible) {
            // the type name alone still tells the officer what was expected
        }
        return "";
    }
}
