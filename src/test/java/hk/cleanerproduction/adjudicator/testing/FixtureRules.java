package hk.cleanerproduction.adjudicator.testing;

import java.nio.file.Path;

/**
 * The ruleset the engine's tests run on: a copy of the policy as it was when the tests were written,
 * kept under src/test/resources so that a policy officer's change to rules/ never breaks a Java test.
 * Today's policy is tested by the scenarios beside it in rules/, which the gate runs.
 */
public final class FixtureRules {

    public static final Path DIR = Path.of("src/test/resources/fixture-rules");

    private FixtureRules() {
    }
}
