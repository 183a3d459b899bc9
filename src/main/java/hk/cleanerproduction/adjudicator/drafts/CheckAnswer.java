package hk.cleanerproduction.adjudicator.drafts;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.CheckReport;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gate's answer on a draft, as SPEC.md gives it: every problem at its file and line (paths relative to
 * the rules folder, as the draft's files are named) and, apart, the failing scenarios with what each expected
 * and what the draft decides.
 */
record CheckAnswer(boolean passed, String version, Instant checkedAt, long tookMillis, int ruleCount, List<Problem> problems,
        Scenarios scenarios) {

    record Problem(String file, int line, String message) {
    }

    record Scenarios(int total, int failed, List<Failure> failures) {
    }

    record Failure(String file, int line, String name, String message, Map<String, Object> expected, Map<String, Object> got) {
    }

    /** @param root how the checked snapshot names its files ({@code draft-12/}), taken off every path */
    static CheckAnswer of(CheckReport report, String root) {
        Set<RuleProblem> scenarioProblems = new HashSet<>();
        List<Failure> failures = report.scenarioFailures().stream().map(f -> {
            scenarioProblems.add(f.problem());
            return new Failure(relative(f.scenario().file(), root), f.scenario().line(), f.scenario().name(), f.message(),
                    f.expected(), f.got());
        }).toList();
        List<Problem> problems = report.problems().stream().filter(p -> !scenarioProblems.contains(p))
                .map(p -> new Problem(relative(p.file(), root), p.line(), p.message())).toList();
        return new CheckAnswer(report.passed(), report.version(), report.checkedAt(), report.took().toMillis(), report.ruleCount(),
                problems, new Scenarios(report.scenariosRun(), failures.size(), failures));
    }

    /** A check that could not run to its end (the rules broke the checker itself): one problem, no scenario run. */
    static CheckAnswer broken(String version, Instant at, String message) {
        return new CheckAnswer(false, version, at, 0, 0, List.of(new Problem("", 0, message)), new Scenarios(0, 0, List.of()));
    }

    static String relative(String file, String root) {
        return file != null && file.startsWith(root) ? file.substring(root.length()) : file;
    }
}
