package hk.cleanerproduction.adjudicator.decision;

/**
 * One finding of one rule, inserted by the rules in {@code rules/} and reported as is.
 *
 * @param ruleId    the rule id of docs/policy (F-WIN-1, R-GATE-2, ...)
 * @param code      the reason code of docs/policy
 * @param effect    what it does to the outcome
 * @param message   plain English
 * @param messageZh Traditional Chinese
 * @param source    where the rule comes from
 */
public record Reason(String ruleId, String code, Effect effect, String message, String messageZh, String source) {
}
