package hk.cleanerproduction.adjudicator.recognition;
import hk.cleanerproduction.adjudicator.testing.Decider;
import hk.cleanerproduction.adjudicator.testing.FixtureRuleset;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;

import static hk.cleanerproduction.adjudicator.recognition.SampleNomination.sample;
import static hk.cleanerproduction.adjudicator.testing.DecisionAssertions.assertOutcomeWithCodeOnlyIf;
import static hk.cleanerproduction.adjudicator.testing.DecisionAssertions.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.Effect;
import hk.cleanerproduction.adjudicator.decision.Margin;
import hk.cleanerproduction.adjudicator.decision.Margin.Bound;
import hk.cleanerproduction.adjudicator.decision.Margin.Unit;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every recognition rule of docs/policy/recognition.md, with its boundaries, decided by the fixture ruleset.
 * The sample nomination (SPEC.md's example) is an Excellent Partner; each test changes what its rule
 * looks at.
 */
class RecognitionRulesTests {

    @RegisterExtension
    static final FixtureRuleset RULESET = new FixtureRuleset();
    private static final Decider adjudicator = Decider.recognition(RULESET, Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));

    static Decision decide(SampleNomination nomination) {
        return adjudicator.decide(nomination.read());
    }

    static Reason reason(Decision decision, String code) {
        return decision.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theSampleIsAnExcellentPartnerWithALabelValidToTheEndOfNextYear() {
        Decision decision = decide(sample());
        assertThat(decision.outcome()).isEqualTo("AWARDED");
        assertThat(decision.level()).isEqualTo("EXCELLENT_PARTNER");
        assertThat(decision.score()).isEqualTo(85);
        assertThat(decision.reasons()).isEmpty();
        assertThat(decision.asOf()).hasToString("2024-10-31");
        assertThat(decision.labelValidFrom()).hasToString("2024-10-31");
        assertThat(decision.labelValidUntil()).hasToString("2025-12-31");
        assertThat(decision.certificateNumber()).isNull();
        assertThat(decision.grantHkd()).isNull();
        assertThat(decision.firedRules()).contains("R-ASOF 2024 ceremony [V]", "R-MAN-1 and R-MAN-2 manufacturing enterprises [A]",
                "R-OUTCOME awarded Excellent Partner when sought and every criterion is met (R-MAN-1, R-LEV-1)");
    }

    @Test
    void theDecisionDoesNotDependOnTheClock() {
        Decider later = Decider.recognition(RULESET, Clock.fixed(Instant.parse("2045-06-01T00:00:00Z"), ZoneOffset.UTC));
        Decision now = decide(sample().with("enterprise.operatingSince", "2023-10-31"));
        Decision then = later.decide(sample().with("enterprise.operatingSince", "2023-10-31").read());
        assertThat(then.outcome()).isEqualTo(now.outcome()).isEqualTo("AWARDED");
        assertThat(then.reasons()).isEqualTo(now.reasons());
        assertThat(then.asOf()).isEqualTo(now.asOf());
        assertThat(then.labelValidUntil()).isEqualTo(now.labelValidUntil());
    }

    @Test
    void noRecognitionRuleFiresForAFundingApplication() {
        Decision funding = Decider.funding(RULESET, Clock.systemUTC()).decide(SampleApplication.sample().read());
        assertThat(funding.firedRules()).isNotEmpty().noneMatch(name -> name.startsWith("R-"));
    }

    @Nested
    class CeremonyDate {

        @Test
        void r_asof_anAwardYearWithNoCeremonyRowIsBadInput(@TempDir Path dir) throws Exception {
            Path rules = RulesCopy.of(dir).root();
            Path table = rules.resolve("recognition/parameters/ceremony-dates.drl.csv");
            Files.writeString(table, Files.readString(table)
                    .replace("R-ASOF 2025 and later ceremonies [A],2025,,10-31", "R-ASOF 2025-2030 ceremonies [A],2025,2030,10-31"));
            Ruleset edited = new RulesetLoader(1).load(rules);
            try {
                Decider withGap = Decider.recognition(() -> edited, Clock.systemUTC());
                assertThat(withGap.decide(sample().with("awardYear", 2030).with("priorAwardYears", List.of(2028, 2029)).read())
                        .asOf()).hasToString("2030-10-31");
                InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                        () -> withGap.decide(sample().with("awardYear", 2031).read()));
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("awardYear");
                assertThat(e.errors().get(0).message()).contains("has no ceremony date in the rules");
            } finally {
                edited.close();
            }
        }

        @ParameterizedTest(name = "award year {0}: decided as of {1}, label to {2}")
        @CsvSource({"2024, 2024-10-31, 2025-12-31", "2018, 2018-12-07, 2019-12-31", "2015, 2015-10-29, 2016-12-31",
            "2026, 2026-10-31, 2027-12-31", "2012, 2012-10-31, 2013-12-31"})
        void r_asof_aNominationIsDecidedAsOfTheCeremonyOfItsAwardYear(int year, String asOf, String labelUntil) {
            Decision decision = decide(sample().with("awardYear", year).with("priorAwardYears", List.of(year - 2, year - 1))
                    .with("enterprise.operatingSince", "2005-01-01"));
            assertThat(decision.asOf()).hasToString(asOf);
            assertThat(decision.labelValidFrom()).hasToString(asOf);
            assertThat(decision.labelValidUntil()).hasToString(labelUntil);
            assertThat(decision.level()).isEqualTo("EXCELLENT_PARTNER");
        }
    }

    @Nested
    class Gates {

        @ParameterizedTest(name = "document check {0}, on-site assessment {1}")
        @CsvSource({"false, true, the document check", "true, false, the on-site assessment",
            "false, false, the document check and the on-site assessment"})
        void r_gate_1_bothAssessmentsMustBePassed(boolean documents, boolean onSite, String failed) {
            Decision decision = decide(sample().with("documentCheckPassed", documents).with("onSiteAssessmentPassed", onSite));
            assertThat(decision.outcome()).isEqualTo("NOT_AWARDED");
            assertThat(decision.level()).isNull();
            assertThat(decision.labelValidFrom()).isNull();
            assertThat(decision.labelValidUntil()).isNull();
            Reason reason = reason(decision, "ASSESSMENT_NOT_PASSED");
            assertThat(reason.ruleId()).isEqualTo("R-GATE-1");
            assertThat(reason.effect()).isEqualTo(Effect.NOT_AWARDED);
            assertThat(reason.message()).isEqualTo("The nomination did not pass " + failed + ".");
            assertThat(reason.messageZh()).startsWith("提名未通過");
            assertThat(reason.source()).startsWith("docs/policy/recognition.md#r-gate-1");
        }

        @Test
        void r_gate_2_aDeclaredPenaltyInTheLast12MonthsRefuses() {
            Decision decision = decide(sample().with("environmentalPenaltiesLast12Months", 1));
            assertThat(decision.outcome()).isEqualTo("NOT_AWARDED");
            assertThat(reason(decision, "RECENT_ENVIRONMENTAL_PENALTY").message())
                    .isEqualTo("The enterprise had an environmental conviction or administrative penalty in the 12 months before the ceremony on 2024-10-31.");
        }

        @ParameterizedTest(name = "penalty on {0}: {1}")
        @CsvSource({"2023-10-31, AWARDED", "2023-11-01, NOT_AWARDED", "2024-10-31, NOT_AWARDED", "2022-05-01, AWARDED"})
        void r_gate_2_aDatedPenaltyCountsOnlyInThe12MonthsBeforeTheCeremony(String date, String outcome) {
            Decision decision = decide(sample().with("environmentalPenaltyDates", List.of(date)));
            assertOutcomeWithCodeOnlyIf(decision, outcome, "RECENT_ENVIRONMENTAL_PENALTY", "NOT_AWARDED");
        }

        @Test
        void r_gate_3_aSubstantiatedObjectionRefuses() {
            Decision decision = decide(sample().with("substantiatedObjection", true));
            assertThat(decision.outcome()).isEqualTo("NOT_AWARDED");
            assertThat(reason(decision, "SUBSTANTIATED_OBJECTION").ruleId()).isEqualTo("R-GATE-3");
        }

        @ParameterizedTest(name = "{0} in {1}: {2}")
        @CsvSource({"NONE, GUANGDONG, NOT_AWARDED", "JOINT_VENTURE, MACAO, NOT_AWARDED", "WFOE, OTHER_MAINLAND, NOT_AWARDED",
            "HK_FACTORY, GUANGDONG, NOT_AWARDED", "HK_FACTORY, HONG_KONG, AWARDED", "PROCESSING_AGREEMENT, GUANGDONG, AWARDED",
            "WFOE, GUANGDONG, AWARDED"})
        void r_gate_4_aManufacturerNeedsARecognisedHongKongConnectionInItsRegion(String connection, String region, String outcome) {
            Decision decision = decide(sample().with("enterprise.connection", connection).with("enterprise.region", region));
            assertOutcomeWithCodeOnlyIf(decision, outcome, "NOT_HONG_KONG_OWNED", "NOT_AWARDED");
        }

        @ParameterizedTest(name = "resident holds {0}% of the factory and {1}% of the enterprise: {2}")
        @CsvSource({"50.00, 40, NOT_AWARDED", "50.01, 30.00, AWARDED", "80, 29.99, NOT_AWARDED", "100, 100, AWARDED"})
        void r_gate_4_residentOwnershipNeedsTheSharesOfF_CON_3(String factoryShare, String applicantShare, String outcome) {
            Decision decision = decide(sample().with("enterprise.connection", "HK_RESIDENT_OWNED")
                    .with("enterprise.residentShareOfFactoryPercent", new BigDecimal(factoryShare))
                    .with("enterprise.residentShareOfApplicantPercent", new BigDecimal(applicantShare)));
            assertOutcomeWithCodeOnlyIf(decision, outcome, "NOT_HONG_KONG_OWNED", "NOT_AWARDED");
        }

        @ParameterizedTest(name = "operating since {0}: {1}")
        @CsvSource({"2023-10-31, AWARDED", "2023-11-01, NOT_AWARDED", "2024-10-30, NOT_AWARDED"})
        void r_gate_4_operatingExactlyOneYearBeforeTheCeremonyIsEnoughAndOneDayLessIsNot(String since, String outcome) {
            Decision decision = decide(sample().with("enterprise.operatingSince", since));
            assertThat(decision.outcome()).isEqualTo(outcome);
            if (outcome.equals("NOT_AWARDED")) {
                Reason reason = reason(decision, "OPERATING_LESS_THAN_ONE_YEAR");
                assertThat(reason.ruleId()).isEqualTo("R-GATE-4");
                assertThat(reason.message()).isEqualTo("The enterprise has operated since " + since
                        + ", less than 1 year(s) before the ceremony on 2024-10-31.");
            }
        }

        @Test
        void r_gate_4_appliesOnlyToManufacturing() {
            Decision decision = decide(sample().asSourcing().with("enterprise.operatingSince", "2024-09-01"));
            assertThat(decision.outcome()).isEqualTo("AWARDED");
            assertThat(decision.level()).isEqualTo("PARTNER");
        }

        @Test
        void everyBrokenGateIsReportedNotOnlyTheFirst() {
            Decision decision = decide(sample().with("onSiteAssessmentPassed", false).with("environmentalPenaltiesLast12Months", 2)
                    .with("substantiatedObjection", true).with("enterprise.connection", "NONE")
                    .with("enterprise.operatingSince", "2024-01-01").withScore(50));
            assertThat(decision.outcome()).isEqualTo("NOT_AWARDED");
            assertThat(codes(decision)).containsExactly("ASSESSMENT_NOT_PASSED", "RECENT_ENVIRONMENTAL_PENALTY",
                    "SUBSTANTIATED_OBJECTION", "NOT_HONG_KONG_OWNED", "OPERATING_LESS_THAN_ONE_YEAR",
                    "SCORE_BELOW_THRESHOLD", "EXCELLENT_CRITERIA_NOT_MET");
            assertThat(decision.reasons()).allSatisfy(r -> {
                assertThat(r.message()).isNotBlank();
                assertThat(r.messageZh()).containsPattern("\\p{IsHan}{4,}");
                assertThat(r.source()).startsWith("docs/policy/recognition.md#" + r.ruleId().toLowerCase(java.util.Locale.ROOT));
            });
        }
    }

    @Nested
    class Score {

        @Test
        void r_score_theScoreIsTheSumOfTheFiveParts() {
            Decision decision = decide(sample().with("scores.management", 20).with("scores.measures", 30).with("scores.results", 30)
                    .with("scores.compliance", 10).with("scores.promotion", 10));
            assertThat(decision.score()).isEqualTo(100);
        }

        @Test
        void r_score_aPartAboveItsMaximumInTheRulesIsBadInputNamingEachPart() {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> decide(sample().with("scores.management", 21).with("scores.results", 31).with("scores.promotion", 10)));
            assertThat(e.errors()).containsExactly(new FieldError("scores.management", "must be from 0 to 20, not 21"),
                    new FieldError("scores.results", "must be from 0 to 30, not 31"));
        }

        @ParameterizedTest(name = "manufacturing score {0}: {1}")
        @CsvSource({"59, NOT_AWARDED", "60, AWARDED"})
        void r_man_2_aPartnerNeeds60(int score, String outcome) {
            Decision decision = decide(sample().with("levelSought", "PARTNER").withScore(score));
            assertThat(decision.outcome()).isEqualTo(outcome);
            if (outcome.equals("NOT_AWARDED")) {
                Reason reason = reason(decision, "SCORE_BELOW_THRESHOLD");
                assertThat(reason.ruleId()).isEqualTo("R-MAN-2");
                assertThat(reason.message()).isEqualTo("The score, 59, is below the 60 points a Partner needs.");
                assertThat(reason.messageZh()).isEqualTo("評分為59分，低於伙伴所需的60分。");
            } else {
                assertThat(decision.level()).isEqualTo("PARTNER");
            }
        }
    }

    @Nested
    class ExcellentPartner {

        @ParameterizedTest(name = "score {0}: {1}")
        @CsvSource({"79, PARTNER", "80, EXCELLENT_PARTNER"})
        void r_man_1_anExcellentPartnerNeeds80(int score, String level) {
            Decision decision = decide(sample().withScore(score));
            assertThat(decision.outcome()).isEqualTo("AWARDED");
            assertThat(decision.level()).isEqualTo(level);
            assertThat(codes(decision).contains("EXCELLENT_CRITERIA_NOT_MET")).isEqualTo(level.equals("PARTNER"));
        }

        @Test
        void r_man_2_aDowngradeSaysWhichCriterionWasMissedInBothLanguages() {
            Decision decision = decide(sample().withScore(79));
            Reason reason = reason(decision, "EXCELLENT_CRITERIA_NOT_MET");
            assertThat(reason.ruleId()).isEqualTo("R-MAN-2");
            assertThat(reason.effect()).isEqualTo(Effect.INFO);
            assertThat(reason.message()).isEqualTo("Excellent Partner was sought, but not every criterion is met: it needs "
                    + "a score of at least 80 (it has 79). The nomination is considered for Partner instead.");
            assertThat(reason.messageZh()).isEqualTo("提名申請優越伙伴，但未符合全部準則，尚須評分最少80分（現為79分）。提名改為考慮伙伴。");
        }

        @ParameterizedTest(name = "prior award years {0}: {1}")
        @CsvSource(delimiter = '|', value = {
            "2022;2023 | EXCELLENT_PARTNER",
            "2023;2023 | PARTNER",
            "2023;2024 | PARTNER",
            "2023;2025 | PARTNER",
            "2019;2019;2023;2024 | EXCELLENT_PARTNER",
            "'' | PARTNER"})
        void r_man_1_earlierYearsAreCountedDistinctAndOnlyBeforeTheAwardYear(String years, String level) {
            List<Integer> prior = years.isBlank() ? List.of() : Arrays.stream(years.split(";")).map(Integer::valueOf).toList();
            Decision decision = decide(sample().with("priorAwardYears", prior));
            assertThat(decision.level()).isEqualTo(level);
            if (level.equals("PARTNER")) {
                assertThat(reason(decision, "EXCELLENT_CRITERIA_NOT_MET").message()).contains("recognition in at least 2 earlier years");
            }
        }

        @Test
        void r_man_1_anExcellentPartnerNeedsACompletedAudit() {
            Decision decision = decide(sample().with("cleanerProductionAuditCompleted", false));
            assertThat(decision.level()).isEqualTo("PARTNER");
            assertThat(reason(decision, "EXCELLENT_CRITERIA_NOT_MET").message()).contains("a completed cleaner production audit");
        }

        @Test
        void r_man_2_everyMissedCriterionIsListedInOneReason() {
            Decision decision = decide(sample().withScore(75).with("priorAwardYears", List.of(2023)).with("cleanerProductionAuditCompleted", false));
            assertThat(decision.level()).isEqualTo("PARTNER");
            assertThat(codes(decision)).containsExactly("EXCELLENT_CRITERIA_NOT_MET");
            assertThat(decision.reasons().get(0).message()).contains("a score of at least 80 (it has 75); "
                    + "recognition in at least 2 earlier years (it has 1); a completed cleaner production audit");
        }

        @Test
        void r_lev_1_theLevelAwardedNeverExceedsTheLevelSought() {
            Decision decision = decide(sample().with("levelSought", "PARTNER"));
            assertThat(decision.outcome()).isEqualTo("AWARDED");
            assertThat(decision.level()).isEqualTo("PARTNER");
            assertThat(decision.reasons()).isEmpty();
        }
    }

    @Nested
    class SourcingAndServiceProviders {

        @ParameterizedTest(name = "sourcing score {0}: {1}")
        @CsvSource({"59, NOT_AWARDED", "60, AWARDED"})
        void r_src_1_aSourcingPartnerNeeds60(int score, String outcome) {
            Decision decision = decide(sample().asSourcing().withScore(score));
            assertOutcomeWithCodeOnlyIf(decision, outcome, "SCORE_BELOW_THRESHOLD", "NOT_AWARDED");
            if (outcome.equals("NOT_AWARDED")) {
                assertThat(reason(decision, "SCORE_BELOW_THRESHOLD").ruleId()).isEqualTo("R-SRC-1");
            }
        }

        @Test
        void r_src_1_aSourcingEnterpriseNeedsASupplierFactoryWithCleanerProduction() {
            Decision decision = decide(sample().asSourcing().with("supplierFactoriesWithCleanerProduction", 0));
            assertThat(decision.outcome()).isEqualTo("NOT_AWARDED");
            assertThat(reason(decision, "NO_SUPPLIER_WITH_CLEANER_PRODUCTION").ruleId()).isEqualTo("R-SRC-1");
            assertThat(decide(sample().asSourcing().with("supplierFactoriesWithCleanerProduction", 1)).outcome()).isEqualTo("AWARDED");
        }

        @ParameterizedTest(name = "service provider score {0}: {1}")
        @CsvSource({"59, NOT_AWARDED", "60, AWARDED"})
        void r_ets_1_aServiceProviderPartnerNeeds60(int score, String outcome) {
            Decision decision = decide(sample().asServiceProvider().withScore(score));
            assertThat(decision.outcome()).isEqualTo(outcome);
            if (outcome.equals("NOT_AWARDED")) {
                assertThat(reason(decision, "SCORE_BELOW_THRESHOLD").ruleId()).isEqualTo("R-ETS-1");
            }
        }

        @Test
        void r_ets_1_aServiceProviderNeedsACompletedProgrammeProjectAndNoComplaint() {
            Decision decision = decide(sample().asServiceProvider().with("programmeProjectsCompleted", 0).with("substantiatedComplaints", 1));
            assertThat(decision.outcome()).isEqualTo("NOT_AWARDED");
            assertThat(codes(decision)).containsExactly("NO_PROGRAMME_PROJECT_COMPLETED", "SUBSTANTIATED_COMPLAINT");
            assertThat(decision.reasons()).allSatisfy(r -> assertThat(r.ruleId()).isEqualTo("R-ETS-1"));
        }

        @Test
        void r_lev_1_aSourcingEnterpriseOrServiceProviderIsNeverAnExcellentPartner() {
            Decision sourcing = decide(sample().asSourcing().withScore(100));
            Decision provider = decide(sample().asServiceProvider().withScore(100));
            assertThat(sourcing.level()).isEqualTo("PARTNER");
            assertThat(provider.level()).isEqualTo("PARTNER");
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> sample().asSourcing().with("levelSought", "EXCELLENT_PARTNER").read());
            assertThat(e.errors()).containsExactly(new FieldError("levelSought",
                    "EXCELLENT_PARTNER can be sought only in the MANUFACTURING category, not SOURCING"));
            assertThat(catchThrowableOfType(InvalidInputException.class,
                    () -> sample().asServiceProvider().with("levelSought", "EXCELLENT_PARTNER").read()).errors())
                    .extracting(FieldError::field).containsExactly("levelSought");
        }
    }

    /** Where a rule sets a quantity, its reason says by how much it was missed, for the letter and other systems. */
    @Nested
    class Margins {

        @ParameterizedTest(name = "{0}: short by {1}")
        @CsvSource({"MANUFACTURING, 58", "SOURCING, 59", "ET_SERVICE_PROVIDER, 50"})
        void r_man_2_r_src_1_r_ets_1_aScoreUnderThePartnerBandIsShortByItsPoints(String category, int score) {
            SampleNomination nomination = switch (category) {
                case "SOURCING" -> sample().asSourcing();
                case "ET_SERVICE_PROVIDER" -> sample().asServiceProvider();
                default -> sample().with("levelSought", "PARTNER");
            };
            Decision decision = decide(nomination.withScore(score));
            assertThat(reason(decision, "SCORE_BELOW_THRESHOLD").margins()).containsExactly(new Margin("score",
                    String.valueOf(score), Bound.AT_LEAST, "60", BigDecimal.valueOf(60 - score), Unit.POINTS));
        }

        @Test
        void r_gate_4_operatingTenDaysTooLateIsShortByTenDays() {
            Decision decision = decide(sample().with("enterprise.operatingSince", "2023-11-10"));
            assertThat(reason(decision, "OPERATING_LESS_THAN_ONE_YEAR").margins()).containsExactly(new Margin("operating-since",
                    "2023-11-10", Bound.ON_OR_BEFORE, "2023-10-31", BigDecimal.TEN, Unit.DAYS));
        }

        @Test
        void r_src_1_and_r_ets_1_aCountUnderTheMinimumIsShortByTheDifference() {
            assertThat(reason(decide(sample().asSourcing().with("supplierFactoriesWithCleanerProduction", 0)),
                    "NO_SUPPLIER_WITH_CLEANER_PRODUCTION").margins()).containsExactly(new Margin("supplier-factories", "0",
                    Bound.AT_LEAST, "1", BigDecimal.ONE, Unit.COUNT));
            assertThat(reason(decide(sample().asServiceProvider().with("programmeProjectsCompleted", 0)),
                    "NO_PROGRAMME_PROJECT_COMPLETED").margins()).containsExactly(new Margin("programme-projects", "0",
                    Bound.AT_LEAST, "1", BigDecimal.ONE, Unit.COUNT));
        }

        @Test
        void aGateWithoutAQuantityGivesNoMargin() {
            Decision decision = decide(sample().with("substantiatedObjection", true));
            assertThat(reason(decision, "SUBSTANTIATED_OBJECTION").margins()).isEmpty();
        }
    }
}
