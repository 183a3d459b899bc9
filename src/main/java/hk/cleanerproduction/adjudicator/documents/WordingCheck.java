package hk.cleanerproduction.adjudicator.documents;

import hk.cleanerproduction.adjudicator.decision.Margin;
import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.ruleset.check.RuleCheck;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gate's check of the documents' wording ({@code rules/documents/*.properties}): every line reads,
 * every key is one a document prints, every text names only the values it can be given, every text and
 * every name is there in English and in Chinese, every reason code the rules give has a name, the date
 * pattern is a pattern, and the embedded font can print every character. A wording that passes renders.
 */
public final class WordingCheck implements RuleCheck {

    /** {@code new Reason("F-WIN-1", "OUTSIDE_APPLICATION_WINDOW", …}: the codes the rules can give. */
    private static final Pattern REASON_CODE = Pattern.compile("\\bnew\\s+Reason\\s*\\(\\s*\"[^\"]*\"\\s*,\\s*\"([A-Z][A-Z0-9_]*)\"");

    /** {@code Margin.atLeast("score", …} or {@code new Margin("score", …}: the measures the rules can give. */
    private static final Pattern MARGIN_MEASURE = Pattern.compile("\\bMargin\\s*(?:\\.\\s*\\w+\\s*)?\\(\\s*\"([^\"]*)\"");

    @Override
    public List<RuleProblem> check(RulesDirectory directory) {
        Wording.Read read = Wording.read(directory);
        List<RuleProblem> problems = new ArrayList<>(read.problems());
        Map<String, Wording.Entry> entries = read.wording().entries();
        String folder = directory.display(Wording.FOLDER);
        entries.forEach((key, entry) -> checkEntry(key, entry, entries, problems));
        Set<String> required = new TreeSet<>(WordingKeys.requiredTexts());
        required.addAll(WordingKeys.requiredNames());
        reasonCodes(directory).forEach(code -> required.add("reason." + code));
        for (String key : required) {
            for (Lang lang : Lang.values()) {
                String full = key + "." + lang.suffix();
                if (!entries.containsKey(full) && !entries.containsKey(key + "." + other(lang).suffix())) {
                    problems.add(new RuleProblem(folder, 0, "'" + full + "' is missing: the letters and the report print it"));
                }
            }
        }
        checkMarginMeasures(directory, entries, problems);
        return problems;
    }

    /** Every measure a rule gives a margin for has a sentence in both languages, where the rule gives it. */
    private static void checkMarginMeasures(RulesDirectory directory, Map<String, Wording.Entry> entries, List<RuleProblem> problems) {
        for (RuleFile file : directory.compiledFiles()) {
            if (file.relativePath().endsWith(".xlsx") || file.relativePath().endsWith(".xls")) {
                continue;
            }
            String text = new String(file.content(), StandardCharsets.UTF_8);
            Matcher m = MARGIN_MEASURE.matcher(text);
            while (m.find()) {
                String measure = m.group(1);
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                String display = directory.display(file.relativePath());
                if (!Margin.MEASURE.matcher(measure).matches()) {
                    problems.add(new RuleProblem(display, line, "the margin's measure '" + measure
                            + "' must be lower case words joined by '-' (e.g. received-after-window)"));
                    continue;
                }
                for (Lang lang : Lang.values()) {
                    String key = "margin." + measure + "." + lang.suffix();
                    if (!entries.containsKey(key)) {
                        problems.add(new RuleProblem(display, line, "the margin '" + measure + "' has no sentence '" + key
                                + "' in " + directory.display(Wording.FOLDER) + "letter.properties: a letter prints it"));
                    }
                }
            }
        }
    }

    private static void checkEntry(String key, Wording.Entry entry, Map<String, Wording.Entry> entries,
            List<RuleProblem> problems) {
        String base = key.substring(0, key.lastIndexOf('.'));
        Lang lang = key.endsWith(".zh") ? Lang.ZH : Lang.EN;
        String[] parts = base.split("\\.");
        boolean isName = parts.length == 2 && WordingKeys.NAME_GROUPS.contains(parts[0]);
        Set<String> placeholders = isName ? Set.of() : WordingKeys.placeholders(base);
        if (placeholders == null) {
            problems.add(problem(entry, "'" + key + "' is not a text that a letter or the report prints"));
            return;
        }
        if (!entries.containsKey(base + "." + other(lang).suffix())) {
            problems.add(problem(entry, "'" + key + "' has no " + (lang == Lang.EN ? "Chinese" : "English") + " counterpart '"
                    + base + "." + other(lang).suffix() + "'"));
        }
        String text = entry.text();
        Matcher m = Wording.PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!placeholders.contains(m.group(1))) {
                problems.add(problem(entry, "'{" + m.group(1) + "}' is not a value '" + base + "' can show"
                        + (placeholders.isEmpty() ? " (it shows none)" : "; it can show {" + String.join("}, {", new TreeSet<>(placeholders)) + "}")));
            }
        }
        String rest = m.replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            problems.add(problem(entry, "a brace without its pair: a value is written {name}"));
        }
        if (base.equals("date.format")) {
            try {
                DateTimeFormatter.ofPattern(text);
            } catch (IllegalArgumentException e) {
                problems.add(problem(entry, "'" + text + "' is not a date pattern (e.g. d MMMM yyyy): " + e.getMessage()));
            }
        }
        text.codePoints().filter(c -> c > 0x7E && !PdfRenderer.canPrint(c)).distinct().forEach(c -> problems.add(
                problem(entry, "the documents' fonts cannot print '" + Character.toString(c) + "' (U+"
                        + String.format("%04X", c) + ")")));
    }

    private static Set<String> reasonCodes(RulesDirectory directory) {
        Set<String> codes = new TreeSet<>();
        for (RuleFile file : directory.compiledFiles()) {
            if (file.relativePath().endsWith(".xlsx") || file.relativePath().endsWith(".xls")) {
                continue;
            }
            Matcher m = REASON_CODE.matcher(new String(file.content(), StandardCharsets.UTF_8));
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    private static Lang other(Lang lang) {
        return lang == Lang.EN ? Lang.ZH : Lang.EN;
    }

    private static RuleProblem problem(Wording.Entry entry, String message) {
        return new RuleProblem(entry.file(), entry.line(), message);
    }
}
