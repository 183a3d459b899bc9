package hk.cleanerproduction.adjudicator.ruleset;

import java.time.Duration;

/**
 * How far one decision may run: at most {@code maxFirings} rule firings (two rules that modify a fact
 * back and forth would otherwise fire forever) and at most {@code maxTime}, the last guard. Policy
 * officers set both in ruleset.properties.
 */
public record RunLimits(int maxFirings, Duration maxTime) {

    public static final int DEFAULT_MAX_FIRINGS = 10_000;
    public static final int DEFAULT_MAX_MILLIS = 2_000;
}
