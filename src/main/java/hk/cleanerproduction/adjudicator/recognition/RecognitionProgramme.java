package hk.cleanerproduction.adjudicator.recognition;

import hk.cleanerproduction.adjudicator.adjudication.AbstractProgramme;
import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.adjudication.Outcome;
import hk.cleanerproduction.adjudicator.adjudication.Subject;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.ruleset.RuleRun;
import java.util.Comparator;
import java.util.List;

/**
 * The Recognition Scheme's nominations: decided as of the ceremony date of the award year (the rules
 * derive it), with the score, outcome, level and label validity the rules set. Checks that depend on
 * policy (a score part above its maximum, an award year with no ceremony date) are found by the rules as
 * {@link NominationInputError} facts and answered as bad input. The certificate number is left to the
 * batch, which numbers the awardees of a ceremony together.
 */
public final class RecognitionProgramme extends AbstractProgramme<Nomination> {

    public RecognitionProgramme() {
        super(DecisionKind.RECOGNITION, Nomination.class, "nominationId", RecognitionAssessment::new);
    }

    @Override
    public List<FieldError> inputErrors(RuleRun run) {
        return run.all(NominationInputError.class).stream().map(NominationInputError::toFieldError)
                .sorted(Comparator.comparing(FieldError::field)).toList();
    }

    @Override
    public Outcome outcome(Nomination nomination, RuleRun run) {
        List<FieldError> inputErrors = inputErrors(run);
        if (!inputErrors.isEmpty()) {
            throw new InvalidInputException(inputErrors);
        }
        RecognitionAssessment assessment = run.one(RecognitionAssessment.class).orElseThrow();
        return new Outcome(nomination.nominationId(),
                assessment.getOutcome() == null ? null : assessment.getOutcome().name(),
                null,
                assessment.getLevel() == null ? null : assessment.getLevel().name(),
                assessment.getScore(), assessment.getLabelValidFrom(), assessment.getLabelValidUntil());
    }

    @Override
    public Subject subject(Nomination nomination) {
        return new Subject(nomination.enterprise().name(), nomination.category().name(), nomination.awardYear());
    }
}
