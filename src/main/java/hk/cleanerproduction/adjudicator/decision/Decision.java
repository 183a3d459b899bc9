package hk.cleanerproduction.adjudicator.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An explained decision, as SPEC.md "Decision" fixes it. The recognition fields ({@code score},
 * {@code labelValidFrom}, {@code labelValidUntil}, {@code certificateNumber}) extend the contract and
 * are null for funding.
 */
public record Decision(
        String decisionId,
        String subjectId,
        DecisionKind kind,
        String outcome,
        Long grantHkd,
        String level,
        List<Reason> reasons,
        List<String> firedRules,
        LocalDate asOf,
        String rulesetVersion,
        OffsetDateTime decidedAt,
        Integer score,
        LocalDate labelValidFrom,
        LocalDate labelValidUntil,
        String certificateNumber) {

    /** The same decision with a certificate number (given by a batch, which numbers the awardees). */
    public Decision withCertificateNumber(String number) {
        return new Decision(decisionId, subjectId, kind, outcome, grantHkd, level, reasons, firedRules, asOf,
                rulesetVersion, decidedAt, score, labelValidFrom, labelValidUntil, number);
    }

    /** The same decision with another outcome and grant (a budgeted batch waitlists what it cannot fund). */
    public Decision withOutcome(String newOutcome, Long newGrantHkd) {
        return new Decision(decisionId, subjectId, kind, newOutcome, newGrantHkd, level, reasons, firedRules, asOf,
                rulesetVersion, decidedAt, score, labelValidFrom, labelValidUntil, certificateNumber);
    }
}
