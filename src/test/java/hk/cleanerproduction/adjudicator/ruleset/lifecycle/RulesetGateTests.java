package hk.cleanerproduction.adjudicator.ruleset.lifecycle;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate a ruleset passes before it goes live: build, checks and every scenario, all in one report. */
class RulesetGateTests {

    private final RulesetGate gate = RulesetGate.standard(new RulesetLoader(1));

    @TempDir
    Path temp;

    /** The officer's copy of the rules, once a test has edited it. */
    private RulesCopy rules;

    private static List<String> lines(CheckReport report) {
        return report.problems().stream().map(RuleProblem::toString).toList();
    }

    /** The gate's report on a copy of the fixture rules with one edit, which the gate must refuse. */
    private CheckReport refused(String file, String text, String replacement) {
        rules = RulesCopy.of(temp).replace(file, text, replacement);
        CheckReport report = gate.check(rules.root());
        assertThat(report.passed()).isFalse();
        return report;
    }

    @Test
    void theRealRulesBuildPassEveryCheckAndEveryScenario() {
        CheckReport report = gate.check(FixtureRules.DIR);

        assertThat(lines(report)).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.scenariosRun()).isGreaterThanOrEqualTo(50);
        assertThat(report.ruleCount()).isGreaterThan(70);
        assertThat(report.version()).startsWith("2025.1-");
        assertThat(report.ruleset()).isPresent();
        report.ruleset().get().close();
    }

    @Test
    void anEnumTypoInATableIsRefusedAtItsRowOnceEvenWhenTheBuildWouldAcceptIt() throws Exception {
        // a service has built rules before a reload: Drools then compiles the typo, a condition that is never true
        new RulesetLoader(1).load(FixtureRules.DIR).close();

        CheckReport report = refused("funding/parameters/application-windows.drl.csv",
                "F-WIN-1 2013-2015 demonstration,DEMONSTRATION,", "F-WIN-1 2013-2015 demonstration,DEMONSTRATON,");

        // the typo is reported once, at its row (the gap it leaves for DEMONSTRATION is reported as well)
        assertThat(lines(report).stream().filter(line -> line.contains("DEMONSTRATON'"))).containsExactly(
                rules.where("funding/parameters/application-windows.drl.csv", "DEMONSTRATON")
                + ": row of rule 'F-WIN-1 2013-2015 demonstration': 'DEMONSTRATON' is not a ProjectType (one of NEW_TECHNOLOGY, "
                + "ON_SITE_ASSESSMENT, DEMONSTRATION, DEMONSTRATION_RESEARCH, VERIFICATION, ORGANISATION_SUPPORT)");
    }

    @Test
    void aLetterThatCannotBeFilledInIsRefusedAtItsLineWithTheRest() {
        CheckReport report = refused("documents/letter.properties", "valid from {validFrom}", "valid from {validFrm}");

        assertThat(lines(report)).containsExactly(rules.where("documents/letter.properties", "{validFrm}")
                + ": '{validFrm}' is not a value 'letter.outcome.AWARDED' can show; it can show {category}, {certificate}, "
                + "{enterprise}, {grant}, {level}, {programme}, {score}, {subjectId}, {validFrom}, {validUntil}");
        assertThat(report.ruleset()).isEmpty();
    }

    @Test
    void aScenarioThatNoLongerHoldsIsReportedAtItsLineWithExpectedAndActual() {
        // the officer lowers the ceiling but forgets the scenarios that pin it
        CheckReport report = refused("funding/parameters/grant-terms.drl.csv",
                "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000", "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,600000");

        assertThat(report.ruleset()).isEmpty();
        assertThat(report.scenariosFailed()).isGreaterThan(10);
        assertThat(lines(report)).contains(rules.where("funding/scenarios/grant.yaml", "1,400,000 of standard technology is capped")
                + ": scenario 'F-AMT-2 1,400,000 of standard technology is capped at 650,000': expected grantHkd 650000, got 600000");
    }

    @Test
    void aBrokenDrlIsReportedWithFileAndLine() {
        CheckReport report = refused("funding/funding-policy.drl", "factory.operating == true", "factory.running == true");

        assertThat(report.ruleset()).isEmpty();
        assertThat(report.scenariosRun()).isZero();
        assertThat(lines(report)).anySatisfy(l -> assertThat(l).startsWith(rules.where("funding/funding-policy.drl", "factory.running"))
                .contains("running"));
    }

    @Test
    void aForbiddenCallIsRefusedEvenThoughItCompiles() {
        CheckReport report = refused("funding/funding-outcome.drl",
                "modify($assessment) { setOutcome(FundingOutcome.ELIGIBLE) }",
                "modify($assessment) { setOutcome(FundingOutcome.ELIGIBLE) }\n    Runtime.getRuntime().exec(new String[] {\"true\"});");

        assertThat(report.ruleset()).isEmpty();
        assertThat(lines(report)).anySatisfy(l -> assertThat(l).startsWith(rules.where("funding/funding-outcome.drl", "Runtime.getRuntime")
                + ": refused: 'Runtime'"));
    }

    @Test
    void aForbiddenCallIsNeverRunEvenByTheScenarios() {
        // the F-AMT-2 consequence runs in many scenarios: were they run, this JVM would exit here
        CheckReport report = refused("funding/funding-amount.drl",
                "    modify($assessment) { setGrantHkd($ceiling) }", "    modify($assessment) { setGrantHkd($ceiling) }\n    System.exit(1);");

        assertThat(report.ruleCount()).isZero();
        assertThat(report.scenariosRun()).isZero();
        assertThat(lines(report)).allSatisfy(l -> assertThat(l).contains("funding-amount.drl:").contains("refused:"));
    }

    @Test
    void anOverlappingTableRowIsRefused() {
        CheckReport report = refused("funding/parameters/programme-parameters.drl.csv",
                "F-AMT-3 2025-2027 phase limit per factory,2025-04-01,2027-06-30,,,,750000",
                "F-AMT-3 2025-2027 phase limit per factory,2025-04-01,2027-06-30,,,,750000\n"
                        + "F-AMT-3 2027 phase limit per factory,2027-01-01,2027-12-31,,,,900000");

        assertThat(lines(report)).singleElement().satisfies(l -> assertThat(l).contains("programme-parameters.drl.csv:"
                + rules.lineOf("funding/parameters/programme-parameters.drl.csv", "F-AMT-3 2027") + ": overlapping rows"));
    }
}
