package hk.cleanerproduction.adjudicator.ruleset.scenario;

import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Accepts an intended change: rewrites the {@code expect:} of each chosen failing scenario to what the
 * ruleset now decides, in place, leaving every other line of the file as the officer wrote it. The
 * expectation keeps the parts it had (an outcome, a grant, a level, reasons), now with the new values.
 */
public final class ScenarioAcceptance {

    private static final Pattern CASE = Pattern.compile("^\\s*- name:");
    private static final Pattern EXPECT = Pattern.compile("^(\\s*)expect:(.*)$");

    private final ScenarioRunner runner = new ScenarioRunner();

    /**
     * The scenarios accepted ({@code file:line}, as the directory names its files) and the new content of each
     * scenario file rewritten (by relative path); every other file is as it was.
     */
    public record Accepted(List<String> scenarios, Map<String, byte[]> files) {
    }

    /**
     * Rewrites the failing scenarios that {@code chosen} selects, in the scenario files under {@code rulesDir}.
     *
     * @return each accepted scenario as {@code file:line}
     */
    public List<String> accept(Path rulesDir, Ruleset ruleset, Predicate<Scenario> chosen) throws IOException {
        Accepted accepted = accept(RulesDirectory.read(rulesDir), ruleset, chosen);
        for (Map.Entry<String, byte[]> file : accepted.files().entrySet()) {
            Files.write(rulesDir.resolve(file.getKey()), file.getValue());
        }
        return accepted.scenarios();
    }

    /** Rewrites the failing scenarios that {@code chosen} selects, in a snapshot (a draft kept in the database). */
    public Accepted accept(RulesDirectory directory, Ruleset ruleset, Predicate<Scenario> chosen) {
        String root = directory.display("");
        List<Scenario> failing = ScenarioFiles.read(directory).scenarios().stream()
                .filter(s -> chosen.test(s) && !runner.passes(ruleset, s))
                // bottom-up within a file, so that a rewritten expectation never moves a line still to rewrite
                .sorted(Comparator.comparing(Scenario::file).thenComparing(Comparator.comparingInt(Scenario::line).reversed()))
                .toList();
        List<String> accepted = new ArrayList<>();
        Map<String, List<String>> rewritten = new TreeMap<>();
        for (Scenario scenario : failing) {
            ScenarioRunner.Actual actual;
            try {
                actual = runner.actual(ruleset, scenario);
            } catch (IllegalArgumentException cannotBeDecided) {
                continue; // nothing to accept: the scenario stays a failure the officer must mend
            }
            String relative = scenario.file().substring(root.length());
            List<String> lines = rewritten.computeIfAbsent(relative, path -> lines(directory, path));
            if (rewrite(lines, scenario, actual)) {
                accepted.add(scenario.where());
            }
        }
        accepted.sort(null);
        Map<String, byte[]> files = new TreeMap<>();
        rewritten.forEach((path, lines) -> files.put(path,
                lines.stream().map(line -> line + "\n").collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8)));
        return new Accepted(accepted, files);
    }

    private static List<String> lines(RulesDirectory directory, String relativePath) {
        RuleFile file = directory.files().stream().filter(f -> f.relativePath().equals(relativePath)).findFirst().orElseThrow();
        return new ArrayList<>(new String(file.content(), StandardCharsets.UTF_8).lines().toList());
    }

    private static boolean rewrite(List<String> lines, Scenario scenario, ScenarioRunner.Actual actual) {
        // scenario.line() is the 1-based line of "- name:", so the case's own lines start at that index
        for (int i = scenario.line(); i < lines.size(); i++) {
            if (CASE.matcher(lines.get(i)).find()) {
                return false; // the next case: this one has no expect line to rewrite
            }
            Matcher expect = EXPECT.matcher(lines.get(i));
            if (expect.matches()) {
                int end = blockEnd(lines, i, expect.group(1).length(), expect.group(2));
                for (int j = end; j > i; j--) {
                    lines.remove(j);
                }
                lines.set(i, expect.group(1) + "expect: " + expectation(scenario.expect(), actual));
                return true;
            }
        }
        return false;
    }

    /** The last line of the expect block: a one-line flow map, or the lines indented under the key. */
    private static int blockEnd(List<String> lines, int start, int indent, String rest) {
        if (rest.trim().startsWith("{")) {
            int depth = 0;
            for (int j = start; j < lines.size(); j++) {
                for (char c : (j == start ? rest : lines.get(j)).toCharArray()) {
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                }
                if (depth <= 0) {
                    return j;
                }
            }
            return start;
        }
        int end = start;
        for (int j = start + 1; j < lines.size(); j++) {
            String line = lines.get(j);
            if (!line.isBlank() && line.length() - line.stripLeading().length() <= indent) {
                break;
            }
            if (!line.isBlank()) {
                end = j;
            }
        }
        return end;
    }

    private static String expectation(Expectation old, ScenarioRunner.Actual actual) {
        List<String> parts = new ArrayList<>();
        if (actual.inputErrors() != null) {
            parts.add("inputErrors: " + list(actual.inputErrors()));
            return "{ " + String.join(", ", parts) + " }";
        }
        parts.add("outcome: " + actual.outcome());
        if (old.grantHkd() != null && actual.grantHkd() != null) {
            parts.add("grantHkd: " + actual.grantHkd());
        }
        if (old.levelGiven()) {
            parts.add("level: " + (actual.level() == null ? "null" : actual.level()));
        }
        if (old.reasons() != null || old.reasonsInclude() != null) {
            parts.add("reasons: " + list(actual.reasons()));
        }
        if (old.reasonsExclude() != null) {
            List<String> stillAbsent = old.reasonsExclude().stream().filter(code -> !actual.reasons().contains(code)).toList();
            if (!stillAbsent.isEmpty()) {
                parts.add("reasonsExclude: " + list(stillAbsent));
            }
        }
        return "{ " + String.join(", ", parts) + " }";
    }

    private static String list(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }
}
