package hk.cleanerproduction.adjudicator.funding;
import hk.cleanerproduction.adjudicator.testing.Decider;
import hk.cleanerproduction.adjudicator.testing.FixtureRuleset;

import static hk.cleanerproduction.adjudicator.funding.SampleApplication.sample;
import static hk.cleanerproduction.adjudicator.testing.DecisionAssertions.assertOutcomeWithCodeOnlyIf;
import static hk.cleanerproduction.adjudicator.testing.DecisionAssertions.codes;
import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.Effect;
import hk.cleanerproduction.adjudicator.decision.Margin;
import hk.cleanerproduction.adjudicator.decision.Margin.Bound;
import hk.cleanerproduction.adjudicator.decision.Margin.Unit;
import hk.cleanerproduction.adjudicator.decision.Reason;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every funding rule of docs/policy/funding.md, with the boundaries it lists, decided by the fixture
 * folder. The sample application is eligible; each test changes what its rule looks at.
 */
class FundingRulesTests {

    @RegisterExtension
    static final FixtureRuleset RULESET = new FixtureRuleset();
    private static final Decider adjudicator = Decider.funding(RULESET, Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));

    static Decision decide(SampleApplication application) {
        return adjudicator.decide(application.read());
    }

    @Test
    void theSampleIsEligibleForTheCeilingWithEveryReasonExplained() {
        Decision decision = decide(sample());
        assertThat(decision.outcome()).isEqualTo("ELIGIBLE");
        assertThat(decision.grantHkd()).isEqualTo(650_000L);
        assertThat(decision.asOf()).hasToString("2025-06-16");
        assertThat(decision.reasons()).singleElement().satisfies(r -> {
            assertThat(r.ruleId()).isEqualTo("F-AMT-2");
            assertThat(r.code()).isEqualTo("GRANT_CAPPED_AT_CEILING");
            assertThat(r.effect()).isEqualTo(Effect.INFO);
            assertThat(r.message()).isEqualTo("The grant is limited to the HK$650,000 ceiling.");
            assertThat(r.messageZh()).isEqualTo("資助額以港幣650,000元上限為限。");
            assertThat(r.source()).startsWith("docs/policy/funding.md#f-amt-2");
        });
        assertThat(decision.firedRules()).contains("F-WIN-1 2025-2027 new technology", "F-AMT-2 the grant is capped at the ceiling");
        assertThat(decision.rulesetVersion()).matches("2025\\.1-[0-9a-f]{8}");
    }

    @Test
    void amountsInReasonsDoNotDependOnTheMachinesLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY); // String.format("%,d") would write 650.000
            Decision decision = decide(sample().with("project.eligibleCostHkd", 2_000_000)
                    .with("priorGrantsThisPhaseHkd", 300_000));
            assertThat(decision.reasons()).extracting(Reason::message).containsExactly(
                    "The grant is limited to the HK$650,000 ceiling.",
                    "The factory has received HK$300,000 in this phase; the grant is cut to the HK$450,000 left of its HK$750,000 limit.");
            assertThat(decision.reasons()).extracting(Reason::messageZh).containsExactly(
                    "資助額以港幣650,000元上限為限。",
                    "工廠在本階段已獲資助港幣300,000元；資助額減至其港幣750,000元上限的餘額港幣450,000元。");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void theDecisionDoesNotDependOnTheClock() throws Exception {
        Decider later = Decider.funding(RULESET, Clock.fixed(Instant.parse("2040-06-01T00:00:00Z"), ZoneOffset.UTC));
        Decision now = decide(sample());
        Decision then = later.decide(sample().read());
        assertThat(then.outcome()).isEqualTo(now.outcome());
        assertThat(then.grantHkd()).isEqualTo(now.grantHkd());
        assertThat(then.reasons()).isEqualTo(now.reasons());
        assertThat(then.asOf()).isEqualTo(now.asOf());
    }

    @Nested
    class ApplicationWindow {

        @ParameterizedTest(name = "received {0}: {1}")
        @CsvSource({"2025-03-31, INELIGIBLE", "2025-04-01, ELIGIBLE", "2027-06-30, ELIGIBLE", "2027-07-01, INELIGIBLE"})
        void f_win_1_theWindowIncludesBothEnds(String received, String outcome) {
            Decision decision = decide(sample().with("receivedOn", received)
                    .with("applicant.businessRegistrationExpiry", "2028-12-31")
                    .with("project.plannedStart", "2027-07-01").with("project.plannedCompletion", "2027-12-31"));
            assertOutcomeWithCodeOnlyIf(decision, outcome, "OUTSIDE_APPLICATION_WINDOW", "INELIGIBLE");
        }

        @Test
        void f_win_1_anEarlierPhaseItemIsDecidedUnderItsOwnPhase() {
            Decision decision = decide(sample().with("projectType", "ON_SITE_ASSESSMENT").with("receivedOn", "2021-05-03")
                    .with("applicant.businessRegistrationExpiry", "2022-01-01")
                    .with("project.eligibleCostHkd", 100000)
                    .with("project.plannedStart", "2021-06-01").with("project.plannedCompletion", "2021-08-31"));
            assertThat(decision.outcome()).isEqualTo("ELIGIBLE");
            assertThat(decision.grantHkd()).isEqualTo(45_000L);
        }

        @Test
        void f_win_1_aNewTechnologyProjectBeforeTheNewRoundIsRefused() {
            Decision decision = decide(sample().with("receivedOn", "2024-06-16")
                    .with("applicant.businessRegistrationExpiry", "2028-12-31"));
            assertThat(codes(decision)).contains("OUTSIDE_APPLICATION_WINDOW");
            assertThat(decision.grantHkd()).isZero();
        }
    }

    @Nested
    class Applicant {

        @ParameterizedTest(name = "registration expires {0}: {1}")
        @CsvSource({"2025-06-15, INELIGIBLE", "2025-06-16, ELIGIBLE"})
        void f_app_2_aRegistrationExpiringOnTheDayReceivedIsStillInForce(String expiry, String outcome) {
            Decision decision = decide(sample().with("applicant.businessRegistrationExpiry", expiry));
            assertOutcomeWithCodeOnlyIf(decision, outcome, "BUSINESS_REGISTRATION_EXPIRED", "INELIGIBLE");
        }
    }

    @Nested
    class ConnectionAndLocation {

        @Test
        void f_con_1_noConnectionIsRefused() {
            assertThat(codes(decide(sample().with("factory.connection", "NONE")))).containsExactly("NO_HONG_KONG_CONNECTION", "GRANT_CAPPED_AT_CEILING");
        }

        @ParameterizedTest(name = "agreement expires {0}: {1}")
        @CsvSource({"2025-06-15, INELIGIBLE", "2025-06-16, ELIGIBLE"})
        void f_con_2_theProcessingAgreementMustBeInForceOnTheDayReceived(String expiry, String outcome) {
            Decision decision = decide(sample().with("factory.connection", "PROCESSING_AGREEMENT")
                    .with("factory.processingAgreementExpiry", expiry));
            assertOutcomeWithCodeOnlyIf(decision, outcome, "PROCESSING_AGREEMENT_EXPIRED", "INELIGIBLE");
        }

        @ParameterizedTest(name = "resident holds {0}% of the factory and {1}% of the applicant: {2}")
        @CsvSource({"50.00, 40, INELIGIBLE", "50.01, 30.00, ELIGIBLE", "80, 29.99, INELIGIBLE", "100, 100, ELIGIBLE"})
        void f_con_3_moreThanHalfTheFactoryAndAtLeastThirtyPercentOfTheApplicant(String factory, String applicant, String outcome) {
            Decision decision = decide(sample().with("factory.connection", "HK_RESIDENT_OWNED")
                    .with("factory.residentShareOfFactoryPercent", new java.math.BigDecimal(factory))
                    .with("factory.residentShareOfApplicantPercent", new java.math.BigDecimal(applicant)));
            assertOutcomeWithCodeOnlyIf(decision, outcome, "HK_RESIDENT_SHARE_TOO_LOW", "INELIGIBLE");
        }

        @ParameterizedTest(name = "{0} factory in {1}: {2}")
        @CsvSource({"WFOE, GUANGDONG, ELIGIBLE", "WFOE, MACAO, INELIGIBLE", "JOINT_VENTURE, OTHER_MAINLAND, INELIGIBLE",
            "JOINT_VENTURE, HONG_KONG, INELIGIBLE", "HK_FACTORY, HONG_KONG, ELIGIBLE", "HK_FACTORY, GUANGDONG, INELIGIBLE",
            "HK_POLLUTING_WORKSHOP, HONG_KONG, ELIGIBLE", "HK_POLLUTING_WORKSHOP, OTHER, INELIGIBLE"})
        void f_loc_1_theFactoryMustBeWhereItsConnectionRequires(String connection, String region, String outcome) {
            Decision decision = decide(sample().with("factory.connection", connection).with("factory.region", region));
            assertOutcomeWithCodeOnlyIf(decision, outcome, "FACTORY_LOCATION_NOT_ELIGIBLE", "INELIGIBLE");
        }
    }

    @Nested
    class FactoryAndProject {

        @Test
        void f_ops_1_aFactoryThatIsNotOperatingIsRefused() {
            assertThat(codes(decide(sample().with("factory.operating", false)))).contains("FACTORY_NOT_OPERATING");
        }

        @ParameterizedTest(name = "on list {0}, meets new-technology criteria {1}: {2}")
        @CsvSource({"true, false, ELIGIBLE", "false, true, ELIGIBLE", "false, false, INELIGIBLE"})
        void f_tec_1_eitherTheListOrTheCriteriaIsEnough(boolean onList, boolean meetsCriteria, String outcome) {
            Decision decision = decide(sample().with("project.technologyOnList", onList)
                    .with("project.meetsNewTechnologyCriteria", meetsCriteria));
            assertThat(decision.outcome()).isEqualTo(outcome);
        }

        @ParameterizedTest(name = "completion {0}: {1}")
        @CsvSource({"2026-09-01, ELIGIBLE", "2026-09-02, INELIGIBLE"})
        void f_dur_1_completionOnOrBeforeStartPlusTwelveMonths(String completion, String outcome) {
            Decision decision = decide(sample().with("project.plannedCompletion", completion));
            assertOutcomeWithCodeOnlyIf(decision, outcome, "PROJECT_TOO_LONG", "INELIGIBLE");
        }

        @ParameterizedTest(name = "completion {0}: {1}")
        @CsvSource({"2027-12-31, ELIGIBLE", "2028-01-01, INELIGIBLE"})
        void f_dur_2_completionNoLaterThanTheProgrammeEnd(String completion, String outcome) {
            Decision decision = decide(sample().with("receivedOn", "2027-06-01")
                    .with("applicant.businessRegistrationExpiry", "2028-06-30")
                    .with("project.plannedStart", "2027-03-01").with("project.plannedCompletion", completion));
            assertOutcomeWithCodeOnlyIf(decision, outcome, "COMPLETION_AFTER_PROGRAMME_END", "INELIGIBLE");
        }

        @Test
        void f_ind_1_aNonTargetIndustryIsReferredWithAProvisionalGrant() {
            Decision decision = decide(sample().with("factory.industry", "OTHER"));
            assertThat(decision.outcome()).isEqualTo("REFER");
            assertThat(decision.grantHkd()).isEqualTo(650_000L);
            assertThat(decision.reasons()).filteredOn(r -> r.effect() == Effect.REFER)
                    .extracting(Reason::ruleId, Reason::code).containsExactly(org.assertj.core.groups.Tuple.tuple("F-IND-1", "NON_TARGET_INDUSTRY"));
        }

        @Test
        void f_pen_1_aDeclaredPenaltyIsReferred() {
            Decision decision = decide(sample().with("factory.environmentalPenaltiesLast12Months", 1));
            assertThat(decision.outcome()).isEqualTo("REFER");
            assertThat(codes(decision)).contains("RECENT_ENVIRONMENTAL_PENALTY");
        }

        @ParameterizedTest(name = "penalty on {0}: referred {1}")
        @CsvSource({"2024-06-16, false", "2024-06-17, true", "2025-06-16, true", "2025-06-17, false"})
        void f_pen_1_aDatedPenaltyCountsWithinTheTwelveMonthsBeforeTheDayReceived(String penaltyDate, boolean referred) {
            Decision decision = decide(sample().with("factory.environmentalPenaltyDates", List.of(penaltyDate)));
            assertThat(codes(decision).contains("RECENT_ENVIRONMENTAL_PENALTY")).isEqualTo(referred);
        }
    }

    @Nested
    class Grant {

        @ParameterizedTest(name = "cost {0}, origin {1}: grant {2}")
        @CsvSource({"1000000, OTHER, 500000", "1000000, HK_INSTITUTION, 500000", "1300000, OTHER, 650000",
            "1400000, OTHER, 650000", "1400000, HK_INSTITUTION, 700000", "1500000, HK_INSTITUTION, 750000",
            "2000000, HK_GD_JOINT, 750000", "999999.99, OTHER, 499999"})
        void f_amt_1_and_2_halfTheCostRoundedDownWithinTheCeiling(String cost, String origin, long grant) {
            Decision decision = decide(sample().with("project.eligibleCostHkd", new java.math.BigDecimal(cost))
                    .with("project.technologyOrigin", origin));
            assertThat(decision.outcome()).isEqualTo("ELIGIBLE");
            assertThat(decision.grantHkd()).isEqualTo(grant);
        }

        @Test
        void f_amt_2_theCeilingReasonOnlyWhenTheCeilingBinds() {
            assertThat(codes(decide(sample().with("project.eligibleCostHkd", 1300000)))).doesNotContain("GRANT_CAPPED_AT_CEILING");
            assertThat(codes(decide(sample().with("project.eligibleCostHkd", 1300002)))).contains("GRANT_CAPPED_AT_CEILING");
        }

        @Test
        void f_amt_1_aSmallerRequestIsWhatIsGranted() {
            Decision decision = decide(sample().with("project.requestedGrantHkd", 400000.50));
            assertThat(decision.grantHkd()).isEqualTo(400_000L);
            assertThat(codes(decision)).doesNotContain("GRANT_CAPPED_AT_CEILING");
        }

        @ParameterizedTest(name = "prior grants {0}: {1}, grant {2}, {3}")
        @CsvSource({"300000, ELIGIBLE, 450000, GRANT_REDUCED_TO_PHASE_LIMIT", "750000, INELIGIBLE, 0, PHASE_LIMIT_REACHED"})
        void f_amt_3_theGrantIsCutToWhatIsLeftOfThePhaseLimitAndAFactoryWithNothingLeftIsRefused(int prior, String outcome,
                long grant, String code) {
            Decision decision = decide(sample().with("priorGrantsThisPhaseHkd", prior));
            assertThat(decision.outcome()).isEqualTo(outcome);
            assertThat(decision.grantHkd()).isEqualTo(grant);
            assertThat(codes(decision)).contains(code);
        }
    }

    /** Where a rule sets a quantity, its reason says by how much it was missed, for the letter and other systems. */
    @Nested
    class Margins {

        @Test
        void f_win_1_aWeekAfterTheWindowClosedOrBeforeItOpensIsCountedInDays() {
            SampleApplication late = sample().with("receivedOn", "2027-07-07").with("applicant.businessRegistrationExpiry", "2028-12-31")
                    .with("project.plannedStart", "2027-07-01").with("project.plannedCompletion", "2027-12-31");
            assertThat(margins(decide(late), "OUTSIDE_APPLICATION_WINDOW")).containsExactly(
                    new Margin("received-after-window", "2027-07-07", Bound.ON_OR_BEFORE, "2027-06-30", BigDecimal.valueOf(7), Unit.DAYS));

            assertThat(margins(decide(sample().with("receivedOn", "2025-03-25")), "OUTSIDE_APPLICATION_WINDOW")).containsExactly(
                    new Margin("received-before-window", "2025-03-25", Bound.ON_OR_AFTER, "2025-04-01", BigDecimal.valueOf(7), Unit.DAYS));
        }

        @Test
        void f_win_1_betweenTwoPhasesBothTheLastWindowAndTheNextAreGiven() {
            Decision decision = decide(sample().with("projectType", "DEMONSTRATION").with("receivedOn", "2015-05-01"));
            assertThat(margins(decision, "OUTSIDE_APPLICATION_WINDOW")).containsExactly(
                    new Margin("received-after-window", "2015-05-01", Bound.ON_OR_BEFORE, "2015-03-31", BigDecimal.valueOf(31), Unit.DAYS),
                    new Margin("received-before-window", "2015-05-01", Bound.ON_OR_AFTER, "2015-06-15", BigDecimal.valueOf(45), Unit.DAYS));
        }

        @Test
        void f_con_3_eachShareThatFallsShortHasItsOwnMargin() {
            Decision decision = decide(sample().with("factory.connection", "HK_RESIDENT_OWNED")
                    .with("factory.residentShareOfFactoryPercent", 50).with("factory.residentShareOfApplicantPercent", 27.5));
            assertThat(margins(decision, "HK_RESIDENT_SHARE_TOO_LOW")).containsExactly(
                    new Margin("resident-share-of-factory", "50", Bound.MORE_THAN, "50", BigDecimal.ZERO, Unit.PERCENT),
                    new Margin("resident-share-of-applicant", "27.5", Bound.AT_LEAST, "30", new BigDecimal("2.5"), Unit.PERCENT));
            assertThat(margins(decide(sample().with("factory.connection", "HK_RESIDENT_OWNED")
                    .with("factory.residentShareOfFactoryPercent", 45).with("factory.residentShareOfApplicantPercent", 30)),
                    "HK_RESIDENT_SHARE_TOO_LOW")).extracting(Margin::measure).containsExactly("resident-share-of-factory");
        }

        @ParameterizedTest(name = "completion {0}: {1} months, {2} too many")
        @CsvSource({"2026-09-02, 13, 1", "2026-10-01, 13, 1", "2026-12-15, 16, 4"})
        void f_dur_1_aMonthBegunCountsAsAMonth(String completion, int months, int over) {
            Decision decision = decide(sample().with("project.plannedCompletion", completion));
            assertThat(margins(decision, "PROJECT_TOO_LONG")).containsExactly(new Margin("project-months", String.valueOf(months),
                    Bound.AT_MOST, "12", BigDecimal.valueOf(over), Unit.MONTHS));
        }

        @Test
        void f_dur_2_daysAfterTheLastCompletionDate() {
            Decision decision = decide(sample().with("project.plannedStart", "2027-03-01").with("project.plannedCompletion", "2028-01-31"));
            assertThat(margins(decision, "COMPLETION_AFTER_PROGRAMME_END")).containsExactly(new Margin("completion-date", "2028-01-31",
                    Bound.ON_OR_BEFORE, "2027-12-31", BigDecimal.valueOf(31), Unit.DAYS));
        }

        @Test
        void f_amt_2_and_3_aGrantCutByTheCeilingAndThePhaseLimitSaysByHowMuch() {
            Decision decision = decide(sample().with("priorGrantsThisPhaseHkd", 300_000));
            assertThat(margins(decision, "GRANT_CAPPED_AT_CEILING")).containsExactly(new Margin("grant-above-ceiling", "700000",
                    Bound.AT_MOST, "650000", BigDecimal.valueOf(50_000), Unit.HKD));
            assertThat(margins(decision, "GRANT_REDUCED_TO_PHASE_LIMIT")).containsExactly(new Margin("grant-above-phase-limit",
                    "650000", Bound.AT_MOST, "450000", BigDecimal.valueOf(200_000), Unit.HKD));
        }

        @Test
        void aRuleThatSetsNoQuantityGivesNoMargin() {
            Decision decision = decide(sample().with("applicant.businessRegistrationExpiry", "2025-01-01").with("factory.operating", false));
            assertThat(margins(decision, "BUSINESS_REGISTRATION_EXPIRED")).isEmpty();
            assertThat(margins(decision, "FACTORY_NOT_OPERATING")).isEmpty();
        }

        private static List<Margin> margins(Decision decision, String code) {
            return decision.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().margins();
        }
    }

    @Test
    void everyBrokenRuleIsReportedNotOnlyTheFirst() {
        Decision decision = decide(sample().with("receivedOn", "2025-03-31")
                .with("applicant.businessRegistrationExpiry", "2025-01-01")
                .with("factory.operating", false)
                .with("project.technologyOnList", false)
                .with("project.plannedCompletion", "2026-12-31")
                .with("factory.industry", "OTHER")
                .with("factory.environmentalPenaltiesLast12Months", 2));
        assertThat(decision.outcome()).isEqualTo("INELIGIBLE");
        assertThat(decision.grantHkd()).isZero();
        // refusals first, then referrals; within each by rule id
        assertThat(codes(decision)).containsExactly("BUSINESS_REGISTRATION_EXPIRED", "FACTORY_NOT_OPERATING",
                "TECHNOLOGY_NOT_FUNDABLE", "OUTSIDE_APPLICATION_WINDOW", "NON_TARGET_INDUSTRY", "RECENT_ENVIRONMENTAL_PENALTY");
        assertThat(decision.reasons()).allSatisfy(r -> {
            assertThat(r.message()).isNotBlank();
            assertThat(r.messageZh()).containsPattern("\\p{IsHan}");
            assertThat(r.source()).startsWith("docs/policy/funding.md#" + r.ruleId().toLowerCase(java.util.Locale.ROOT));
        });
    }
}
