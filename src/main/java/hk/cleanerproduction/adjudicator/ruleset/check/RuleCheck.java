package hk.cleanerproduction.adjudicator.ruleset.check;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import java.util.List;

/** A check of the rule files beyond compiling them; it reads the files, never runs them. */
public interface RuleCheck {

    /** Every problem found, as {@code file:line: message}; empty when all is well. */
    List<RuleProblem> check(RulesDirectory directory);
}
