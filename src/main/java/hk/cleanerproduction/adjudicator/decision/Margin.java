package hk.cleanerproduction.adjudicator.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * By how much a rule that sets a quantity was missed: what was measured, the value found, the bound the
 * rule sets, and the distance between them in a unit. A rule attaches it to its reason
 * ({@link Reason#withMargin}), so that other systems read the figures and a letter can tell the enterprise
 * that its score was 2 points short or its application a week late, rather than only that it failed.
 * The rules make one with the factories below, which work out {@code by} the same way everywhere.
 *
 * @param measure  what was measured, in lower case words joined by '-' ({@code score}, {@code received-after-window}):
 *                 the letter's sentence for it is {@code margin.<measure>} in rules/documents/letter.properties
 * @param found    the value found: a number in plain digits ({@code 68}, {@code 45.5}) or a date ({@code 2027-07-07})
 * @param bound    how the rule bounds the value: it must be at least, more than or at most the value required,
 *                 or on or before, or on or after it
 * @param required the value the rule requires, written like {@code found}
 * @param by       how far the value found is from the value required, in {@code unit}: never negative, and 0
 *                 only where the rule asks for more than the value required and found exactly that
 * @param unit     the unit of {@code by} (and of {@code found} and {@code required} unless they are dates)
 */
public record Margin(String measure, String found, Bound bound, String required, BigDecimal by, Unit unit) {

    /** How a rule bounds a quantity. */
    public enum Bound {
        AT_LEAST, MORE_THAN, AT_MOST, ON_OR_BEFORE, ON_OR_AFTER
    }

    /** What a margin is counted in. */
    public enum Unit {
        POINTS, DAYS, MONTHS, PERCENT, HKD, COUNT
    }

    /** Lower case words joined by '-': a key of the documents' wording, whatever the rules write. */
    public static final Pattern MEASURE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public Margin {
        if (measure == null || !MEASURE.matcher(measure).matches()) {
            throw new IllegalArgumentException("a margin's measure is lower case words joined by '-', not '" + measure + "'");
        }
    }

    /** The rule needs at least {@code required}: short by {@code required - found}. */
    public static Margin atLeast(String measure, Number found, Number required, Unit unit) {
        BigDecimal f = decimal(found);
        BigDecimal r = decimal(required);
        return new Margin(measure, plain(f), Bound.AT_LEAST, plain(r), plainValue(r.subtract(f)), unit);
    }

    /** The rule needs more than {@code threshold}: {@code threshold - found} below it (0 when found is the threshold). */
    public static Margin moreThan(String measure, Number found, Number threshold, Unit unit) {
        BigDecimal f = decimal(found);
        BigDecimal t = decimal(threshold);
        return new Margin(measure, plain(f), Bound.MORE_THAN, plain(t), plainValue(t.subtract(f)), unit);
    }

    /** The rule allows at most {@code allowed}: over by {@code found - allowed}. */
    public static Margin atMost(String measure, Number found, Number allowed, Unit unit) {
        BigDecimal f = decimal(found);
        BigDecimal a = decimal(allowed);
        return new Margin(measure, plain(f), Bound.AT_MOST, plain(a), plainValue(f.subtract(a)), unit);
    }

    /** The rule needs a date on or before {@code latest}: late by the days from {@code latest} to {@code found}. */
    public static Margin onOrBefore(String measure, LocalDate found, LocalDate latest) {
        return new Margin(measure, found.toString(), Bound.ON_OR_BEFORE, latest.toString(),
                BigDecimal.valueOf(ChronoUnit.DAYS.between(latest, found)), Unit.DAYS);
    }

    /** The rule needs a date on or after {@code earliest}: early by the days from {@code found} to {@code earliest}. */
    public static Margin onOrAfter(String measure, LocalDate found, LocalDate earliest) {
        return new Margin(measure, found.toString(), Bound.ON_OR_AFTER, earliest.toString(),
                BigDecimal.valueOf(ChronoUnit.DAYS.between(found, earliest)), Unit.DAYS);
    }

    /** Whether {@code found} and {@code required} are dates (a margin in days between two dates). */
    public boolean betweenDates() {
        return bound == Bound.ON_OR_BEFORE || bound == Bound.ON_OR_AFTER;
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal d) {
            return d;
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        return new BigDecimal(number.toString());
    }

    /** 45.50 -> 45.5 and 50.0 -> 50, never 5E+1: the same figure reads the same in every decision. */
    private static BigDecimal plainValue(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String plain(BigDecimal value) {
        return plainValue(value).toPlainString();
    }
}
