package hk.cleanerproduction.adjudicator.documents;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's check of the letters' and the report's wording: every problem at its file and line. */
class WordingCheckTests {

    private static final String LETTER = "documents/letter.properties";
    private static final String NAMES = "documents/names.properties";

    @TempDir
    Path temp;

    @Test
    void theFixtureWordingPasses() throws IOException {
        assertThat(check(FixtureRules.DIR)).isEmpty();
    }

    @Test
    void aValueTheTextCannotShowIsNamedAtItsLine() throws IOException {
        RulesCopy rules = RulesCopy.of(temp).replace(LETTER, "Certificate number: {certificate}.", "Certificate number: {certficate}.");

        assertThat(check(rules.root())).containsExactly(rules.where(LETTER, "{certficate}") + ": '{certficate}' is not a value "
                + "'letter.outcome.AWARDED' can show; it can show {category}, {certificate}, {enterprise}, {grant}, {level}, "
                + "{programme}, {score}, {subjectId}, {validFrom}, {validUntil}");
    }

    @Test
    void aNameWithoutItsChineseAMisspeltKeyAStrayBraceAndABadDatePatternAreEachReported() throws IOException {
        RulesCopy rules = RulesCopy.of(temp)
                .replace(NAMES, "level.PARTNER.zh = 伙伴\n", "")
                .replace(NAMES, "outcome.REFER.en =", "outcome.REFFER.en =")
                .replace(LETTER, "letter.closing.en = Yours faithfully,", "letter.closing.en = Yours faithfully,}")
                .replace(LETTER, "date.format.en = d MMMM yyyy", "date.format.en = d MMMM yyyy b");

        assertThat(check(rules.root())).containsExactlyInAnyOrder(
                rules.where(NAMES, "level.PARTNER.en") + ": 'level.PARTNER.en' has no Chinese counterpart 'level.PARTNER.zh'",
                rules.where(NAMES, "outcome.REFFER.en") + ": 'outcome.REFFER.en' has no Chinese counterpart 'outcome.REFFER.zh'",
                rules.where(NAMES, "outcome.REFER.zh") + ": 'outcome.REFER.zh' has no English counterpart 'outcome.REFER.en'",
                rules.where(LETTER, "Yours faithfully,}") + ": a brace without its pair: a value is written {name}",
                rules.where(LETTER, "d MMMM yyyy b") + ": 'd MMMM yyyy b' is not a date pattern (e.g. d MMMM yyyy): "
                        + "Unknown pattern letter: b");
    }

    @Test
    void aCharacterNoFontCanPrintIsRefusedAndAReasonCodeWithoutANameIsMissing() throws IOException {
        RulesCopy rules = RulesCopy.of(temp)
                .replace(LETTER, "letter.closing.zh = 此致", "letter.closing.zh = 此致 \uD83D\uDE00")
                .replace(NAMES, "reason.BUDGET_EXHAUSTED.en = Budget exhausted\n", "")
                .replace(NAMES, "reason.BUDGET_EXHAUSTED.zh = 預算已用盡\n", "");

        assertThat(check(rules.root())).containsExactlyInAnyOrder(
                rules.where(LETTER, "letter.closing.zh") + ": the documents' fonts cannot print '\uD83D\uDE00' (U+1F600)",
                rules.root() + "/documents/: 'reason.BUDGET_EXHAUSTED.en' is missing: the letters and the report print it",
                rules.root() + "/documents/: 'reason.BUDGET_EXHAUSTED.zh' is missing: the letters and the report print it");
    }

    @Test
    void aMarginOfTheRulesWithoutASentenceIsNamedWhereTheRuleGivesItAndASentenceMayShowOnlyTheFigures() throws IOException {
        String decision = "recognition/recognition-decision.drl";
        RulesCopy rules = RulesCopy.of(temp)
                .replace(decision, "Margin.atLeast(\"supplier-factories\"", "Margin.atLeast(\"supplier-factory-count\"")
                .replace(LETTER, "at least {required} is required: {by} short.", "at least {required} is required: {by} short ({score}).");

        assertThat(check(rules.root())).containsExactlyInAnyOrder(
                rules.where(decision, "supplier-factory-count") + ": the margin 'supplier-factory-count' has no sentence "
                        + "'margin.supplier-factory-count.en' in " + rules.root() + "/documents/letter.properties: a letter prints it",
                rules.where(decision, "supplier-factory-count") + ": the margin 'supplier-factory-count' has no sentence "
                        + "'margin.supplier-factory-count.zh' in " + rules.root() + "/documents/letter.properties: a letter prints it",
                rules.where(LETTER, "{by} short ({score})") + ": '{score}' is not a value 'margin.score' can show; it can show "
                        + "{by}, {found}, {required}");
    }

    @Test
    void everyUnitOfAMarginNeedsItsWords() throws IOException {
        RulesCopy rules = RulesCopy.of(temp).replace(LETTER, "margin.unit.DAYS.en = {by} days\n", "")
                .replace(LETTER, "margin.unit.DAYS.zh = {by}日\n", "");

        assertThat(check(rules.root())).containsExactlyInAnyOrder(
                rules.root() + "/documents/: 'margin.unit.DAYS.en' is missing: the letters and the report print it",
                rules.root() + "/documents/: 'margin.unit.DAYS.zh' is missing: the letters and the report print it");
    }

    private static List<String> check(Path rules) throws IOException {
        return new WordingCheck().check(RulesDirectory.read(rules)).stream().map(RuleProblem::toString).toList();
    }
}
