package hk.cleanerproduction.adjudicator.decision;

import java.util.Comparator;

/**
 * The order reasons are reported in: what refuses first, then what refers, then information; within
 * each, by rule id, so the same input always lists its reasons the same way.
 */
public final class ReasonOrder {

    public static final Comparator<Reason> REPORTING = Comparator
            .comparing(Reason::effect)
            .thenComparing(Reason::ruleId)
            .thenComparing(Reason::code);

    private ReasonOrder() {
    }
}
