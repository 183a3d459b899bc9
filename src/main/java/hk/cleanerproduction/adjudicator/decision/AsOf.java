package hk.cleanerproduction.adjudicator.decision;

import java.time.LocalDate;

/**
 * The date a decision is made as of. The rules derive it from the input (the date received, the
 * ceremony date of the award year) and every effective-dated parameter row is chosen by it: nothing
 * in the rules reads the clock.
 */
public record AsOf(LocalDate date) {
}
