package hk.cleanerproduction.adjudicator.recognition;

import hk.cleanerproduction.adjudicator.adjudication.Adjudicator;
import hk.cleanerproduction.adjudicator.decision.AsOf;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionIds;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.decision.ReasonOrder;
import hk.cleanerproduction.adjudicator.funding.FundingAdjudicator;
import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.ruleset.RuleRun;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Decides a validated nomination with the active ruleset, as of the ceremony date of its award year.
 * The rules decide everything: the as-of date, the score, the reasons, the outcome, the level and the
 * label's validity. Checks that depend on policy (a score part above its maximum, an award year with
 * no ceremony date) are found by the rules as {@link NominationInputError} facts and answered here as bad input.
 * The certificate number is left to the batch, which numbers the awardees of a ceremony together.
 */
public final class RecognitionAdjudicator implements Adjudicator<Nomination> {

    private final Supplier<Ruleset> rules;
    private final Clock clock;

    public RecognitionAdjudicator(Supplier<Ruleset> rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public DecisionKind kind() {
        return DecisionKind.RECOGNITION;
    }

    @Override
    public Class<Nomination> inputType() {
        return Nomination.class;
    }

    @Override
    public Decision decide(Nomination nomination) {
        Ruleset ruleset = rules.get();
        RuleRun run = ruleset.run(List.of(nomination, new RecognitionAssessment()));
        List<FieldError> inputErrors = run.all(NominationInputError.class).stream().map(NominationInputError::toFieldError)
                .sorted(Comparator.comparing(FieldError::field)).toList();
        if (!inputErrors.isEmpty()) {
            throw new InvalidInputException(inputErrors);
        }
        RecognitionAssessment assessment = run.one(RecognitionAssessment.class).orElseThrow();
        if (assessment.getOutcome() == null) {
            throw new IllegalStateException("the rules " + ruleset.version() + " gave nomination "
                    + nomination.nominationId() + " no outcome: an R-OUTCOME rule is missing");
        }
        AsOf asOf = run.one(AsOf.class).orElseThrow(() -> new IllegalStateException("the rules " + ruleset.version()
                + " gave nomination " + nomination.nominationId() + " no as-of date: the R-ASOF rule is missing"));
        List<Reason> reasons = run.all(Reason.class).stream().sorted(ReasonOrder.REPORTING).toList();
        return new Decision(
                DecisionIds.next(clock),
                nomination.nominationId(),
                DecisionKind.RECOGNITION,
                assessment.getOutcome().name(),
                null,
                assessment.getLevel() == null ? null : assessment.getLevel().name(),
                reasons,
                List.copyOf(run.firedRules()),
                asOf.date(),
                ruleset.version(),
                OffsetDateTime.now(clock.withZone(FundingAdjudicator.HONG_KONG)).truncatedTo(ChronoUnit.MILLIS),
                assessment.getScore(),
                assessment.getLabelValidFrom(),
                assessment.getLabelValidUntil(),
                null);
    }
}
