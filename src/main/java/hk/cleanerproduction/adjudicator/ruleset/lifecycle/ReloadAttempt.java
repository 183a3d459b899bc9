package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import java.time.Instant;
import java.util.List;

/**
 * One attempt to bring a change of {@code rules/} live, as {@code GET /api/v1/ruleset} and health show it.
 *
 * @param trigger         what asked for it: start, file change, the reload endpoint
 * @param at              when it started
 * @param result          ACTIVATED (now live), UNCHANGED (the files are those already live), REFUSED (the old one keeps serving)
 * @param version         the version of the files it read
 * @param tookMillis      from reading the files to active (or refused)
 * @param ruleCount       rules built
 * @param scenariosRun    scenarios decided
 * @param scenariosFailed scenarios that failed
 * @param problems        every problem, as file:line: message
 */
public record ReloadAttempt(String trigger, Instant at, Result result, String version, long tookMillis, int ruleCount,
        int scenariosRun, int scenariosFailed, List<String> problems) {

    public enum Result { ACTIVATED, UNCHANGED, REFUSED }

    static ReloadAttempt of(String trigger, Instant at, Result result, CheckReport report, long tookMillis) {
        return new ReloadAttempt(trigger, at, result, report.version(), tookMillis, report.ruleCount(), report.scenariosRun(),
                report.scenariosFailed(), report.problems().stream().map(RuleProblem::toString).toList());
    }

    static ReloadAttempt unchanged(String trigger, Instant at, String version, long tookMillis) {
        return new ReloadAttempt(trigger, at, Result.UNCHANGED, version, tookMillis, 0, 0, 0, List.of());
    }

    static ReloadAttempt unreadable(String trigger, Instant at, String problem, long tookMillis) {
        return new ReloadAttempt(trigger, at, Result.REFUSED, null, tookMillis, 0, 0, 0, List.of(problem));
    }
}
