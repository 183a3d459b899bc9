package hk.cleanerproduction.adjudicator.funding;

import hk.cleanerproduction.adjudicator.adjudication.AbstractProgramme;
import hk.cleanerproduction.adjudicator.adjudication.Outcome;
import hk.cleanerproduction.adjudicator.adjudication.Subject;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.ruleset.RuleRun;

/**
 * The Cleaner Production Partnership Programme's funding applications: decided as of the date received
 * (the rules derive it), with an outcome and a grant that the rules alone set.
 */
public final class FundingProgramme extends AbstractProgramme<FundingApplication> {

    public FundingProgramme() {
        super(DecisionKind.FUNDING, FundingApplication.class, "applicationId", FundingAssessment::new);
    }

    @Override
    public Outcome outcome(FundingApplication application, RuleRun run) {
        FundingAssessment assessment = run.one(FundingAssessment.class).orElseThrow();
        return new Outcome(application.applicationId(),
                assessment.getOutcome() == null ? null : assessment.getOutcome().name(),
                assessment.getGrantHkd() == null ? 0L : assessment.getGrantHkd(),
                null, null, null, null);
    }

    @Override
    public Subject subject(FundingApplication application) {
        return new Subject(application.applicant().name(), null, null);
    }
}
