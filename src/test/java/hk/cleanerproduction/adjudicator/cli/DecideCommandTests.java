package hk.cleanerproduction.adjudicator.cli;
import hk.cleanerproduction.adjudicator.testing.ConsoleCapture;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code ./adjudicator decide}: the decision on stdout and exit 0; bad input exit 2; rules that do not build exit 3. */
class DecideCommandTests {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path temp;

    @Test
    void decidesTheSampleAndPrintsTheDecisionJson() {
        int exit = AdjudicatorCli.run("decide", "funding", "test-data/funding/eligible-guangdong-wfoe.json");

        assertThat(exit).isZero();
        JsonNode decision = Json.mapper().readTree(console.output());
        assertThat(decision.get("subjectId").asString()).isEqualTo("CP25-000123");
        assertThat(decision.get("kind").asString()).isEqualTo("FUNDING");
        assertThat(decision.get("outcome").asString()).isEqualTo("ELIGIBLE");
        assertThat(decision.get("grantHkd").asLong()).isEqualTo(650_000L);
        assertThat(decision.get("asOf").asString()).isEqualTo("2025-06-16");
        assertThat(decision.get("reasons").get(0).get("messageZh").asString()).isEqualTo("資助額以港幣650,000元上限為限。");
        assertThat(decision.get("decidedAt").asString()).endsWith("+08:00");
        for (String field : new String[] {"decisionId", "level", "firedRules", "rulesetVersion"}) {
            assertThat(decision.has(field)).as(field).isTrue();
        }
    }

    @Test
    void badInputExitsTwoNamingEachFieldWithoutAStackTrace() throws Exception {
        Path input = temp.resolve("bad.json");
        Files.writeString(input, Files.readString(Path.of("test-data/funding/eligible-guangdong-wfoe.json"))
                .replace("\"GUANGDONG\"", "\"FUJIAN\"").replace("\"12345678\"", "\"12AB\""));

        int exit = AdjudicatorCli.run("decide", "funding", input.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(console.output()).isEmpty();
        assertThat(console.errors())
                .contains("factory.region: 'FUJIAN' is not one of")
                .contains("applicant.businessRegistrationNo: must be a Hong Kong Business Registration number of 8 digits")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void rulesThatDoNotBuildExitThreeWithFileAndLine() throws Exception {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("broken.drl"), "package x;\n\nrule \"F-WIN-1 broken\"\nwhen\n  String( lenght > 3 )\nthen\nend\n");

        int exit = AdjudicatorCli.run("decide", "funding", "test-data/funding/eligible-guangdong-wfoe.json", "--rules", rules.toString());

        assertThat(exit).isEqualTo(3);
        assertThat(console.errors()).containsPattern("broken\\.drl:5: .*lenght");
    }

    @Test
    void rulesWhoseScenarioFailsNeverDecideAndNameTheScenarioFile() throws Exception {
        RulesCopy rules = RulesCopy.of(temp).replace("funding/parameters/grant-terms.drl.csv",
                "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000", "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,600000");

        int exit = AdjudicatorCli.run("decide", "funding", "test-data/funding/eligible-guangdong-wfoe.json", "--rules",
                rules.root().toString());

        assertThat(exit).isEqualTo(3);
        assertThat(console.output()).isEmpty();
        assertThat(console.errors()).contains(rules.where("funding/scenarios/grant.yaml", "1,400,000 of standard technology is capped"))
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
