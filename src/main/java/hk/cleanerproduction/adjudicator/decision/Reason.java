package hk.cleanerproduction.adjudicator.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * One finding of one rule, inserted by the rules in {@code rules/} and reported as is.
 *
 * @param ruleId    the rule id of docs/policy (F-WIN-1, R-GATE-2, ...)
 * @param code      the reason code of docs/policy
 * @param effect    what it does to the outcome
 * @param message   plain English
 * @param messageZh Traditional Chinese
 * @param source    where the rule comes from
 * @param margins   by how much a rule that sets a quantity was missed (a score short of a threshold, a date
 *                  outside a window), when the rule says; empty otherwise. Left out of the JSON when empty,
 *                  so that a reason without one reads as it always has, and stored decisions read and
 *                  replay unchanged.
 */
public record Reason(String ruleId, String code, Effect effect, String message, String messageZh, String source,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Margin> margins) {

    public Reason {
        margins = margins == null ? List.of() : List.copyOf(margins);
    }

    /** A reason without a margin: the six parts every rule gives. */
    public Reason(String ruleId, String code, Effect effect, String message, String messageZh, String source) {
        this(ruleId, code, effect, message, messageZh, source, List.of());
    }

    /** The same reason with one more margin, for a rule action: {@code new Reason(…).withMargin(Margin.atLeast(…))}. */
    public Reason withMargin(Margin margin) {
        List<Margin> more = new ArrayList<>(margins);
        more.add(margin);
        return new Reason(ruleId, code, effect, message, messageZh, source, more);
    }
}
