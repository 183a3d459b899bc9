package hk.cleanerproduction.adjudicator.documents;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.adjudication.Subject;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.decision.Effect;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.recognition.SampleNomination;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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

    /** Western text in the PDF standard font, tried first; Chinese in the embedded font's subset. */
    @Test
    void westernTextIsSetInHelveticaAndChineseInTheEmbeddedFont() throws Exception {
        String file = "test-data/recognition/excellent-partner-manufacturing.json";
        byte[] pdf = letter(decide(DecisionKind.RECOGNITION, file).withCertificateNumber("CPP-2024-M-E-001"), file)
                .pdf(wording, renderer);

        Set<String> fonts = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
        }
        assertThat(fonts).contains("Helvetica", "Helvetica-Bold").anyMatch(font -> font.endsWith("+DroidSansFallback"));
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

    @Test
    void aScoreTwoPointsUnderTheThresholdIsStatedAsAShortfallWithTheAdviceInBothLanguages() {
        Object nomination = SampleNomination.sample().asSourcing().withScore(58).read();
        Decision refusal = adjudication.decide(ruleset, DecisionKind.RECOGNITION, nomination);

        String text = PdfText.of(letter(refusal, nomination).pdf(wording, renderer)).flat();

        assertThat(text).contains("Your score was 58; at least 60 is required: 2 points short.",
                "What you could do: The assessment report shows where points were lost");
        assertThat(withoutSpaces(text)).contains("閣下的評分為58分，須最少60分：尚差2分。", "閣下可以：評審報告列明失分之處");
    }

    @Test
    void anApplicationReceivedOutsideTheWindowIsToldHowManyDaysLateOrEarlyInBothLanguages() {
        String late = text(SampleApplication.sample().with("receivedOn", "2027-07-07")
                .with("applicant.businessRegistrationExpiry", "2028-12-31")
                .with("project.plannedStart", "2027-07-01").with("project.plannedCompletion", "2027-12-31").read());
        assertThat(late).contains("Your application was received on 7 July 2027; the last window for this type of project "
                + "closed on 30 June 2027: 7 days late.", "What you could do: You may apply again while a phase of the programme");
        assertThat(withoutSpaces(late)).contains("閣下的申請於2027年7月7日收到；此類項目最近一個申請期已於2027年6月30日截止：遲了7日。",
                "閣下可以：閣下可於計劃階段接受此類申請期間再次提出申請。");

        String early = text(SampleApplication.sample().with("receivedOn", "2025-03-25").read());
        assertThat(early).contains("Your application was received on 25 March 2025; the next window for this type of project "
                + "opens on 1 April 2025: 7 days early.");
        assertThat(withoutSpaces(early)).contains("此類項目下一個申請期於2025年4月1日開始：早了7日。");

        String oneDay = text(SampleApplication.sample().with("receivedOn", "2025-03-31").read());
        assertThat(oneDay).contains("opens on 1 April 2025: 1 day early.");
    }

    @Test
    void aReasonWithoutAMarginStillGivesItsFixedAdviceAndNoShortfall() {
        Object application = SampleApplication.sample().with("applicant.businessRegistrationExpiry", "2025-01-01").read();
        Decision refusal = adjudication.decide(ruleset, DecisionKind.FUNDING, application);
        assertThat(refusal.reasons()).filteredOn(r -> r.effect() != Effect.INFO).singleElement()
                .satisfies(r -> assertThat(r.margins()).isEmpty());

        String text = PdfText.of(letter(refusal, application).pdf(wording, renderer)).flat();

        assertThat(text).contains("What you could do: Renew the business registration and apply again.");
        assertThat(withoutSpaces(text)).contains("閣下可以：請續期商業登記後再次申請。");
        // the grant capped at the ceiling (information, with a margin) is not printed beside a refusal
        assertThat(text).doesNotContain("short.", "late.", "early.", "For your information", "HK$700,000", "Found:");
        assertThat(withoutSpaces(text)).doesNotContain("備註", "尚差", "遲了", "實際：");
    }

    @Test
    void anEligibleLetterSaysByHowMuchTheCeilingCutTheGrant() {
        String text = text(SampleApplication.sample().read());

        assertThat(text).contains("For your information:", "The rate's share of your eligible cost is HK$700,000; the ceiling is "
                + "HK$650,000: the grant is HK$50,000 less.");
        assertThat(withoutSpaces(text)).contains("備註：",
                "按資助比率計算，閣下的合資格成本可獲港幣700,000元；上限為港幣650,000元：資助額因此減少港幣50,000元。");
    }

    private String text(Object application) {
        Decision decision = adjudication.decide(ruleset, DecisionKind.FUNDING, application);
        return PdfText.of(letter(decision, application).pdf(wording, renderer)).flat();
    }

    /** Chinese may break between any two characters, digits included: compared without any white space. */
    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    private Letter letter(Decision decision, Object input) {
        Subject subject = adjudication.subject(decision.kind(), input);
        return new Letter(decision, subject.name(), subject.category());
    }

    private Decision decide(DecisionKind kind, String file) throws Exception {
        return adjudication.decide(ruleset, kind, adjudication.read(kind, Files.readString(Path.of(file))));
    }

    private Letter letter(Decision decision, String file) throws Exception {
        Subject subject = adjudication.subject(decision.kind(), adjudication.read(decision.kind(), Files.readString(Path.of(file))));
        return new Letter(decision, subject.name(), subject.category());
    }
}
