package hk.cleanerproduction.adjudicator.ruleset;
import hk.cleanerproduction.adjudicator.testing.Decider;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;

import static hk.cleanerproduction.adjudicator.funding.SampleApplication.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hk.cleanerproduction.adjudicator.decision.Decision;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy officer edits a copy of rules/: what builds decides, what does not is refused with file and line. */
class RulesetLoaderTests {

    @TempDir
    Path temp;

    private Path copyOfTheRules() {
        return RulesCopy.of(temp).root();
    }

    private static Decision decideSample(Ruleset ruleset) {
        return Decider.funding(() -> ruleset, Clock.systemUTC()).decide(sample().read());
    }

    @Test
    void aTableCellWithAnUnquotedCommaIsAProblemAtItsRowNotACrash() {
        RulesCopy rules = RulesCopy.of(temp).replace("funding/parameters/grant-terms.drl.csv",
                "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000", "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650,000");
        int row = rules.lineOf("funding/parameters/grant-terms.drl.csv", "50,650,000");

        assertThatThrownBy(() -> new RulesetLoader(1).load(rules.root()))
                .isInstanceOfSatisfying(RulesetBuildException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).endsWith("funding/parameters/grant-terms.drl.csv");
                    assertThat(p.line()).isEqualTo(row);
                    assertThat(p.message()).startsWith("cannot be read:").contains("must be in double quotes");
                }));
    }

    @Test
    void anEnumTypoThatDroolsReportsIsAProblemAtTheTablesRowNotAGeneratedRule() {
        // what Drools says when it is the first build of the process to meet the enum (afterwards it may say nothing:
        // TableValueCheck in the gate finds the typo every time, with the same words, so the two are reported once)
        RulesCopy rules = RulesCopy.of(temp).replace("funding/parameters/application-windows.drl.csv",
                "F-WIN-1 2013-2015 demonstration,DEMONSTRATION,", "F-WIN-1 2013-2015 demonstration,DEMONSTRATON,");
        String file = "funding/parameters/application-windows.drl.csv";
        RuleFile table = new RuleFile(file, rules.root().resolve(file), readBytes(rules.root().resolve(file)));
        String drools = "Unable to Analyse Expression projectType == ProjectType.DEMONSTRATON: [Error: unable to resolve method "
                + "using strict-mode: hk.cleanerproduction.adjudicator.funding.ProjectType.DEMONSTRATON()] [Near : {... projectType == ...}]";

        assertThat(UnknownTableValue.locate(table, "rules/" + file, drools)).hasValue(new RuleProblem("rules/" + file,
                rules.lineOf(file, "DEMONSTRATON"), "row of rule 'F-WIN-1 2013-2015 demonstration': "
                        + hk.cleanerproduction.adjudicator.ruleset.check.TableValueCheck.notA("DEMONSTRATON",
                                hk.cleanerproduction.adjudicator.funding.ProjectType.class)));
    }

    private static byte[] readBytes(Path path) {
        try {
            return java.nio.file.Files.readAllBytes(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aChangedCeilingInACopiedFolderChangesTheDecisionWithoutARebuild() throws Exception {
        Path rules = copyOfTheRules();
        Path table = rules.resolve("funding/parameters/grant-terms.drl.csv");
        Files.writeString(table, Files.readString(table).replace("2025-04-01,2027-06-30,50,650000", "2025-04-01,2027-06-30,50,600000"));

        RulesetLoader loader = new RulesetLoader(1);
        Ruleset original = loader.load(FixtureRules.DIR);
        Ruleset edited = loader.load(rules);

        assertThat(decideSample(original).grantHkd()).isEqualTo(650_000L);
        Decision decision = decideSample(edited);
        assertThat(decision.grantHkd()).isEqualTo(600_000L);
        assertThat(decision.reasons()).anySatisfy(r -> assertThat(r.message()).isEqualTo("The grant is limited to the HK$600,000 ceiling."));
        assertThat(edited.version()).isNotEqualTo(original.version()).startsWith("2025.1-");
        original.close();
        edited.close();
    }

    @Test
    void aBrokenRuleFileIsRefusedWithItsFileAndLine() throws Exception {
        Path rules = copyOfTheRules();
        Path drl = rules.resolve("funding/funding-policy.drl");
        String text = Files.readString(drl).replace("FundingApplication( factory.operating == true )",
                "FundingApplication( factory.isRunning == true )");
        Files.writeString(drl, text);
        int line = lineOf(text, "factory.isRunning");

        RulesetBuildException e = catchThrowableOfType(RulesetBuildException.class, () -> new RulesetLoader(1).load(rules));

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).endsWith("rules/funding/funding-policy.drl"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("isRunning").doesNotContain("\n");
            assertThat(p.toString()).matches(".*rules/funding/funding-policy\\.drl:" + line + ": .*");
        });
    }

    @Test
    void aSyntaxErrorAndABadTableCellAreBothReported() throws Exception {
        Path rules = copyOfTheRules();
        Path decision = rules.resolve("funding/funding-outcome.drl");
        Files.writeString(decision, Files.readString(decision).replace("modify($assessment) { setOutcome(FundingOutcome.ELIGIBLE) }",
                "modify($assessment) { setOutcome(FundingOutcome.ELIGIBLE) "));
        Path table = rules.resolve("funding/parameters/target-industries.drl.csv");
        Files.writeString(table, Files.readString(table).replace(",TEXTILES", ",TEXTILE"));

        RulesetBuildException e = catchThrowableOfType(RulesetBuildException.class, () -> new RulesetLoader(1).load(rules));

        assertThat(e.problems()).extracting(RuleProblem::file).anyMatch(f -> f.endsWith("funding-outcome.drl"))
                .anyMatch(f -> f.endsWith("target-industries.drl.csv"));
    }

    @Test
    void aFolderWithNoRulesIsRefused() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "not a rule");
        RulesetBuildException e = catchThrowableOfType(RulesetBuildException.class, () -> new RulesetLoader(1).load(temp));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("holds no rules"));
    }

    @Test
    void theVersionIsTheLabelAndAHashOfEveryFile() throws Exception {
        RulesDirectory before = RulesDirectory.read(copyOfTheRules());
        Files.writeString(temp.resolve("rules/funding/README-notes.md"), "a note changes the hash too");
        RulesDirectory after = RulesDirectory.read(temp.resolve("rules"));
        assertThat(before.version()).matches("2025\\.1-[0-9a-f]{8}");
        assertThat(after.version()).isNotEqualTo(before.version());
        assertThat(RulesDirectory.read(FixtureRules.DIR).version()).isEqualTo(before.version());
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not found");
    }
}
