package hk.cleanerproduction.adjudicator.testing;

import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link FixtureRules} ruleset, built once for a test class and closed after it:
 * {@code @RegisterExtension static final FixtureRuleset RULESET = new FixtureRuleset();}, then
 * {@code Decider.funding(RULESET, clock)}. Nested test classes share their outer class's ruleset.
 */
public final class FixtureRuleset implements BeforeAllCallback, AfterAllCallback, Supplier<Ruleset> {

    private Ruleset ruleset;
    /** The test classes running with it: the outer class and the nested classes within it. */
    private int classes;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (classes++ == 0) {
            ruleset = new RulesetLoader(2).load(FixtureRules.DIR);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--classes == 0) {
            ruleset.close();
        }
    }

    @Override
    public Ruleset get() {
        return ruleset;
    }
}
