package hk.cleanerproduction.adjudicator.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hk.cleanerproduction.adjudicator.cli.AdjudicatorCli;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.testing.Decider;
import hk.cleanerproduction.adjudicator.testing.EndlessRules;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule run ends: two rules that undo each other are stopped by the firing limit, a slow run by the time limit. */
class RunLimitsTests {

    /** Two rules that modify one fact back and forth: without a limit they fire forever. */
    static final String PING_PONG = EndlessRules.forApplications("");

    @TempDir
    Path temp;

    @Test
    void rulesThatKeepFiringAreStoppedAtTheLimitNamingThem() throws Exception {
        RulesCopy rules = RulesCopy.of(temp).write("funding/ping-pong.drl", PING_PONG);
        Ruleset ruleset = new RulesetLoader(1).load(rules.root());
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> Decider.funding(() -> ruleset, Clock.systemUTC()).decide(SampleApplication.sample().read()))
                    .isInstanceOfSatisfying(RuleRunLimitException.class, e -> assertThat(e.limit()).isEqualTo(RuleRunLimitException.Limit.FIRINGS))
                    .hasMessageContaining("more than 10000 times").hasMessageContaining("'F-PING-1 ping'").hasMessageContaining("'F-PING-1 pong'");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
            // the pooled session is usable again afterwards
            assertThatThrownBy(() -> Decider.funding(() -> ruleset, Clock.systemUTC()).decide(SampleApplication.sample().read()))
                    .isInstanceOf(RuleRunLimitException.class);
        } finally {
            ruleset.close();
        }
    }

    @Test
    void aRunPastItsTimeIsStoppedByTheTimeLimit() throws Exception {
        RulesCopy rules = RulesCopy.of(temp).write("funding/ping-pong.drl", PING_PONG)
                .write("ruleset.properties", "label=test\nmax-firings-per-decision=1000000000\nmax-millis-per-decision=100\n");
        Ruleset ruleset = new RulesetLoader(1).load(rules.root());
        try {
            assertThat(ruleset.limits().maxTime().toMillis()).isEqualTo(100);
            assertThatThrownBy(() -> Decider.funding(() -> ruleset, Clock.systemUTC()).decide(SampleApplication.sample().read()))
                    .isInstanceOfSatisfying(RuleRunLimitException.class, e -> assertThat(e.limit()).isEqualTo(RuleRunLimitException.Limit.TIME))
                    .hasMessageContaining("longer than 100 ms");
        } finally {
            ruleset.close();
        }
    }

    @Test
    void theGateRefusesRulesWhoseScenariosHitTheLimitAtTheScenariosLine() {
        RulesCopy rules = RulesCopy.of(temp).write("funding/ping-pong.drl", PING_PONG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = AdjudicatorCli.run("rules", "check", "--rules", rules.root().toString());
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern(
                "funding/scenarios/[a-z-]+\\.yaml:\\d+: scenario '.*': the rules failed on it: the rules fired more than 10000 times");
    }
}
