package hk.cleanerproduction.adjudicator.ruleset.scenario;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides every scenario with a given ruleset (not the active one: a candidate is tested before it
 * goes live) and reports each scenario whose decision differs from what it expects, as
 * {@code file:line: scenario 'name': expected ..., got ...}.
 */
public final class ScenarioRunner {

    /** Scenario decisions are reproducible: the clock only stamps decidedAt, which no scenario checks. */
    private static final Clock FIXED = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    /** How many scenarios ran, and what failed. */
    public record Result(int run, List<Failure> failed) {

        /** Each failure as {@code file:line: scenario 'name': expected ..., got ...}. */
        public List<RuleProblem> failures() {
            return failed.stream().map(Failure::problem).toList();
        }
    }

    /**
     * A scenario whose decision is not the one it expects: what it expects (only the parts it names) and
     * what the rules gave for the same parts (everything they gave when the input was refused or could not
     * be decided), as an officer compares them side by side.
     */
    public record Failure(Scenario scenario, String message, Map<String, Object> expected, Map<String, Object> got) {

        public RuleProblem problem() {
            return new RuleProblem(scenario.file(), scenario.line(), "scenario '" + scenario.name() + "': " + message);
        }
    }

    private final Adjudication adjudication = new Adjudication(FIXED);

    /** Runs every scenario, on every core (a ruleset decides on many threads at once); failures in file order. */
    public Result run(Ruleset ruleset, List<Scenario> scenarios) {
        List<Failure> failures = scenarios.parallelStream()
                .map(scenario -> failureOf(ruleset, scenario))
                .filter(Objects::nonNull)
                .toList();
        return new Result(scenarios.size(), failures);
    }

    private Failure failureOf(Ruleset ruleset, Scenario scenario) {
        Actual actual;
        String failure;
        try {
            actual = actual(ruleset, scenario);
            failure = check(scenario.expect(), actual);
        } catch (IllegalArgumentException e) {
            actual = null;
            failure = e.getMessage();
        }
        return failure == null ? null
                : new Failure(scenario, failure, expected(scenario.expect()), got(scenario.expect(), actual, failure));
    }

    /**
     * What the ruleset now says of a scenario: the decision's outcome, grant, level and reason codes, or the
     * fields for which its input is refused.
     */
    public record Actual(String outcome, Long grantHkd, String level, List<String> reasons, List<String> inputErrors) {
    }

    /** What the ruleset says of the scenario; {@link IllegalArgumentException} when it cannot be decided at all. */
    public Actual actual(Ruleset ruleset, Scenario scenario) {
        DecisionKind kind;
        try {
            kind = DecisionKind.valueOf(scenario.kind().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the kind '" + scenario.kind() + "' cannot be decided (funding or recognition)");
        }
        Object input;
        try {
            input = adjudication.read(ruleset, kind, scenario.input());
        } catch (InvalidInputException e) {
            return new Actual(null, null, null, null, e.errors().stream().map(FieldError::field).sorted().toList());
        }
        Decision decision;
        try {
            decision = adjudication.decide(ruleset, kind, input);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the rules failed on it: " + e.getMessage());
        }
        return new Actual(decision.outcome(), decision.grantHkd(), decision.level(),
                decision.reasons().stream().map(Reason::code).toList(), null);
    }

    /** What is wrong with the scenario's decision, or null when it is as expected. */
    private String check(Ruleset ruleset, Scenario scenario) {
        try {
            return check(scenario.expect(), actual(ruleset, scenario));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String check(Expectation expect, Actual actual) {
        if (actual.inputErrors() != null) {
            if (expect.inputErrors() != null) {
                return sameSet(expect.inputErrors(), actual.inputErrors()) ? null
                        : "expected the input refused for " + sorted(expect.inputErrors()) + ", got " + actual.inputErrors();
            }
            return "the input is refused for " + actual.inputErrors();
        }
        if (expect.inputErrors() != null) {
            return "expected the input refused for " + sorted(expect.inputErrors()) + ", but it was decided";
        }
        List<String> codes = actual.reasons();
        List<String> differences = new ArrayList<>();
        if (expect.outcome() != null && !expect.outcome().equals(actual.outcome())) {
            differences.add("expected outcome " + expect.outcome() + ", got " + actual.outcome());
        }
        if (expect.grantHkd() != null && !expect.grantHkd().equals(actual.grantHkd())) {
            differences.add("expected grantHkd " + expect.grantHkd() + ", got " + actual.grantHkd());
        }
        if (expect.levelGiven() && !Objects.equals(expect.level(), actual.level())) {
            differences.add("expected level " + expect.level() + ", got " + actual.level());
        }
        if (expect.reasons() != null && !sameSet(expect.reasons(), codes)) {
            differences.add("expected reasons " + sorted(expect.reasons()) + ", got " + sorted(codes));
        }
        if (expect.reasonsInclude() != null && !codes.containsAll(expect.reasonsInclude())) {
            differences.add("expected reasons to include " + sorted(expect.reasonsInclude()) + ", got " + sorted(codes));
        }
        if (expect.reasonsExclude() != null && expect.reasonsExclude().stream().anyMatch(codes::contains)) {
            differences.add("expected reasons without " + sorted(expect.reasonsExclude()) + ", got " + sorted(codes));
        }
        return differences.isEmpty() ? null : String.join("; ", differences);
    }

    /** The parts of the decision the scenario names, with the values it expects. */
    private static Map<String, Object> expected(Expectation expect) {
        Map<String, Object> parts = new LinkedHashMap<>();
        if (expect.inputErrors() != null) {
            parts.put("inputErrors", sorted(expect.inputErrors()));
            return parts;
        }
        putIfNamed(parts, "outcome", expect.outcome());
        putIfNamed(parts, "grantHkd", expect.grantHkd());
        if (expect.levelGiven()) {
            parts.put("level", expect.level());
        }
        putIfNamed(parts, "reasons", expect.reasons() == null ? null : sorted(expect.reasons()));
        putIfNamed(parts, "reasonsInclude", expect.reasonsInclude() == null ? null : sorted(expect.reasonsInclude()));
        putIfNamed(parts, "reasonsExclude", expect.reasonsExclude() == null ? null : sorted(expect.reasonsExclude()));
        return parts;
    }

    /** What the rules gave for the same parts; the whole decision when it was refused, or why it was not decided. */
    private static Map<String, Object> got(Expectation expect, Actual actual, String failure) {
        Map<String, Object> parts = new LinkedHashMap<>();
        if (actual == null) {
            parts.put("error", failure);
            return parts;
        }
        if (actual.inputErrors() != null) {
            parts.put("inputErrors", actual.inputErrors());
            return parts;
        }
        boolean whole = expect.inputErrors() != null;
        if (whole || expect.outcome() != null) {
            parts.put("outcome", actual.outcome());
        }
        if (whole || expect.grantHkd() != null) {
            parts.put("grantHkd", actual.grantHkd());
        }
        if (whole || expect.levelGiven()) {
            parts.put("level", actual.level());
        }
        if (whole || expect.reasons() != null || expect.reasonsInclude() != null || expect.reasonsExclude() != null) {
            parts.put("reasons", sorted(actual.reasons()));
        }
        return parts;
    }

    private static void putIfNamed(Map<String, Object> parts, String name, Object value) {
        if (value != null) {
            parts.put(name, value);
        }
    }

    /** Whether the scenario's decision is as expected. */
    public boolean passes(Ruleset ruleset, Scenario scenario) {
        return check(ruleset, scenario) == null;
    }

    private static boolean sameSet(List<String> expected, List<String> actual) {
        return sorted(expected).equals(sorted(actual));
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
