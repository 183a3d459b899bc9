package hk.cleanerproduction.adjudicator.decision;

import java.time.LocalDate;

/**
 * The date a decision is made as of. The rules derive it from the input (the date received, the
 * ceremony date of the award year) and every effective-dated parameter row is chosen by it: nothing
 * in the rules reads the clock.
 *
 * @param isoDate the same date as YYYY-MM-DD text, which sorts like the date: the parameter tables
 *                compare it with their From/To cells ({@code isoDate >= "2025-04-01"}). Parsing the
 *                cells into dates on every comparison cost a fifth of each funding decision.
 */
public record AsOf(LocalDate date, String isoDate) {

    public AsOf(LocalDate date) {
        this(date, date.toString());
    }
}
