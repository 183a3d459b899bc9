package hk.cleanerproduction.adjudicator.testing;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.time.Clock;
import java.util.function.Supplier;

/** One programme's decisions through the one adjudication path, under a ruleset a test chooses. */
public final class Decider {

    private final DecisionKind kind;
    private final Supplier<Ruleset> ruleset;
    private final Adjudication adjudication;

    private Decider(DecisionKind kind, Supplier<Ruleset> ruleset, Clock clock) {
        this.kind = kind;
        this.ruleset = ruleset;
        this.adjudication = new Adjudication(clock);
    }

    public static Decider funding(Supplier<Ruleset> ruleset, Clock clock) {
        return new Decider(DecisionKind.FUNDING, ruleset, clock);
    }

    public static Decider recognition(Supplier<Ruleset> ruleset, Clock clock) {
        return new Decider(DecisionKind.RECOGNITION, ruleset, clock);
    }

    public Decision decide(Object input) {
        return adjudication.decide(ruleset.get(), kind, input);
    }
}
