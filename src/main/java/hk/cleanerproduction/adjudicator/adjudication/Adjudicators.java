package hk.cleanerproduction.adjudicator.adjudication;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;

import hk.cleanerproduction.adjudicator.funding.FundingAdjudicator;
import hk.cleanerproduction.adjudicator.recognition.RecognitionAdjudicator;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** One adjudicator per kind of decision, all deciding with the same (active) ruleset. */
public final class Adjudicators {

    private final Map<DecisionKind, Adjudicator<?>> byKind = new EnumMap<>(DecisionKind.class);

    public Adjudicators(Supplier<Ruleset> rules, Clock clock) {
        register(new FundingAdjudicator(rules, clock));
        register(new RecognitionAdjudicator(rules, clock));
    }

    private void register(Adjudicator<?> adjudicator) {
        byKind.put(adjudicator.kind(), adjudicator);
    }

    @SuppressWarnings("unchecked")
    public <T> Adjudicator<T> get(DecisionKind kind) {
        Adjudicator<T> adjudicator = (Adjudicator<T>) byKind.get(kind);
        if (adjudicator == null) {
            throw new IllegalArgumentException("no adjudicator for " + kind);
        }
        return adjudicator;
    }

    @SuppressWarnings("unchecked")
    public FundingAdjudicator funding() {
        return (FundingAdjudicator) byKind.get(DecisionKind.FUNDING);
    }

    public RecognitionAdjudicator recognition() {
        return (RecognitionAdjudicator) byKind.get(DecisionKind.RECOGNITION);
    }
}
