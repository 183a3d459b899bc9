package hk.cleanerproduction.adjudicator.recognition;
import hk.cleanerproduction.adjudicator.testing.Decider;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;

import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import hk.cleanerproduction.adjudicator.testdata.RecognitionDataGenerator;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Throughput of recognition decisions with the real rules (not a timed test: it prints figures and
 * asserts nothing). Run with
 * {@code mvn -q -o test -Dtest=RecognitionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RecognitionBenchmark {

    private static final int NOMINATIONS = 2_400;
    private static final int ROUNDS = 15;

    @Test
    void decisionsPerSecond() throws Exception {
        long buildStart = System.nanoTime();
        Ruleset ruleset = new RulesetLoader(4).load(FixtureRules.DIR);
        System.out.printf("build: %.2f s, %d rules%n", (System.nanoTime() - buildStart) / 1e9, ruleset.ruleNames().size());
        Decider adjudicator = Decider.recognition(() -> ruleset, Clock.systemUTC());
        List<Nomination> nominations = new RecognitionDataGenerator(7L).generate(NOMINATIONS);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                long start = System.nanoTime();
                for (Nomination nomination : nominations) {
                    adjudicator.decide(nomination);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("round %d, 1 thread: %.0f decisions/s (%.1f us each)%n", round, NOMINATIONS / seconds,
                        seconds * 1e6 / NOMINATIONS);
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 1; round <= 3; round++) {
                    long start = System.nanoTime();
                    List<Future<?>> halves = List.of(
                            pool.submit(() -> nominations.subList(0, NOMINATIONS / 2).forEach(adjudicator::decide)),
                            pool.submit(() -> nominations.subList(NOMINATIONS / 2, NOMINATIONS).forEach(adjudicator::decide)));
                    for (Future<?> half : halves) {
                        half.get();
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("round %d, 2 threads: %.0f decisions/s%n", round, NOMINATIONS / seconds);
                }
            } finally {
                pool.shutdownNow(); // a decision that throws must end the benchmark, not leave it waiting
            }
        } finally {
            ruleset.close();
        }
    }
}
