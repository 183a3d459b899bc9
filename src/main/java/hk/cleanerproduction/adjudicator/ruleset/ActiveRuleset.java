package hk.cleanerproduction.adjudicator.ruleset;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The ruleset decisions are made with now. Swapping it is atomic: a decision already running keeps
 * the ruleset it started with, the next one takes the new one.
 */
public final class ActiveRuleset {

    private final AtomicReference<Ruleset> current;

    public ActiveRuleset(Ruleset initial) {
        this.current = new AtomicReference<>(initial);
    }

    public Ruleset get() {
        return current.get();
    }

    /** Makes {@code next} the active ruleset and returns the one it replaced. */
    public Ruleset activate(Ruleset next) {
        return current.getAndSet(next);
    }
}
