package hk.cleanerproduction.adjudicator.ruleset.check;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks beyond compiling, on the real rules and on an officer's edited copy; nothing is built here. */
class RuleChecksTests {

    private static final String DECISION = "funding/funding-decision.drl";
    private static final String GRANT_TERMS = "funding/parameters/grant-terms.drl.csv";
    private static final String WINDOWS = "funding/parameters/application-windows.drl.csv";

    @TempDir
    Path temp;

    private static List<RuleProblem> check(RuleCheck check, RulesCopy rules) throws IOException {
        return check.check(RulesDirectory.read(rules.root()));
    }

    private String file(RulesCopy rules, String relative) {
        return rules.root().toString().replace('\\', '/') + "/" + relative;
    }

    @Test
    void theRealRulesPassEveryCheck() throws IOException {
        RulesDirectory real = RulesDirectory.read(FixtureRules.DIR);
        assertThat(new ParameterTableCheck().check(real)).isEmpty();
        assertThat(new SafetyCheck().check(real)).isEmpty();
        assertThat(new RuleConventionCheck().check(real)).isEmpty();
        assertThat(new TableValueCheck().check(real)).isEmpty();
        assertThat(new TableValueCheck().check(RulesDirectory.read(Path.of("rules")))).as("today's policy").isEmpty();
    }

    @Test
    void everyValueOfAnEnumTypedIntoATableIsOneOfItsConstants() throws IOException {
        String connections = "funding/parameters/eligible-connections.drl.csv";
        RulesCopy rules = RulesCopy.of(temp)
                .replace(WINDOWS, "F-WIN-1 2013-2015 demonstration,DEMONSTRATION,", "F-WIN-1 2013-2015 demonstration,DEMONSTRATON,")
                .replace(connections, "\"WFOE, GUANGDONG\"", "\"WFOE, GUANGDOGN\"")
                .replace(GRANT_TERMS, "NEW_TECHNOLOGY,OTHER,2025-04-01", "NEW_TECHNOLOGY,OTHR,2025-04-01");

        List<String> problems = check(new TableValueCheck(), rules).stream().map(RuleProblem::toString).toList();

        assertThat(problems).containsExactlyInAnyOrder(
                rules.where(WINDOWS, "DEMONSTRATON") + ": row of rule 'F-WIN-1 2013-2015 demonstration': 'DEMONSTRATON' is not a "
                        + "ProjectType (one of NEW_TECHNOLOGY, ON_SITE_ASSESSMENT, DEMONSTRATION, DEMONSTRATION_RESEARCH, VERIFICATION, "
                        + "ORGANISATION_SUPPORT)",
                rules.where(connections, "GUANGDOGN") + ": row of rule 'F-CON-1 wholly foreign-owned enterprise in Guangdong': "
                        + "'GUANGDOGN' is not a Region (one of HONG_KONG, GUANGDONG, MACAO, OTHER_MAINLAND, OTHER)",
                rules.where(GRANT_TERMS, "OTHR") + ": row of rule 'F-AMT-2 2025-2027 new technology': 'OTHR' is not a "
                        + "TechnologyOrigin (one of " + String.join(", ", java.util.Arrays.stream(
                                hk.cleanerproduction.adjudicator.funding.TechnologyOrigin.values()).map(Enum::name).toList()) + ")");
    }

    @Test
    void aCallToSystemExitInARuleIsRefusedAtItsLine() throws IOException {
        RulesCopy rules = RulesCopy.of(temp).replace(DECISION, "        \"The factory is not operating.\",",
                "        \"The factory is not operating.\" + System.exit(1),");

        List<RuleProblem> problems = check(new SafetyCheck(), rules);

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(file(rules, DECISION));
            assertThat(p.line()).isEqualTo(rules.lineOf(DECISION, "System.exit(1)"));
            assertThat(p.message()).startsWith("refused:");
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("'System.' reaches System"));
    }

    @Test
    void importsAndFullNamesThatReachFilesTheNetworkOrReflectionAreRefused() throws IOException {
        RulesCopy rules = RulesCopy.of(temp)
                .replace(DECISION, "import hk.cleanerproduction.adjudicator.decision.Effect;",
                        "import hk.cleanerproduction.adjudicator.decision.Effect;\nimport java.nio.file.Files;\nimport java.lang.reflect.Method;")
                .replace(DECISION, "    insert(new Reason(\"F-OPS-1\"", "    java.net.InetAddress.getByName(\"x\");\n    insert(new Reason(\"F-OPS-1\"");

        List<String> messages = check(new SafetyCheck(), rules).stream().map(RuleProblem::toString).toList();

        assertThat(messages).anySatisfy(m -> assertThat(m).contains(rules.where(DECISION, "import java.nio.file.Files;")
                + ": refused import java.nio.file.Files"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains(rules.where(DECISION, "import java.lang.reflect.Method;")
                + ": refused import java.lang.reflect.Method"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("java.net.InetAddress is outside the packages"));
    }

    @Test
    void codePastedIntoADecisionTableValueIsRefused() throws IOException {
        RulesCopy rules = RulesCopy.of(temp).replace(GRANT_TERMS, "2025-04-01,2027-06-30,50,650000",
                "2025-04-01,2027-06-30,50,\"650000L); new Thread(() -> {}).start(); (1\"");

        List<RuleProblem> problems = check(new SafetyCheck(), rules);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(rules.lineOf(GRANT_TERMS, "new Thread"));
            assertThat(p.message()).contains("threads");
        });
    }

    @Test
    void aSpreadsheetIsCheckedThroughTheRulesDroolsMakesOfIt() throws Exception {
        RulesCopy rules = RulesCopy.of(temp);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("rules");
            String[][] rows = {
                    {"RuleSet", "hk.cleanerproduction.rules.funding"},
                    {"Import", "java.io.File, hk.cleanerproduction.adjudicator.funding.*"},
                    {},
                    {"RuleTable Greeting"},
                    {"NAME", "CONDITION", "ACTION"},
                    {"", "FundingApplication", ""},
                    {"", "projectType == ProjectType.$param", "System.out.println(\"$param\");"},
                    {"Rule", "Type", "Say"},
                    {"say hello", "NEW_TECHNOLOGY", "hello"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (var out = java.nio.file.Files.newOutputStream(rules.root().resolve("funding/greeting.drl.xlsx"))) {
                book.write(out);
            }
        }
        String sheet = file(rules, "funding/greeting.drl.xlsx");

        assertThat(check(new SafetyCheck(), rules)).extracting(RuleProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith(sheet + ": refused import java.io.File"))
                .anySatisfy(p -> assertThat(p).startsWith(sheet + ": refused: 'System.'"));
        assertThat(check(new RuleConventionCheck(), rules)).extracting(RuleProblem::toString)
                .containsExactly(sheet + ": the rule name 'say hello' does not start with a rule id such as F-WIN-1 or R-GATE-2"
                        + " (in the rules made from the spreadsheet)");
    }

    @Test
    void aMessageMayMentionAnyWordWithoutBeingRefused() throws IOException {
        RulesCopy rules = RulesCopy.of(temp).replace(DECISION, "\"The factory is not operating.\"",
                "\"The factory is not operating: its Thread line and File room closed, System.exit of the owner.\"");

        assertThat(check(new SafetyCheck(), rules)).isEmpty();
    }

    @Test
    void twoCeilingsForTheSameDateAndOriginAreReportedAsOverlappingRows() throws IOException {
        RulesCopy rules = RulesCopy.of(temp).replace(GRANT_TERMS, "F-AMT-2 2025-2027 new technology,NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000",
                "F-AMT-2 2025-2027 new technology,NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000\n"
                        + "F-AMT-2 2026 new technology,NEW_TECHNOLOGY,\"OTHER, HK_INSTITUTION\",2026-07-01,2027-12-31,50,700000");

        List<RuleProblem> problems = check(new ParameterTableCheck(), rules);

        // the new row overlaps both 2025-2027 rows: the standard one (OTHER) and the Hong Kong one (HK_INSTITUTION)
        assertThat(problems).hasSize(2).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(file(rules, GRANT_TERMS));
            assertThat(p.message()).startsWith("overlapping rows:").contains("'F-AMT-2 2026 new technology'");
        });
        assertThat(problems.get(0).line()).isEqualTo(rules.lineOf(GRANT_TERMS, "F-AMT-2 2026 new technology"));
        assertThat(problems.get(0).message()).isEqualTo("overlapping rows: 'F-AMT-2 2026 new technology' and line "
                + rules.lineOf(GRANT_TERMS, "F-AMT-2 2025-2027 new technology,") + " 'F-AMT-2 2025-2027 new technology' both apply from "
                + "2026-07-01 to 2027-06-30 for Project type NEW_TECHNOLOGY, Technology origins (empty: any) HK_INSTITUTION/OTHER, "
                + "setting Rate %, Ceiling HK$");
    }

    @Test
    void aDateInsideTheProgrammeWithNoWindowIsReportedAsAGap() throws IOException {
        RulesCopy rules = RulesCopy.of(temp).replace(WINDOWS, "F-WIN-1 2025-2027 new technology,NEW_TECHNOLOGY,2025-04-01,2027-06-30,2025-2027",
                "F-WIN-1 2025-2027 new technology,NEW_TECHNOLOGY,2025-04-01,2026-03-31,2025-2027\n"
                        + "F-WIN-1 2025-2027 new technology second round,NEW_TECHNOLOGY,2026-05-01,2027-06-30,2025-2027");

        assertThat(check(new ParameterTableCheck(), rules)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(rules.lineOf(WINDOWS, "second round"));
            assertThat(p.message()).startsWith("gap: no row applies from 2026-04-01 to 2026-04-30 for Project type NEW_TECHNOLOGY");
        });
    }

    @Test
    void aGapBetweenPhasesMustBeDeclaredWithARowThatSetsNothing() throws IOException {
        RulesCopy rules = RulesCopy.of(temp).replace(WINDOWS,
                "F-WIN-1 closed between the 2013-2015 and 2015-2020 phases (demonstration),DEMONSTRATION,2015-04-01,2015-06-14,\n", "");

        assertThat(check(new ParameterTableCheck(), rules)).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("gap: no row applies from 2015-04-01 to 2015-06-14 for Project type DEMONSTRATION"));
    }

    @Test
    void aRuleWithoutItsDomainIdOrWithoutAChineseMessageIsReported() throws IOException {
        RulesCopy rules = RulesCopy.of(temp)
                .replace(DECISION, "rule \"F-OPS-1 refuse a factory that is not operating\"", "rule \"refuse a factory that is not operating\"")
                .replace(DECISION, "\"工廠並非處於運作狀態。\"", "\"The factory is not operating.\"")
                .replace(GRANT_TERMS, "F-AMT-2 2025-2027 new technology,", "2025-2027 new technology,");

        List<String> messages = check(new RuleConventionCheck(), rules).stream().map(RuleProblem::toString).toList();

        assertThat(messages).containsExactlyInAnyOrder(
                file(rules, DECISION) + ":" + rules.lineOf(DECISION, "rule \"refuse a factory")
                        + ": the rule name 'refuse a factory that is not operating' does not start with a rule id such as F-WIN-1 or R-GATE-2",
                file(rules, DECISION) + ":" + rules.lineOf(DECISION, "new Reason(\"F-OPS-1\"")
                        + ": the reason FACTORY_NOT_OPERATING has no Traditional Chinese message (no Chinese characters in it)",
                file(rules, GRANT_TERMS) + ":" + rules.lineOf(GRANT_TERMS, "2025-2027 new technology,NEW")
                        + ": the rule name '2025-2027 new technology' does not start with a rule id such as F-WIN-1 or R-GATE-2");
    }
}
