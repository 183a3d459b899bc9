package hk.cleanerproduction.adjudicator.funding;

import hk.cleanerproduction.adjudicator.adjudication.Adjudicator;
import hk.cleanerproduction.adjudicator.decision.AsOf;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionIds;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.decision.ReasonOrder;
import hk.cleanerproduction.adjudicator.ruleset.RuleRun;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * Decides a validated funding application with the active ruleset. Everything the decision says comes
 * from the rules: the as-of date, the reasons, the grant and the outcome; this class only runs them
 * and writes down what they left.
 */
public final class FundingAdjudicator implements Adjudicator<FundingApplication> {

    /** Decisions are stamped in Hong Kong time (the programme's time zone). */
    public static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");

    private final Supplier<Ruleset> rules;
    private final Clock clock;

    public FundingAdjudicator(Supplier<Ruleset> rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public DecisionKind kind() {
        return DecisionKind.FUNDING;
    }

    @Override
    public Class<FundingApplication> inputType() {
        return FundingApplication.class;
    }

    @Override
    public Decision decide(FundingApplication application) {
        Ruleset ruleset = rules.get();
        RuleRun run = ruleset.run(List.of(application, new FundingAssessment()));
        FundingAssessment assessment = run.one(FundingAssessment.class).orElseThrow();
        if (assessment.getOutcome() == null) {
            throw new IllegalStateException("the rules " + ruleset.version() + " gave application "
                    + application.applicationId() + " no outcome: an F-OUTCOME rule is missing");
        }
        AsOf asOf = run.one(AsOf.class).orElseThrow(() -> new IllegalStateException("the rules " + ruleset.version()
                + " gave application " + application.applicationId() + " no as-of date: the F-ASOF rule is missing"));
        List<Reason> reasons = run.all(Reason.class).stream().sorted(ReasonOrder.REPORTING).toList();
        return new Decision(
                DecisionIds.next(clock),
                application.applicationId(),
                DecisionKind.FUNDING,
                assessment.getOutcome().name(),
                assessment.getGrantHkd() == null ? 0L : assessment.getGrantHkd(),
                null,
                reasons,
                List.copyOf(run.firedRules()),
                asOf.date(),
                ruleset.version(),
                OffsetDateTime.now(clock.withZone(HONG_KONG)).truncatedTo(ChronoUnit.MILLIS),
                null, null, null, null);
    }
}
