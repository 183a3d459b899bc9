package hk.cleanerproduction.bench;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: decisions per second on one thread, in process, with the full explanation
 * (every reason in both languages, the fired-rule trail), measured the way the peer engines of
 * {@code bench/compare} measure theirs: the inputs are read and validated first, untimed; then WARMUP
 * untimed passes and REPEAT timed passes over all of them on this one thread.
 * <pre>
 * java -cp target/classes:target/test-classes:target/app/lib/* hk.cleanerproduction.bench.DecisionRateBenchmark \
 *     funding|recognition RULES_DIR INPUT.jsonl [REPEAT] [WARMUP]
 * </pre>
 * Prints {@code decisions_per_s=N} and the outcomes counted over one pass.
 */
public final class DecisionRateBenchmark {

    public static void main(String[] args) throws Exception {
        DecisionKind kind = DecisionKind.valueOf(args[0].toUpperCase(Locale.ROOT));
        Path rules = Path.of(args[1]);
        Path input = Path.of(args[2]);
        int repeat = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 2;

        Ruleset ruleset = new RulesetLoader(2).load(rules);
        Adjudication adjudication = new Adjudication(Clock.systemUTC());
        List<Object> inputs = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    inputs.add(adjudication.read(kind, line));
                }
            }
        }
        for (int w = 0; w < warmup; w++) {
            decideAll(adjudication, ruleset, kind, inputs);
        }
        long start = System.nanoTime();
        long reasons = 0;
        for (int r = 0; r < repeat; r++) {
            reasons += decideAll(adjudication, ruleset, kind, inputs);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long decisions = (long) inputs.size() * repeat;
        System.out.printf(Locale.ROOT, "rules=%s rows=%d repeat=%d warmup=%d loop_s=%.3f decisions_per_s=%.0f reasons_per_decision=%.2f%n",
                ruleset.version(), inputs.size(), repeat, warmup, seconds, decisions / seconds, (double) reasons / decisions);
        ruleset.close();
    }

    /** Decides every input once; returns the number of reasons given, so that no work can be skipped. */
    private static long decideAll(Adjudication adjudication, Ruleset ruleset, DecisionKind kind, List<Object> inputs) {
        long reasons = 0;
        for (Object in : inputs) {
            Decision decision = adjudication.decide(ruleset, kind, in);
            reasons += decision.reasons().size() + decision.firedRules().size();
        }
        return reasons;
    }
}
