package hk.cleanerproduction.adjudicator.documents;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.adjudication.Subject;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.decision.Effect;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LetterTests {

    private static Ruleset ruleset;
    private static Wording wording;
    private static final PdfRenderer renderer = new PdfRenderer();
    private static final Adjudication adjudication = new Adjudication(Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZoneOffset.UTC));

    @BeforeAll
    static void build() throws Exception {
        RulesDirectory directory = RulesDirectory.read(FixtureRules.DIR);
        ruleset = new RulesetLoader(1).build(directory);
        wording = Wording.of(directory);
    }

    @AfterAll
    static void close() {
        ruleset.close();
    }

    @Test
    void anAwardLetterNamesTheLevelCategoryCertificateAndValidityInBothLanguages() throws Exception {
        Decision award = decide(DecisionKind.RECOGNITION, "test-data/recognition/excellent-partner-manufacturing.json")
                .withCertificateNumber("CPP-2024-M-E-001");

        PdfText letter = PdfText.of(letter(award, "test-data/recognition/excellent-partner-manufacturing.json").pdf(wording, renderer));

        String text = letter.flat();
        assertThat(text).contains("CPP-2024-M-E-001", award.decisionId(), award.rulesetVersion(), award.subjectId())
                .contains("Excellent Partner label, category Manufacturing")
                .contains("獲頒「優越伙伴」標誌（製造業類別）")
                .contains("粵港清潔生產伙伴標誌計劃")
                .contains("Page 1 of " + letter.pages(), "第 1 頁，共 " + letter.pages() + " 頁");
        assertThat(text).doesNotContain("EXCELLENT_PARTNER", "MANUFACTURING", "AWARDED");
    }

    @Test
    void aRefusalLetterGivesEveryReasonThatIsNotInfoWithItsRuleIdSentenceAndPublicSource() throws Exception {
        String file = "test-data/recognition/not-awarded-et-provider.json";
        Decision refusal = decide(DecisionKind.RECOGNITION, file);
        assertThat(refusal.outcome()).isEqualTo("NOT_AWARDED");

        String text = PdfText.of(letter(refusal, file).pdf(wording, renderer)).flat();

        assertThat(refusal.reasons().stream().filter(r -> r.effect() != Effect.INFO)).hasSizeGreaterThan(1)
                .allSatisfy(r -> assertThat(text).contains(r.ruleId(), wording.name("reason", r.code(), Lang.EN),
                        wording.name("reason", r.code(), Lang.ZH), r.messageZh().replaceAll("\\s+", " ")));
        assertThat(text).contains("Jade River Energy Services Ltd", "未獲頒標誌", "原因如下");
        assertThat(text).doesNotContain("docs/policy", "rules/recognition", "NOT_AWARDED", "SUBSTANTIATED_COMPLAINT");
    }

    @Test
    void theSameDecisionGivesTheSameBytes() throws Exception {
        String file = "test-data/funding/ineligible-several-rules.json";
        Letter letter = letter(decide(DecisionKind.FUNDING, file), file);

        assertThat(letter.pdf(wording, renderer)).isEqualTo(letter.pdf(wording, new PdfRenderer()));
    }

    @Test
    void aSourceLosesTheRepositoryPathsAndReviewMarkers() {
        assertThat(Letter.publicSource("docs/policy/funding.md#f-win-1 [V month, A day]; CPPP 2025-2027 seminar notice "
                + "(HKPC, 2025-03); rules/funding/parameters/application-windows.drl.csv"))
                .isEqualTo("CPPP 2025-2027 seminar notice (HKPC, 2025-03)");
        assertThat(new Reason("F-X-1", "X", Effect.INFO, "m", "訊息", "docs/policy/x.md").source()).isNotNull();
    }

    private Decision decide(DecisionKind kind, String file) throws Exception {
        return adjudication.decide(ruleset, kind, adjudication.read(kind, Files.readString(Path.of(file))));
    }

    private Letter letter(Decision decision, String file) throws Exception {
        Subject subject = adjudication.subject(decision.kind(), adjudication.read(decision.kind(), Files.readString(Path.of(file))));
        return new Letter(decision, subject.name(), subject.category());
    }
}
