package hk.cleanerproduction.adjudicator.funding;
import hk.cleanerproduction.adjudicator.testing.Decider;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;

import hk.cleanerproduction.adjudicator.adjudication.InputReader;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark, not a test (surefire skips *Benchmark): how fast the real rules decide the sample
 * applications, on 1 and on N threads, after warming up. Run it with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) hk.cleanerproduction.adjudicator.funding.FundingDecisionBenchmark [threads] [seconds]}.
 */
public final class FundingDecisionBenchmark {

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        long buildStart = System.nanoTime();
        Ruleset ruleset = new RulesetLoader(threads * 2).load(FixtureRules.DIR);
        System.out.printf("ruleset %s built in %d ms (%d rules)%n", ruleset.version(),
                (System.nanoTime() - buildStart) / 1_000_000, ruleset.ruleNames().size());
        Decider adjudicator = Decider.funding(() -> ruleset, Clock.systemUTC());
        InputReader reader = new InputReader();
        List<FundingApplication> applications = Files.readAllLines(Path.of("test-data/funding/applications.jsonl")).stream()
                .map(line -> reader.read(line, FundingApplication.class)).toList();

        run(adjudicator, applications, 1, 5, "warm-up");
        run(adjudicator, applications, 1, seconds, "1 thread");
        run(adjudicator, applications, threads, seconds, threads + " threads");
        ruleset.close();
    }

    private static void run(Decider adjudicator, List<FundingApplication> applications, int threads, int seconds,
            String label) throws Exception {
        AtomicLong decided = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new java.util.ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            workers.add(pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    adjudicator.decide(applications.get(i % applications.size()));
                    decided.incrementAndGet();
                }
            }));
        }
        try {
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdownNow(); // a decision that throws must end the benchmark, not leave it waiting
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-10s %,10d decisions in %.1f s = %,.0f decisions/s (%.1f µs each per thread)%n", label,
                decided.get(), elapsed, decided.get() / elapsed, elapsed * 1e6 * threads / decided.get());
    }
}
