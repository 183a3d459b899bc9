package hk.cleanerproduction.adjudicator.ruleset.lifecycle;
import hk.cleanerproduction.adjudicator.documents.WordingCheck;
import hk.cleanerproduction.adjudicator.ruleset.check.CompiledCodeCheck;
import hk.cleanerproduction.adjudicator.ruleset.check.ParameterTableCheck;
import hk.cleanerproduction.adjudicator.ruleset.check.RuleCheck;
import hk.cleanerproduction.adjudicator.ruleset.check.RuleConventionCheck;
import hk.cleanerproduction.adjudicator.ruleset.check.TableValueCheck;
import hk.cleanerproduction.adjudicator.ruleset.check.SafetyCheck;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.ruleset.RulesetBuildException;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import hk.cleanerproduction.adjudicator.ruleset.scenario.ScenarioFiles;
import hk.cleanerproduction.adjudicator.ruleset.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one gate every ruleset passes before it decides anything for real: {@code rules check}, the
 * service start and every reload use it. It reads the directory once (so that what is checked is
 * exactly what is built), refuses at once any rule that reaches outside a decision (before Drools
 * compiles or runs anything), runs the other checks, builds the rule base, and decides every scenario
 * with it. The built ruleset is handed out only when nothing at all is wrong.
 */
public final class RulesetGate {

    private final RulesetLoader loader;
    private final RuleCheck safety;
    private final List<RuleCheck> checks;
    private final ScenarioRunner scenarios = new ScenarioRunner();
    private final CompiledCodeCheck compiledCode = new CompiledCodeCheck();
    private final Optional<GateCache> cache;

    /**
     * @param safety a check that must pass before any rule is compiled or run: the scenarios run the
     *               rules' code, so code that reaches outside a decision must never get that far
     * @param checks the other checks, whose problems are reported together with the build and scenarios
     */
    public RulesetGate(RulesetLoader loader, RuleCheck safety, List<RuleCheck> checks, Optional<GateCache> cache) {
        this.loader = loader;
        this.safety = safety;
        this.checks = List.copyOf(checks);
        this.cache = cache;
    }

    /** Every check: safety first, then parameter tables, rule conventions and the documents' wording; nothing remembered. */
    public static RulesetGate standard(RulesetLoader loader) {
        return new RulesetGate(loader, new SafetyCheck(), List.of(new ParameterTableCheck(), new TableValueCheck(), new RuleConventionCheck(), new WordingCheck()),
                Optional.empty());
    }

    /** Every check, remembering passes in {@code cache} so that unchanged rules are only built, not checked again. */
    public static RulesetGate standard(RulesetLoader loader, GateCache cache) {
        return new RulesetGate(loader, new SafetyCheck(), List.of(new ParameterTableCheck(), new TableValueCheck(), new RuleConventionCheck(), new WordingCheck()),
                Optional.of(cache));
    }

    public CheckReport check(Path rulesDir) {
        Instant start = Instant.now();
        RulesDirectory directory;
        try {
            directory = RulesDirectory.read(rulesDir);
        } catch (IOException e) {
            return new CheckReport(rulesDir.toString(), null, null, start, Duration.between(start, Instant.now()), 0, 0, 0,
                    List.of(new RuleProblem(rulesDir.toString(), 0, "cannot be read: " + e.getMessage())), Optional.empty());
        }
        return check(directory, start);
    }

    /** Checks a snapshot already read (the reloader reads it first to see whether anything changed). */
    public CheckReport check(RulesDirectory directory) {
        return check(directory, Instant.now());
    }

    private CheckReport check(RulesDirectory directory, Instant start) {
        Optional<GateCache.Pass> passed = cache.flatMap(c -> c.find(directory.contentHash()));
        if (passed.isPresent()) {
            return builtOnly(directory, start, passed.get());
        }
        CheckReport report = checkInFull(directory, start);
        if (report.passed()) {
            cache.ifPresent(c -> {
                c.remember(directory.contentHash(), new GateCache.Pass(report.ruleCount(), report.scenariosRun()));
                report.ruleset().ifPresent(c.built()::remember);
            });
        }
        return report;
    }

    /**
     * Files that passed this whole gate on another replica (their activation is on record with the scenarios
     * it ran): built and held to the build's own errors, without every check and scenario again on each
     * replica, as for a pass remembered in the {@link GateCache}. A build that fails here is checked in full.
     */
    public CheckReport checkPassedElsewhere(RulesDirectory directory, int scenariosRun) {
        return builtOnly(directory, Instant.now(), new GateCache.Pass(0, scenariosRun));
    }

    /** These very files passed before: build them (a build that fails now is still reported), skip the rest. */
    private CheckReport builtOnly(RulesDirectory directory, Instant start, GateCache.Pass pass) {
        try {
            Ruleset ruleset = cache.isPresent() ? loader.buildOrReuse(directory, cache.get().built()) : loader.build(directory);
            return new CheckReport(directory.display(""), directory.version(), directory.contentHash(), start,
                    Duration.between(start, Instant.now()), ruleset.ruleNames().size(), pass.scenariosRun(), 0, List.of(),
                    Optional.of(ruleset));
        } catch (RulesetBuildException e) {
            return checkInFull(directory, start);
        }
    }

    /** A ruleset built to be run, or why it was not: the problems of the steps that stopped it. */
    public record Built(Optional<Ruleset> ruleset, List<RuleProblem> problems) {
    }

    /**
     * The steps that make rules safe to run, without the other checks and the scenarios: the safety check,
     * the build and the compiled-code check. For running scenarios that fail, to accept what the rules now
     * decide (an intended change); nothing built here decides for real.
     */
    public Built buildToRun(RulesDirectory directory) {
        List<RuleProblem> unsafe = safety.check(directory);
        if (!unsafe.isEmpty()) {
            return new Built(Optional.empty(), unsafe);
        }
        Ruleset ruleset;
        try {
            ruleset = loader.build(directory);
        } catch (RulesetBuildException e) {
            return new Built(Optional.empty(), e.problems());
        }
        List<RuleProblem> refused = compiledCode.check(ruleset);
        if (!refused.isEmpty()) {
            ruleset.close();
            return new Built(Optional.empty(), refused);
        }
        return new Built(Optional.of(ruleset), List.of());
    }

    private CheckReport checkInFull(RulesDirectory directory, Instant start) {
        List<RuleProblem> problems = new ArrayList<>(safety.check(directory));
        if (!problems.isEmpty()) {
            // refused unread by Drools: neither compiled nor run (a scenario would run the forbidden call)
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
            return new CheckReport(directory.display(""), directory.version(), directory.contentHash(), start,
                    Duration.between(start, Instant.now()), 0, 0, 0, List.copyOf(problems), Optional.empty());
        }
        // the other checks and the scenario files only read the files: on a second core while Drools builds
        CompletableFuture<List<RuleProblem>> checked = CompletableFuture.supplyAsync(() -> checks.stream()
                .flatMap(check -> check.check(directory).stream()).toList());
        CompletableFuture<ScenarioFiles.Loaded> scenarioFiles = CompletableFuture.supplyAsync(() -> ScenarioFiles.read(directory));
        Ruleset ruleset = null;
        try {
            ruleset = loader.build(directory);
        } catch (RulesetBuildException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(joined(checked));
        if (ruleset != null) {
            // what Drools compiled is held to what rules may call before any of it runs (the scenarios would)
            List<RuleProblem> refused = compiledCode.check(ruleset);
            if (!refused.isEmpty()) {
                problems.addAll(refused);
                ruleset.close();
                ruleset = null;
            }
        }
        ScenarioFiles.Loaded loaded = joined(scenarioFiles);
        problems.addAll(loaded.problems());
        List<ScenarioRunner.Failure> failures = List.of();
        if (ruleset != null) {
            ScenarioRunner.Result result = scenarios.run(ruleset, loaded.scenarios());
            failures = result.failed();
            problems.addAll(result.failures());
        }
        // a table's typo is found by its check and, sometimes, by the build too: reported once
        problems = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        int ruleCount = ruleset == null ? 0 : ruleset.ruleNames().size();
        boolean passed = problems.isEmpty();
        if (!passed && ruleset != null) {
            ruleset.close();
        }
        return new CheckReport(directory.display(""), directory.version(), directory.contentHash(), start,
                Duration.between(start, Instant.now()), ruleCount, ruleset == null ? 0 : loaded.scenarios().size(), failures.size(),
                List.copyOf(problems), passed ? Optional.of(ruleset) : Optional.empty(), failures);
    }

    /** The result of work done beside the build; what it threw is thrown as is, not wrapped. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
