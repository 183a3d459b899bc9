package hk.cleanerproduction.adjudicator.adjudication;

import hk.cleanerproduction.adjudicator.decision.AsOf;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionIds;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.decision.ReasonOrder;
import hk.cleanerproduction.adjudicator.ruleset.RuleRun;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The one way a decision is made, whatever asked for it (HTTP, {@code decide}, a batch, impact,
 * replay, scenarios): read the input and name every bad field, then run the ruleset it is given on the
 * programme's facts, as of the date the rules derive from the subject (never the clock), and write
 * down what the rules left: outcome, every reason in reporting order, the rules that fired, the
 * ruleset version. The clock only stamps the decision's id and {@code decidedAt}.
 */
public final class Adjudication {

    /** Decisions are stamped in Hong Kong time (the programmes' time zone). */
    public static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");

    private final Programmes programmes;
    private final InputReader reader;
    private final Clock clock;

    public Adjudication(Programmes programmes, InputReader reader, Clock clock) {
        this.programmes = programmes;
        this.reader = reader;
        this.clock = clock;
    }

    public Adjudication(Clock clock) {
        this(Programmes.installed(), new InputReader(), clock);
    }

    public <T> Programme<T> programme(DecisionKind kind) {
        return programmes.get(kind);
    }

    /** Reads and validates an input; {@link InvalidInputException} names every bad field. */
    public Object read(DecisionKind kind, String json) {
        return reader.read(json, programme(kind).inputType());
    }

    /** Reads and validates an input given as a tree (a CSV row, a scenario). */
    public Object read(DecisionKind kind, JsonNode tree) {
        return reader.read(tree, programme(kind).inputType());
    }

    /**
     * Reads and validates an input, and when it is bad, adds the bad fields that only the rules can judge
     * (limits that are policy), so that one answer names every bad field.
     */
    public Object read(Ruleset ruleset, DecisionKind kind, String json) {
        try {
            return read(kind, json);
        } catch (InvalidInputException e) {
            throw withRuleErrors(ruleset, kind, e);
        }
    }

    /** {@link #read(Ruleset, DecisionKind, String)} of a tree (a CSV row, a scenario). */
    public Object read(Ruleset ruleset, DecisionKind kind, JsonNode tree) {
        try {
            return read(kind, tree);
        } catch (InvalidInputException e) {
            throw withRuleErrors(ruleset, kind, e);
        }
    }

    private <T> InvalidInputException withRuleErrors(Ruleset ruleset, DecisionKind kind, InvalidInputException e) {
        Programme<T> programme = programmes.get(kind);
        if (e.partialInput() == null || !programme.inputType().isInstance(e.partialInput())) {
            return e;
        }
        List<FieldError> ruleErrors;
        try {
            ruleErrors = programme.inputErrors(ruleset.run(programme.facts(programme.inputType().cast(e.partialInput()))));
        } catch (RuntimeException rulesCouldNotJudgeIt) {
            // the rules are written for inputs that passed intake; on this one they name nothing more
            return e;
        }
        Map<String, FieldError> all = new LinkedHashMap<>();
        e.errors().forEach(error -> all.put(error.field(), error));
        ruleErrors.forEach(error -> all.putIfAbsent(error.field(), error));
        if (all.size() == e.errors().size()) {
            return e;
        }
        List<FieldError> merged = new ArrayList<>(all.values());
        merged.sort(Comparator.comparing(FieldError::field));
        return new InvalidInputException(merged, e.partialInput());
    }

    /** Reads, validates and decides. */
    public Decision decide(Ruleset ruleset, DecisionKind kind, String json) {
        return decide(ruleset, kind, read(ruleset, kind, json));
    }

    /** Decides an input already read; {@link InvalidInputException} when the rules find it cannot be decided. */
    public Decision decide(Ruleset ruleset, DecisionKind kind, Object input) {
        return decideAs(ruleset, programmes.get(kind), input);
    }

    private <T> Decision decideAs(Ruleset ruleset, Programme<T> programme, Object untyped) {
        T input = programme.inputType().cast(untyped);
        RuleRun run = ruleset.run(programme.facts(input));
        Outcome outcome = programme.outcome(input, run);
        if (outcome.outcome() == null) {
            throw new IllegalStateException("the rules " + ruleset.version() + " gave " + outcome.subjectId()
                    + " no outcome: an outcome rule is missing");
        }
        AsOf asOf = run.one(AsOf.class).orElseThrow(() -> new IllegalStateException("the rules " + ruleset.version()
                + " gave " + outcome.subjectId() + " no as-of date: the as-of rule is missing"));
        List<Reason> reasons = run.all(Reason.class).stream().sorted(ReasonOrder.REPORTING).toList();
        return new Decision(
                DecisionIds.next(clock),
                outcome.subjectId(),
                programme.kind(),
                outcome.outcome(),
                outcome.grantHkd(),
                outcome.level(),
                reasons,
                List.copyOf(run.firedRules()),
                asOf.date(),
                ruleset.version(),
                OffsetDateTime.now(clock.withZone(HONG_KONG)).truncatedTo(ChronoUnit.MILLIS),
                outcome.score(),
                outcome.labelValidFrom(),
                outcome.labelValidUntil(),
                null);
    }

    /** What a report shows of a subject besides its decision. */
    public Subject subject(DecisionKind kind, Object input) {
        return subjectAs(programmes.get(kind), input);
    }

    private static <T> Subject subjectAs(Programme<T> programme, Object input) {
        return programme.subject(programme.inputType().cast(input));
    }
}
