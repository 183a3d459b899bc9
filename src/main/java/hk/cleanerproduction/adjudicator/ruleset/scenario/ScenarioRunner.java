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
import java.util.List;
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
    public record Result(int run, List<RuleProblem> failures) {
    }

    private final Adjudication adjudication = new Adjudication(FIXED);

    public Result run(Ruleset ruleset, List<Scenario> scenarios) {
        List<RuleProblem> failures = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            String failure = check(ruleset, scenario);
            if (failure != null) {
                failures.add(new RuleProblem(scenario.file(), scenario.line(), "scenario '" + scenario.name() + "': " + failure));
            }
        }
        return new Result(scenarios.size(), failures);
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
        Actual actual;
        try {
            actual = actual(ruleset, scenario);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        Expectation expect = scenario.expect();
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
