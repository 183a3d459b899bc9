package hk.cleanerproduction.adjudicator.ruleset;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;


/**
 * Benchmark, not a test (surefire skips *Benchmark): how long building rules/ takes, cold (the first
 * build in a JVM, as every command's start) and again (a live reload, {@code impact}). Run it with
 * {@code java -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:$(cat cp.txt)
 * hk.cleanerproduction.adjudicator.ruleset.RulesetBuildBenchmark [builds]}.
 */
public final class RulesetBuildBenchmark {

    public static void main(String[] args) throws Exception {
        int builds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        for (int i = 0; i < builds; i++) {
            long start = System.nanoTime();
            Ruleset ruleset = new RulesetLoader(2).load(FixtureRules.DIR);
            System.out.printf("build %d: %,d ms (%d rules)%n", i + 1, (System.nanoTime() - start) / 1_000_000,
                    ruleset.ruleNames().size());
            ruleset.close();
        }
    }
}
