package hk.cleanerproduction.adjudicator.ruleset.scenario;

import hk.cleanerproduction.adjudicator.adjudication.Adjudicator;
import hk.cleanerproduction.adjudicator.adjudication.Adjudicators;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.InputReader;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.adjudication.Json;
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

    private final InputReader reader = new InputReader(Json.mapper());

    public Result run(Ruleset ruleset, List<Scenario> scenarios) {
        Adjudicators adjudicators = new Adjudicators(() -> ruleset, FIXED);
        List<RuleProblem> failures = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            String failure = check(adjudicators, scenario);
            if (failure != null) {
                failures.add(new RuleProblem(scenario.file(), scenario.line(), "scenario '" + scenario.name() + "': " + failure));
            }
        }
        return new Result(scenarios.size(), failures);
    }

    /** What is wrong with the scenario's decision, or null when it is as expected. */
    private String check(Adjudicators adjudicators, Scenario scenario) {
        Adjudicator<Object> adjudicator;
        try {
            adjudicator = adjudicators.get(DecisionKind.valueOf(scenario.kind().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return "the kind '" + scenario.kind() + "' cannot be decided (funding or recognition)";
        }
        Expectation expect = scenario.expect();
        Object input;
        try {
            input = reader.read(scenario.input(), adjudicator.inputType());
        } catch (InvalidInputException e) {
            List<String> fields = e.errors().stream().map(FieldError::field).sorted().toList();
            if (expect.inputErrors() != null) {
                return sameSet(expect.inputErrors(), fields) ? null
                        : "expected the input refused for " + sorted(expect.inputErrors()) + ", got " + fields;
            }
            return "the input is refused: " + e.errors().stream().map(fe -> fe.field() + " " + fe.message()).toList();
        }
        if (expect.inputErrors() != null) {
            return "expected the input refused for " + sorted(expect.inputErrors()) + ", but it was decided";
        }
        Decision decision;
        try {
            decision = adjudicator.decide(input);
        } catch (RuntimeException e) {
            return "the rules failed on it: " + e.getMessage();
        }
        List<String> codes = decision.reasons().stream().map(Reason::code).toList();
        List<String> differences = new ArrayList<>();
        if (expect.outcome() != null && !expect.outcome().equals(decision.outcome())) {
            differences.add("expected outcome " + expect.outcome() + ", got " + decision.outcome());
        }
        if (expect.grantHkd() != null && !expect.grantHkd().equals(decision.grantHkd())) {
            differences.add("expected grantHkd " + expect.grantHkd() + ", got " + decision.grantHkd());
        }
        if (expect.levelGiven() && !Objects.equals(expect.level(), decision.level())) {
            differences.add("expected level " + expect.level() + ", got " + decision.level());
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

    private static boolean sameSet(List<String> expected, List<String> actual) {
        return sorted(expected).equals(sorted(actual));
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
