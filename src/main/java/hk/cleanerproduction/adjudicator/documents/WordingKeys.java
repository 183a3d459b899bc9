package hk.cleanerproduction.adjudicator.documents;

import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.decision.Effect;
import hk.cleanerproduction.adjudicator.decision.Margin;
import hk.cleanerproduction.adjudicator.funding.FundingOutcome;
import hk.cleanerproduction.adjudicator.recognition.Category;
import hk.cleanerproduction.adjudicator.recognition.Level;
import hk.cleanerproduction.adjudicator.recognition.RecognitionOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the documents ask of the officers' wording files: every text they print, with the values it may
 * name in braces, and the names of the codes a decision carries. The gate holds the files to this list.
 */
final class WordingKeys {

    /** Names of codes (outcomes, levels, categories, effects, programmes, reason codes) and advice per reason code. */
    static final Set<String> NAME_GROUPS = Set.of("programme", "outcome", "level", "category", "effect", "reason", "advice");

    /** Names the documents cannot do without: every value of the enums a decision carries. */
    static List<String> requiredNames() {
        List<String> names = new ArrayList<>();
        Stream.of(DecisionKind.values()).forEach(v -> names.add("programme." + v.name()));
        Stream.of(FundingOutcome.values()).forEach(v -> names.add("outcome." + v.name()));
        Stream.of(RecognitionOutcome.values()).forEach(v -> names.add("outcome." + v.name()));
        Stream.of(Level.values()).forEach(v -> names.add("level." + v.name()));
        Stream.of(Category.values()).forEach(v -> names.add("category." + v.name()));
        Stream.of(Effect.values()).forEach(v -> names.add("effect." + v.name()));
        return names;
    }

    /**
     * What a margin's sentence ({@code margin.score}) may show: the value found, the value required (both as
     * dates where they are dates) and the distance between them with its unit ({@code margin.unit.POINTS}).
     */
    static final Set<String> MARGIN_VALUES = Set.of("found", "required", "by");

    /** Every text of the letters and the report, with the placeholders it may use (after MARGIN_VALUES, which it uses). */
    static final Map<String, Set<String>> TEXTS = texts();

    /** {@code margin.unit.DAYS}, and {@code margin.unit.DAYS.one} for a distance of exactly 1. */
    private static final Pattern UNIT_KEY = Pattern.compile("margin\\.unit\\.([A-Z_]+)(\\.one)?");
    private static final Pattern MARGIN_KEY = Pattern.compile("margin\\.(" + Margin.MEASURE.pattern() + ")");

    /** The values a text may show, or null when no document prints it. */
    static Set<String> placeholders(String key) {
        Set<String> fixed = TEXTS.get(key);
        if (fixed != null) {
            return fixed;
        }
        Matcher unit = UNIT_KEY.matcher(key);
        if (unit.matches()) {
            return Stream.of(Margin.Unit.values()).anyMatch(u -> u.name().equals(unit.group(1))) ? Set.of("by") : null;
        }
        Matcher margin = MARGIN_KEY.matcher(key);
        return margin.matches() && !margin.group(1).equals("unit") ? MARGIN_VALUES : null;
    }

    /** Every text a document cannot do without: the fixed texts and the unit of each kind of margin. */
    static List<String> requiredTexts() {
        List<String> texts = new ArrayList<>(TEXTS.keySet());
        Stream.of(Margin.Unit.values()).forEach(u -> texts.add("margin.unit." + u.name()));
        return texts;
    }

    private static Map<String, Set<String>> texts() {
        Map<String, Set<String>> t = new LinkedHashMap<>();
        t.put("date.format", Set.of());
        t.put("page.number", Set.of("page", "pages"));
        t.put("letter.heading", Set.of("programme"));
        t.put("letter.reference", Set.of("decisionId", "rulesetVersion", "asOf"));
        t.put("letter.to", Set.of("enterprise", "subjectId"));
        t.put("letter.greeting", Set.of("enterprise"));
        String outcomeValues = "enterprise subjectId programme category level validFrom validUntil certificate grant score";
        Set<String> outcome = Set.of(outcomeValues.split(" "));
        Stream.of(FundingOutcome.values()).forEach(v -> t.put("letter.outcome." + v.name(), outcome));
        Stream.of(RecognitionOutcome.values()).forEach(v -> t.put("letter.outcome." + v.name(), outcome));
        t.put("letter.reasons", Set.of());
        t.put("letter.rule", Set.of());
        t.put("letter.source", Set.of());
        t.put("letter.advice", Set.of());
        t.put("letter.notes", Set.of());
        t.put("letter.margin", MARGIN_VALUES);
        t.put("letter.lookup", Set.of("decisionId", "rulesetVersion"));
        t.put("letter.closing", Set.of());
        t.put("letter.signature", Set.of("programme"));
        t.put("report.title.FUNDING", Set.of());
        t.put("report.title.RECOGNITION", Set.of());
        t.put("report.input", Set.of("input"));
        t.put("report.ruleset", Set.of("rulesetVersion"));
        t.put("report.ceremony-date", Set.of("date"));
        t.put("report.run-date", Set.of("date"));
        t.put("report.generated-at", Set.of("time"));
        t.put("report.rows", Set.of("rows", "decided", "bad"));
        t.put("report.total-grants", Set.of("grant"));
        t.put("report.budget.summary", Set.of("budget", "allocated", "funded", "left", "waitlisted"));
        t.put("report.left-out", Set.of("count"));
        t.put("report.reasons.note", Set.of());
        for (String heading : List.of("outcomes", "by-category", "budget", "funded", "waitlisted", "awardees", "reasons",
                "refusals", "bad-rows")) {
            t.put("report.heading." + heading, Set.of());
        }
        for (String column : List.of("outcome", "decisions", "grants", "category", "total", "certificate", "level",
                "nomination", "enterprise", "score", "label-valid", "rule", "reason", "effect", "times", "id", "name",
                "reasons", "row", "field", "problem", "number", "application", "received", "grant")) {
            t.put("report.column." + column, Set.of());
        }
        return Map.copyOf(t);
    }

    private WordingKeys() {
    }
}
