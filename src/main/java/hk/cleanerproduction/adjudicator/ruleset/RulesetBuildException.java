package hk.cleanerproduction.adjudicator.ruleset;

import java.util.List;

/** The rules directory does not build; every problem found is listed. */
public class RulesetBuildException extends Exception {

    private final transient List<RuleProblem> problems;

    public RulesetBuildException(List<RuleProblem> problems) {
        super(problems.size() + " problem(s) in the rules: " + problems.get(0)
                + (problems.size() > 1 ? " ..." : ""));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
