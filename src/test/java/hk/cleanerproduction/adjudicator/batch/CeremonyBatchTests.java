package hk.cleanerproduction.adjudicator.batch;
import hk.cleanerproduction.adjudicator.http.DecisionReplay;
import hk.cleanerproduction.adjudicator.http.Replay;
import hk.cleanerproduction.adjudicator.store.DecisionStore;
import hk.cleanerproduction.adjudicator.store.StoredDecision;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.documents.PdfText;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The ceremony batch through Spring Batch and the (in-memory) database, on the real rules and test data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class CeremonyBatchTests {

    static final Path FUNDING_JSONL = Path.of("test-data/funding/applications.jsonl");
    static final Path FUNDING_CSV = Path.of("test-data/funding/applications.csv");
    static final Path RECOGNITION_CSV = Path.of("test-data/recognition/nominations-2024.csv");

    @Autowired
    CeremonyBatch batch;

    @Autowired
    DecisionStore store;

    @Autowired
    DecisionReplay replays;

    @TempDir
    Path temp;

    @Test
    void badRowsGoToErrorsCsvWithEveryBadFieldAndTheOtherRowsAreDecided() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(FUNDING_JSONL).subList(0, 12));
        ObjectNode third = (ObjectNode) Json.mapper().readTree(lines.get(2));
        ((ObjectNode) third.get("factory")).put("region", "FUJIAN");
        third.put("receivedOn", "2025-02-30");
        ((ObjectNode) third.get("project")).put("eligibleCostHkd", -5);
        lines.set(2, Json.mapper().writeValueAsString(third));
        lines.set(6, "{\"applicationId\": \"CP25-BROKEN\", ");
        Path input = temp.resolve("with-bad-rows.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);

        BatchSummary summary = batch.run(new BatchRequest(BatchKind.FUNDING, input, temp.resolve("out"), null)).summary();

        assertThat(summary.rows()).isEqualTo(12);
        assertThat(summary.decided()).isEqualTo(10);
        assertThat(summary.badRows()).isEqualTo(2);
        List<Map<String, String>> errors = csv(temp.resolve("out/errors.csv"));
        assertThat(errors).extracting(e -> e.get("row") + " " + e.get("subjectId") + " " + e.get("field")).containsExactly(
                "3 " + third.get("applicationId").asString() + " factory.region",
                "3 " + third.get("applicationId").asString() + " project.eligibleCostHkd",
                "3 " + third.get("applicationId").asString() + " receivedOn",
                "7  $");
        assertThat(errors.get(0).get("message")).contains("FUJIAN");
        List<Decision> decisions = decisions(temp.resolve("out"));
        assertThat(decisions).hasSize(10);
        assertThat(decisions).extracting(Decision::subjectId).doesNotContain(third.get("applicationId").asString());
        assertThat(Files.readString(temp.resolve("out/report.html"))).contains("Rows with bad fields").contains("FUJIAN");
    }

    @Test
    void aBatchDecisionIsStoredLikeAnyOtherAndReplaysUnderItsRuleset() throws Exception {
        batch.run(new BatchRequest(BatchKind.RECOGNITION, RECOGNITION_CSV, temp.resolve("ceremony"), null));
        List<String> lines = Files.readAllLines(temp.resolve("ceremony/decisions.jsonl"), StandardCharsets.UTF_8);
        String awarded = lines.stream().filter(l -> l.contains("\"certificateNumber\":\"CPP-")).findFirst().orElseThrow();
        String decisionId = Json.mapper().readTree(awarded).get("decisionId").asString();

        StoredDecision stored = store.find(decisionId).orElseThrow();

        assertThat(stored.decisionJson()).isEqualTo(awarded); // the very bytes the batch wrote, certificate number included
        assertThat(Json.mapper().readTree(stored.inputJson()).get("nominationId").asString()).isEqualTo(stored.subjectId());
        Replay replay = replays.replay(decisionId);
        assertThat(replay.agrees()).as("differences %s", replay.differences()).isTrue();
        assertThat(lines).allSatisfy(line -> assertThat(store.find(Json.mapper().readTree(line).get("decisionId").asString())).isPresent());
    }

    @Test
    void csvAndJsonLinesOfTheSameDataSetGiveTheSameDecisions() throws Exception {
        BatchSummary fromCsv = batch.run(new BatchRequest(BatchKind.FUNDING, FUNDING_CSV, temp.resolve("csv"), null)).summary();
        BatchSummary fromJsonl = batch.run(new BatchRequest(BatchKind.FUNDING, FUNDING_JSONL, temp.resolve("jsonl"), null)).summary();

        assertThat(fromCsv.decided()).isEqualTo(320);
        assertThat(fromCsv.badRows()).isZero();
        assertThat(fromCsv.byOutcome()).isEqualTo(fromJsonl.byOutcome());
        assertThat(fromCsv.grantsHkd()).isEqualTo(fromJsonl.grantsHkd());
        assertThat(decisions(temp.resolve("csv"))).extracting(d -> d.subjectId() + " " + d.outcome() + " " + d.grantHkd())
                .isEqualTo(decisions(temp.resolve("jsonl")).stream().map(d -> d.subjectId() + " " + d.outcome() + " " + d.grantHkd()).toList());
    }

    @Test
    void aBudgetFundsEligibleApplicationsInOrderOfReceiptAndWaitlistsTheRest() throws Exception {
        long budget = 20_000_000;
        BatchSummary summary = batch.run(new BatchRequest(BatchKind.FUNDING, FUNDING_JSONL, temp.resolve("budget"), budget)).summary();

        List<Decision> queue = decisions(temp.resolve("budget")).stream()
                .filter(d -> d.outcome().equals("ELIGIBLE") || d.outcome().equals("WAITLIST"))
                .sorted(Comparator.comparing(Decision::asOf).thenComparing(Decision::subjectId)).toList();
        int firstWaiting = 0;
        long funded = 0;
        while (queue.get(firstWaiting).outcome().equals("ELIGIBLE")) {
            funded += queue.get(firstWaiting++).grantHkd();
        }
        List<Decision> waiting = queue.subList(firstWaiting, queue.size());
        assertThat(waiting).isNotEmpty().allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo("WAITLIST");
            assertThat(d.reasons()).anySatisfy(r -> assertThat(r.code()).isEqualTo("BUDGET_EXHAUSTED"));
        });
        assertThat(funded).isLessThanOrEqualTo(budget);
        assertThat(funded + waiting.get(0).grantHkd()).isGreaterThan(budget);
        assertThat(queue).hasSize(187); // every ELIGIBLE decision of the data set, funded or waiting
        assertThat(summary.allocation().allocatedHkd()).isEqualTo(funded);
        assertThat(summary.allocation().waitlisted()).isEqualTo(waiting.size());
        assertThat(summary.byOutcome().get("WAITLIST")).isEqualTo(waiting.size());
        assertThat(Files.readString(temp.resolve("budget/report.html"))).contains("Budget allocation")
                .contains(String.format("%,d", funded));
    }

    @Test
    void aCompletedBatchAskedForAgainWritesTheSameFilesWithoutDecidingAgain() throws Exception {
        Path input = temp.resolve("small.jsonl");
        Files.write(input, Files.readAllLines(FUNDING_JSONL).subList(0, 30), StandardCharsets.UTF_8);
        BatchRequest request = new BatchRequest(BatchKind.FUNDING, input, temp.resolve("again"), null);
        CeremonyBatch.BatchOutcome first = batch.run(request);
        String decisions = Files.readString(temp.resolve("again/decisions.jsonl"));
        Files.delete(temp.resolve("again/report.html"));

        CeremonyBatch.BatchOutcome second = batch.run(request);

        assertThat(first.alreadyComplete()).isFalse();
        assertThat(second.alreadyComplete()).isTrue();
        assertThat(Files.readString(temp.resolve("again/decisions.jsonl"))).isEqualTo(decisions);
        assertThat(temp.resolve("again/report.html")).exists();
        assertThat(second.summary()).isEqualTo(first.summary());
    }

    @Test
    void the2024CeremonyThroughTheBatchAwards215WithUniqueCertificateNumbersAndExplainsEveryRefusal() throws Exception {
        BatchSummary summary = batch.run(new BatchRequest(BatchKind.RECOGNITION, RECOGNITION_CSV, temp.resolve("ceremony"), null,
                true)).summary();

        assertThat(summary.decided()).isEqualTo(240);
        assertThat(summary.byOutcome()).containsEntry("AWARDED", 215L).containsEntry("NOT_AWARDED", 25L);
        assertThat(summary.byCategory().get("MANUFACTURING")).containsEntry("EXCELLENT_PARTNER", 42L).containsEntry("PARTNER", 149L);
        assertThat(summary.byCategory().get("SOURCING")).containsEntry("PARTNER", 3L).doesNotContainKey("EXCELLENT_PARTNER");
        assertThat(summary.byCategory().get("ET_SERVICE_PROVIDER")).containsEntry("PARTNER", 21L).doesNotContainKey("EXCELLENT_PARTNER");

        List<Decision> awarded = decisions(temp.resolve("ceremony")).stream().filter(d -> d.outcome().equals("AWARDED")).toList();
        assertThat(awarded).extracting(Decision::certificateNumber).doesNotContainNull().doesNotHaveDuplicates()
                .allMatch(n -> n.matches("CPP-2024-[MST]-[EP]-\\d{3}"))
                .contains("CPP-2024-M-E-001", "CPP-2024-M-E-042", "CPP-2024-M-P-149", "CPP-2024-S-P-003", "CPP-2024-T-P-021")
                .doesNotContain("CPP-2024-M-E-043", "CPP-2024-S-P-004");
        assertThat(awarded).allSatisfy(d -> assertThat(d.labelValidUntil()).isNotNull());
        // numbered in nomination id order within each category and level
        List<Decision> excellent = awarded.stream().filter(d -> d.certificateNumber().startsWith("CPP-2024-M-E-"))
                .sorted(Comparator.comparing(Decision::subjectId)).toList();
        assertThat(excellent.get(0).certificateNumber()).isEqualTo("CPP-2024-M-E-001");

        String report = Files.readString(temp.resolve("ceremony/report.html"));
        assertThat(report).contains("By category and level").contains("CPP-2024-M-E-001").contains("Refused");
        Decision refused = decisions(temp.resolve("ceremony")).stream().filter(d -> d.outcome().equals("NOT_AWARDED")).findFirst()
                .orElseThrow();
        assertThat(report).contains(refused.subjectId())
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(refused.reasons().get(0).messageZh(), "UTF-8"));

        PdfText pdf = PdfText.of(temp.resolve("ceremony/report.pdf"));
        assertThat(pdf.pages()).isGreaterThan(2);
        assertThat(pdf.flat()).contains("Excellent Partner", "優越伙伴", "製造業", "未獲頒標誌", "CPP-2024-M-E-001", refused.subjectId(),
                        refused.reasons().get(0).messageZh(), "Ceremony on ", "頒授典禮日期", "nominations-2024.csv",
                        "Page 1 of " + pdf.pages(), "第 " + pdf.pages() + " 頁，共 " + pdf.pages() + " 頁")
                .doesNotContain("EXCELLENT_PARTNER", "NOT_AWARDED", "MANUFACTURING", "ET_SERVICE_PROVIDER", temp.toString(),
                        RECOGNITION_CSV.toAbsolutePath().getParent().toString());
        // the awardees' table heads every page it runs on to
        assertThat(pdf.pageTexts().stream().filter(page -> page.contains("CPP-2024-"))).hasSizeGreaterThan(1)
                .allSatisfy(page -> assertThat(page).contains("Certificate", "證書編號"));

        try (var letters = Files.list(temp.resolve("ceremony/letters"))) {
            assertThat(letters.filter(f -> f.toString().endsWith(".pdf"))).hasSize(240);
        }
        Decision first = excellent.get(0);
        assertThat(PdfText.of(temp.resolve("ceremony/letters/" + first.subjectId() + ".pdf")).flat())
                .contains("CPP-2024-M-E-001", first.decisionId(), "優越伙伴");
    }

    static List<Decision> decisions(Path out) throws Exception {
        List<Decision> decisions = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("decisions.jsonl"))) {
            decisions.add(Json.mapper().readValue(line, Decision.class));
        }
        return decisions;
    }

    static List<Map<String, String>> csv(Path file) throws Exception {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}
