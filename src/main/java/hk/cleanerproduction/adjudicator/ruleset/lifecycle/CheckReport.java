package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.scenario.ScenarioRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of putting a rules directory through the gate: build, checks, scenarios.
 *
 * @param rulesDir        the directory as given
 * @param version         label-hash8 of the files read (null when the directory could not be read)
 * @param contentHash     SHA-256 of the files read
 * @param checkedAt       when the check started
 * @param took            how long build, checks and scenarios took
 * @param ruleCount       rules in the built rule base (0 when it did not build)
 * @param scenariosRun    scenarios decided
 * @param scenariosFailed scenarios whose decision was not the one expected
 * @param problems        every problem, as file:line: message; empty when all passed
 * @param ruleset         the built ruleset, present only when everything passed (the caller owns it)
 * @param scenarioFailures the failing scenarios with what each expected and got (also among the problems)
 */
public record CheckReport(String rulesDir, String version, String contentHash, Instant checkedAt, Duration took,
        int ruleCount, int scenariosRun, int scenariosFailed, List<RuleProblem> problems, Optional<Ruleset> ruleset,
        List<ScenarioRunner.Failure> scenarioFailures) {

    /** A report without failing scenarios to detail (none ran, or they passed). */
    public CheckReport(String rulesDir, String version, String contentHash, Instant checkedAt, Duration took,
            int ruleCount, int scenariosRun, int scenariosFailed, List<RuleProblem> problems, Optional<Ruleset> ruleset) {
        this(rulesDir, version, contentHash, checkedAt, took, ruleCount, scenariosRun, scenariosFailed, problems, ruleset, List.of());
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** One line for a log or a console: what was checked and how it went. */
    public String summary() {
        return (passed() ? "passed" : problems.size() + " problem(s)") + ": " + rulesDir + " version " + version + ", "
                + ruleCount + " rules, " + scenariosRun + " scenarios (" + scenariosFailed + " failed), in "
                + took.toMillis() + " ms";
    }
}
