package hk.cleanerproduction.adjudicator.cli;
import hk.cleanerproduction.adjudicator.testing.ConsoleCapture;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules check} (exit 0 / 1, one problem a line) and {@code impact} (every changed decision, the totals, exit 0). */
class RulesAndImpactCommandTests {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path temp;

    /** Today's policy is tested here, by its own scenarios: whatever the officers' rules/ say, its scenarios must pass. */
    @Test
    void todaysPolicyInRulesPassesTheGate() {
        int exit = AdjudicatorCli.run("rules", "check", "--rules", "rules");

        assertThat(exit).isZero();
        assertThat(console.output()).startsWith("rules check passed: rules/ version ").contains(" scenarios (0 failed)");
    }

    @Test
    void rulesCheckPrintsEachProblemAsFileLineMessageAndExitsOne() {
        RulesCopy rules = RulesCopy.of(temp).replace("funding/parameters/project-limits.drl.csv",
                "NEW_TECHNOLOGY,2025-04-01,2027-06-30,12,2027-12-31", "NEW_TECHNOLOGY,2025-04-01,2027-06-30,6,2027-12-31");

        int exit = AdjudicatorCli.run("rules", "check", "--rules", rules.root().toString());

        assertThat(exit).isEqualTo(1);
        assertThat(console.output().lines()).contains(rules.where("funding/scenarios/project.yaml", "completion on the day 12 months")
                + ": scenario 'F-DUR-1 completion on the day 12 months after the start is within the limit': "
                + "expected outcome ELIGIBLE, got INELIGIBLE; expected grantHkd 650000, got 0; "
                + "expected reasons [GRANT_CAPPED_AT_CEILING], got [GRANT_CAPPED_AT_CEILING, PROJECT_TOO_LONG]");
        assertThat(console.output().lines().toList().get((int) console.output().lines().count() - 1)).startsWith("rules check ").contains("problem(s)");
    }

    @Test
    void impactListsEveryChangedDecisionAndTheTotals() throws Exception {
        RulesCopy candidate = lowerCeilingAccepted();
        Path input = temp.resolve("three.jsonl");
        String sample = Files.readString(Path.of("test-data/funding/eligible-guangdong-wfoe.json")).replaceAll("\\s*\\n\\s*", " ");
        Files.writeString(input, sample + "\n"
                + sample.replace("CP25-000123", "CP25-000124").replace("1400000.00", "1000000") + "\n"
                + sample.replace("CP25-000123", "CP25-000125").replace("\"OTHER\"", "\"HK_INSTITUTION\"") + "\n");

        int exit = AdjudicatorCli.run("impact", "funding", "--candidate", candidate.root().toString(), "--input", input.toString());

        assertThat(exit).isZero();
        assertThat(console.output().lines()).contains(
                "row 1 CP25-000123: grantHkd 650000 -> 600000",
                "Totals: 3 decided, 1 changed, 2 unchanged, 0 bad row(s)",
                "  total grant HK$1,850,000 -> HK$1,800,000 (-50,000)");
        assertThat(console.output()).doesNotContain("CP25-000124:").doesNotContain("CP25-000125:");
    }

    /** Rows are decided a block at a time on every core; what is printed still follows the file. */
    @Test
    void impactPrintsTheChangesOfALargeFileInInputOrder() throws Exception {
        RulesCopy candidate = lowerCeilingAccepted();

        int exit = AdjudicatorCli.run("impact", "funding", "--candidate", candidate.root().toString(),
                "--input", "test-data/funding/applications.csv");

        assertThat(exit).isZero();
        List<Integer> changedRows = console.output().lines().filter(l -> l.startsWith("row "))
                .map(l -> Integer.parseInt(l.substring(4, l.indexOf(' ', 4)))).toList();
        assertThat(changedRows).hasSize(103).isSorted().doesNotHaveDuplicates();
        assertThat(changedRows.get(changedRows.size() - 1)).isGreaterThan(256);
        assertThat(console.output()).contains("Totals: 320 decided, 103 changed, 217 unchanged, 0 bad row(s)");
    }

    @Test
    void aNewCeilingWithItsScenariosAcceptedPassesTheGate() throws Exception {
        RulesCopy rules = RulesCopy.of(temp).replace("funding/parameters/grant-terms.drl.csv",
                "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000", "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,600000");
        assertThat(AdjudicatorCli.run("rules", "check", "--rules", rules.root().toString())).isEqualTo(1);
        int capped = rules.lineOf("funding/scenarios/grant.yaml", "1,400,000 of standard technology is capped");

        int exit = AdjudicatorCli.run("rules", "accept", "--all", "--rules", rules.root().toString());

        assertThat(exit).isZero();
        assertThat(console.output()).contains("accepted " + rules.root() + "/funding/scenarios/grant.yaml:" + capped);
        assertThat(Files.readAllLines(rules.root().resolve("funding/scenarios/grant.yaml")).get(capped + 1).trim())
                .isEqualTo("expect: { outcome: ELIGIBLE, grantHkd: 600000, reasons: [GRANT_CAPPED_AT_CEILING] }");
        console.resetOutput();
        assertThat(AdjudicatorCli.run("rules", "check", "--rules", rules.root().toString())).isZero();
        assertThat(console.output()).startsWith("rules check passed");
    }

    @Test
    void impactRefusesACandidateThatFailsTheGate() throws Exception {
        RulesCopy candidate = RulesCopy.of(temp).replace("funding/parameters/grant-terms.drl.csv",
                "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000", "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,600000");

        int exit = AdjudicatorCli.run("impact", "funding", "--candidate", candidate.root().toString(), "--input", "test-data/funding/applications.csv");

        assertThat(exit).isEqualTo(3);
        assertThat(console.errors()).contains(candidate.root() + "/funding/scenarios/grant.yaml:");
        assertThat(console.output()).doesNotContain("Totals");
    }

    @Test
    void impactOfTheSameRulesChangesNothingAcrossTheSampleDataSet() {
        int exit = AdjudicatorCli.run("impact", "funding", "--candidate", FixtureRules.DIR.toString(), "--input", "test-data/funding/applications.csv");

        assertThat(exit).isZero();
        assertThat(console.output()).contains("Totals: 320 decided, 0 changed, 320 unchanged, 0 bad row(s)");
    }

    @Test
    void impactOfAStricterExcellentCriterionListsTheDowngradedNominations() {
        RulesCopy candidate = RulesCopy.of(temp).replace("recognition/parameters/excellent-prerequisites.drl.csv",
                "R-MAN-1 Excellent Partner prerequisites [A],2009-08-01,,2,true", "R-MAN-1 Excellent Partner prerequisites [A],2009-08-01,,3,true");

        int exit = AdjudicatorCli.run("impact", "recognition", "--candidate", candidate.root().toString(),
                "--input", "test-data/recognition/nominations-2024.jsonl");

        assertThat(exit).isZero();
        assertThat(console.output().lines().filter(l -> l.startsWith("row ")))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).endsWith(": level EXCELLENT_PARTNER -> PARTNER; reasons added [EXCELLENT_CRITERIA_NOT_MET]"));
        long changed = console.output().lines().filter(l -> l.startsWith("row ")).count();
        assertThat(console.output()).contains("Totals: 240 decided, " + changed + " changed, " + (240 - changed) + " unchanged, 0 bad row(s)")
                .contains("  level EXCELLENT_PARTNER -> PARTNER: " + changed)
                .doesNotContain("total grant");
    }

    /** The rules with the new-technology ceiling lowered to HK$600,000, the scenarios' new results accepted. */
    private RulesCopy lowerCeilingAccepted() throws Exception {
        RulesCopy candidate = RulesCopy.of(temp).replace("funding/parameters/grant-terms.drl.csv",
                "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000", "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,600000");
        // an intended change: the officer accepts what the scenarios now decide, so the candidate passes the gate
        assertThat(AdjudicatorCli.run("rules", "accept", "--all", "--rules", candidate.root().toString())).isZero();
        console.resetOutput();
        return candidate;
    }
}
