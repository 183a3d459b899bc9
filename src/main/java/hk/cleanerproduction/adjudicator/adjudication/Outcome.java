package hk.cleanerproduction.adjudicator.adjudication;

import java.time.LocalDate;

/**
 * What a programme's rules concluded about one subject; {@link Adjudication} adds the reasons, the
 * fired rules, the as-of date and the stamp to make it a decision. Fields a programme does not use are null.
 */
public record Outcome(String subjectId, String outcome, Long grantHkd, String level, Integer score,
        LocalDate labelValidFrom, LocalDate labelValidUntil) {
}
