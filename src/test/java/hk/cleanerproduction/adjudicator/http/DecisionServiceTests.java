package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.recognition.SampleNomination;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.batch.BatchKind;
import hk.cleanerproduction.adjudicator.batch.BatchRequest;
import hk.cleanerproduction.adjudicator.batch.CeremonyBatch;
import hk.cleanerproduction.adjudicator.documents.PdfText;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import hk.cleanerproduction.adjudicator.store.DecisionStore;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.CheckReport;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetVersions;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The running service over real HTTP, with the real rules and the (in-memory) database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DecisionServiceTests {

    private static final String DECIDE = "/api/v1/funding/decisions";

    @LocalServerPort
    int port;

    @Autowired
    DecisionStore store;

    @Autowired
    ActiveRuleset activeRuleset;

    @Autowired
    RulesetVersions versions;

    @Autowired
    RulesetLoader loader;

    @Autowired
    CeremonyBatch batches;

    ServiceClient client;

    @BeforeEach
    void connect() {
        client = new ServiceClient(port);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Json.mapper().readTree(response.body());
    }

    @Test
    void aDecisionTheCeremonyBatchMadeIsReadAndReplayedOverHttp(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        batches.run(new BatchRequest(BatchKind.RECOGNITION, Path.of("test-data/recognition/nominations-2024.csv"), out, null, true));
        String line = Files.readAllLines(out.resolve("decisions.jsonl"), StandardCharsets.UTF_8).get(0);
        String id = Json.mapper().readTree(line).get("decisionId").asString();

        HttpResponse<String> read = client.get("/api/v1/decisions/" + id, "client");
        HttpResponse<String> replayed = client.get("/api/v1/decisions/" + id + "/replay", "client");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(line);
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(json(replayed).get("agrees").asBoolean()).isTrue();

        HttpResponse<byte[]> letter = client.getBytes("/api/v1/decisions/" + id + "/letter", "client", "application/pdf");
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String subjectId = Json.mapper().readTree(line).get("subjectId").asString();
        // the letter the batch wrote, byte for byte: made from the stored decision alone
        assertThat(letter.body()).isEqualTo(Files.readAllBytes(out.resolve("letters/" + subjectId + ".pdf")));
        assertThat(PdfText.of(letter.body()).flat()).contains(id, subjectId, "粵港清潔生產伙伴標誌計劃");
    }

    @Test
    void theLetterOfAnUnknownDecisionIsNotFoundAsAProblem() {
        HttpResponse<String> missing = client.send(client.request("/api/v1/decisions/" + UUID.randomUUID() + "/letter", "client")
                .header("Accept", "application/pdf").GET().build());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(missing).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aNominationWithARegionNotServedAndAScoreAboveItsMaximumIsAnsweredOnceNamingBoth() {
        // the region is judged when the input is read, the score part's maximum (20) only by the rules
        String nomination = SampleNomination.sample().with("enterprise.region", "FUJIAN")
                .with("scores.management", 35).json();

        HttpResponse<String> answer = client.post("/api/v1/recognition/decisions", "client", nomination);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("enterprise.region", "scores.management");
    }

    @Test
    void aReplayAnswersTheStoredDecisionByteForByte() {
        HttpResponse<String> decided = client.post(DECIDE, "client", SampleApplication.sample().json());
        String id = json(decided).get("decisionId").asString();

        HttpResponse<String> replay = client.get("/api/v1/decisions/" + id + "/replay", "client");

        assertThat(decided.body()).contains("+08:00"); // decided in Hong Kong time: read back, it would become UTC
        assertThat(replay.body()).contains("\"original\":" + decided.body());
    }

    @Test
    void aBatchOverHttpReadsItsInputFromTheServicesWorkingFolder() throws InterruptedException {
        String order = """
                {"kind": "recognition", "input": "test-data/recognition/nominations-2024.csv", "out": "target/http-batch-%s"}"""
                .formatted(UUID.randomUUID());

        HttpResponse<String> accepted = client.post("/api/v1/batches", "secretariat", order);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        long id = json(accepted).get("batchId").asLong();
        String status = "";
        for (int i = 0; i < 300 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(100); // it runs in the background: done before the other tests count stored decisions
            status = json(client.get("/api/v1/batches/" + id, "secretariat")).get("status").asString();
        }
        assertThat(status).isEqualTo("COMPLETED");

        // a generated client accepts problem+json for the errors of every operation: the report is still answered
        HttpResponse<String> report = client.send(client.request("/api/v1/batches/" + id + "/report", "secretariat")
                .header("Accept", "application/problem+json").GET().build());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(report.body()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void aBadBatchOrderNamesEveryBadFieldWithItsType() {
        HttpResponse<String> words = client.post("/api/v1/batches", "secretariat",
                "{\"kind\": \"ceremony\", \"input\": \"../../etc/passwd\", \"out\": \"out/x\", \"budgetHkd\": \"lots\"}");
        HttpResponse<String> nothing = client.post("/api/v1/batches", "secretariat", "null");
        HttpResponse<String> notAnId = client.get("/api/v1/batches/first", "secretariat");

        assertThat(words.statusCode()).isEqualTo(400);
        assertThat(json(words).get("type").asString()).isEqualTo("urn:cleaner-production-adjudicator:problem:bad-input");
        assertThat(json(words).get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("budgetHkd", "input", "kind");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(json(nothing).get("errors").get(0).get("field").asString()).isEqualTo("$");
        assertThat(notAnId.statusCode()).isEqualTo(400);
        assertThat(json(notAnId).get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void aDecisionIsStoredAndReadBackExactlyAsItWasReturned() {
        long before = store.count();

        HttpResponse<String> decided = client.post(DECIDE, "client", SampleApplication.sample().json());

        assertThat(decided.statusCode()).isEqualTo(200);
        JsonNode decision = json(decided);
        assertThat(decision.get("outcome").asString()).isEqualTo("ELIGIBLE");
        assertThat(decision.get("grantHkd").asLong()).isEqualTo(650_000);
        assertThat(decision.get("asOf").asString()).isEqualTo("2025-06-16");
        assertThat(decision.get("rulesetVersion").asString()).isEqualTo(activeRuleset.get().version());
        assertThat(store.count()).isEqualTo(before + 1);
        String id = decision.get("decisionId").asString();
        assertThat(decided.headers().firstValue("Location")).hasValue("/api/v1/decisions/" + id);

        HttpResponse<String> read = client.get("/api/v1/decisions/" + id, "client");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(decided.body());
    }

    @Test
    void aNominationIsDecidedAndStored() throws Exception {
        String nomination = Files.readString(Path.of("test-data/recognition/excellent-partner-manufacturing.json"));

        HttpResponse<String> decided = client.post("/api/v1/recognition/decisions", "client", nomination);

        assertThat(decided.statusCode()).isEqualTo(200);
        JsonNode decision = json(decided);
        assertThat(decision.get("kind").asString()).isEqualTo("RECOGNITION");
        assertThat(decision.get("outcome").asString()).isEqualTo("AWARDED");
        assertThat(decision.get("level").asString()).isEqualTo("EXCELLENT_PARTNER");
        HttpResponse<String> read = client.get("/api/v1/decisions/" + decision.get("decisionId").asString(), "client");
        assertThat(read.body()).isEqualTo(decided.body());
        HttpResponse<String> replay = client.get("/api/v1/decisions/" + decision.get("decisionId").asString() + "/replay", "client");
        assertThat(json(replay).get("agrees").asBoolean()).isTrue();
    }

    @Test
    void aBadApplicationIsAnsweredFieldByFieldAndNothingIsStored() {
        long before = store.count();
        String bad = SampleApplication.sample().with("project.eligibleCostHkd", -5).with("factory.industry", "SHIPS").json();

        HttpResponse<String> answer = client.post(DECIDE, "client", bad);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(answer).get("errors").findValuesAsString("field"))
                .containsExactly("factory.industry", "project.eligibleCostHkd");
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void theSameIdempotencyKeyAndBodyGiveTheSameDecisionStoredOnce() {
        String key = UUID.randomUUID().toString();
        String body = SampleApplication.sample().json();
        long before = store.count();

        HttpResponse<String> first = client.post(DECIDE, "client", body, "Idempotency-Key", key);
        HttpResponse<String> again = client.post(DECIDE, "client", body, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(store.count()).isEqualTo(before + 1);

        HttpResponse<String> otherBody = client.post(DECIDE, "client",
                SampleApplication.sample().with("applicationId", "CP25-000999").json(), "Idempotency-Key", key);
        assertThat(otherBody.statusCode()).isEqualTo(409);
        assertThat(store.count()).isEqualTo(before + 1);

        // keys belong to their client: another user's same key is a new request
        HttpResponse<String> otherClient = client.post(DECIDE, "officer", body, "Idempotency-Key", key);
        assertThat(otherClient.statusCode()).isEqualTo(200);
        assertThat(json(otherClient).get("decisionId")).isNotEqualTo(json(first).get("decisionId"));
    }

    @Test
    void concurrentRetriesWithOneKeyStoreOneDecision() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = SampleApplication.sample().json();
        long before = store.count();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> client.post(DECIDE, "client", body, "Idempotency-Key", key)));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).isEqualTo(200);
                ids.add(json(response).get("decisionId").asString());
            }
            assertThat(ids).hasSize(1);
            assertThat(store.count()).isEqualTo(before + 1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aDecisionReplaysUnderItsOwnStoredRulesetAfterTheRulesChanged() throws Exception {
        Ruleset original = activeRuleset.get();
        Ruleset relabelled = loader.build(relabel(original, "2099.9-test"));
        String decisionId;
        try {
            versions.recordActivation(relabelled, new CheckReport("test", relabelled.version(), relabelled.contentHash(),
                    java.time.Instant.now(), java.time.Duration.ZERO, 0, 0, 0, java.util.List.of(), java.util.Optional.empty()), "test");
            activeRuleset.activate(relabelled);
            HttpResponse<String> decided = client.post(DECIDE, "client", SampleApplication.sample().json());
            assertThat(json(decided).get("rulesetVersion").asString()).isEqualTo(relabelled.version());
            decisionId = json(decided).get("decisionId").asString();
        } finally {
            activeRuleset.activate(original);
            relabelled.close();
        }

        HttpResponse<String> replay = client.get("/api/v1/decisions/" + decisionId + "/replay", "client");

        assertThat(replay.statusCode()).isEqualTo(200);
        JsonNode result = json(replay);
        assertThat(result.get("rulesetVersion").asString()).startsWith("2099.9-test-");
        assertThat(result.get("agrees").asBoolean()).isTrue();
        assertThat(result.get("replayed").get("rulesetVersion").asString()).isEqualTo(relabelled.version());
        assertThat(result.get("replayed").get("decisionId")).isNotEqualTo(result.get("original").get("decisionId"));
    }

    /** The same rules under another label: another version, whose files only the database still holds. */
    private static RulesDirectory relabel(Ruleset ruleset, String label) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (RuleFile f : ruleset.files()) {
            files.put(f.relativePath(), f.content());
        }
        files.put("ruleset.properties", ("label=" + label + "\n").getBytes(StandardCharsets.UTF_8));
        return RulesDirectory.of(Path.of("relabelled").toString(), files);
    }

    @Test
    void theActiveRulesetIsShownToPolicyOfficers() {
        HttpResponse<String> answer = client.get("/api/v1/ruleset", "officer");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode ruleset = json(answer);
        assertThat(ruleset.get("version").asString()).isEqualTo(activeRuleset.get().version());
        assertThat(ruleset.get("contentHash").asString()).hasSize(64);
        assertThat(ruleset.get("activatedAt").isNull()).isFalse();
        assertThat(ruleset.get("files").findValuesAsString("path")).contains("funding/funding-decision.drl");
        assertThat(ruleset.get("rules").get(0).asString()).isNotBlank();
    }

    @Test
    void healthIsOpenButOnlyPolicyOfficersSeeItsParts() {
        HttpResponse<String> anonymous = client.get("/actuator/health", null);
        HttpResponse<String> client = this.client.get("/actuator/health", "client");
        HttpResponse<String> officer = this.client.get("/actuator/health", "officer");

        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(json(anonymous).has("components")).isFalse();
        assertThat(anonymous.body()).doesNotContain(activeRuleset.get().contentHash()).doesNotContain("HSQL").doesNotContain("/");
        assertThat(json(client).has("components")).isFalse();
        JsonNode ruleset = json(officer).get("components").get("ruleset");
        assertThat(ruleset.get("status").asString()).isEqualTo("UP");
        assertThat(ruleset.get("details").get("version").asString()).isEqualTo(activeRuleset.get().version());
    }

    @Test
    void answersCarrySecurityHeaders() {
        HttpResponse<String> decided = client.post(DECIDE, "client", SampleApplication.sample().json());

        assertThat(decided.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(decided.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(decided.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void aBodyThatIsNotUtf8IsBadInputAndNothingIsStored() {
        long before = store.count();
        byte[] broken = SampleApplication.sample().json().replace("Wing Fat", "Wing XFat").getBytes(StandardCharsets.UTF_8);
        broken[indexOf(broken, (byte) 'X')] = (byte) 0xC3; // a lead byte with no continuation: not UTF-8

        HttpResponse<String> answer = client.send(client.request(DECIDE, "client").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(broken)).build());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"body\"").contains("UTF-8");
        assertThat(store.count()).isEqualTo(before);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    @Test
    void metricsCountDecisionsByKindAndOutcomeAndNameTheActiveVersion() {
        client.post(DECIDE, "client", SampleApplication.sample().json());

        HttpResponse<String> metrics = client.get("/actuator/prometheus", "client");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("adjudicator_decisions_seconds_count{kind=\"FUNDING\",outcome=\"ELIGIBLE\"}")
                .contains("adjudicator_decisions_seconds_bucket{kind=\"FUNDING\",outcome=\"ELIGIBLE\"")
                .contains("adjudicator_ruleset_active{version=\"" + activeRuleset.get().version() + "\"} 1");
    }

    private static String newSubject() {
        return "CP25-" + String.format("%06d", new java.util.Random().nextInt(1_000_000));
    }

    @Test
    void theDecisionsAboutASubjectAreListedNewestFirst() {
        String subject = newSubject();
        String first = json(client.post(DECIDE, "client", SampleApplication.sample().with("applicationId", subject).json()))
                .get("decisionId").asString();
        HttpResponse<String> second = client.post(DECIDE, "client",
                SampleApplication.sample().with("applicationId", subject).with("project.eligibleCostHkd", 400000).json());

        HttpResponse<String> listed = client.get("/api/v1/decisions?subjectId=" + subject, "client");

        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode decisions = json(listed).get("decisions");
        assertThat(decisions.findValuesAsString("decisionId")).containsExactly(json(second).get("decisionId").asString(), first);
        // each exactly as it was returned, with what the workbench shows of it
        assertThat(listed.body()).contains(second.body());
        assertThat(decisions.get(0).get("subjectId").asString()).isEqualTo(subject);
        assertThat(decisions.get(0).get("rulesetVersion").asString()).isEqualTo(activeRuleset.get().version());
        assertThat(json(client.get("/api/v1/decisions?subjectId=" + subject + "&limit=1", "client")).get("decisions")
                .findValuesAsString("decisionId")).containsExactly(json(second).get("decisionId").asString());
    }

    @Test
    void aSubjectWithoutDecisionsHasAnEmptyList() {
        HttpResponse<String> listed = client.get("/api/v1/decisions?subjectId=CP25-NEVER", "officer");

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(json(listed).get("decisions").isEmpty()).isTrue();
    }

    @Test
    void aListWithoutSubjectOrWithABadLimitNamesEachField() {
        HttpResponse<String> missing = client.get("/api/v1/decisions", "client");
        HttpResponse<String> blankAndTooMany = client.get("/api/v1/decisions?subjectId=%20&limit=101", "client");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(missing).get("errors").findValuesAsString("field")).containsExactly("subjectId");
        assertThat(blankAndTooMany.statusCode()).isEqualTo(400);
        assertThat(json(blankAndTooMany).get("errors").findValuesAsString("field")).containsExactly("subjectId", "limit");
    }

    @Test
    void theRulesetCountsADecisionJustMadeAmongTheRecentOnes() {
        long before = json(client.get("/api/v1/ruleset", "officer")).get("recentDecisions").asLong();

        client.post(DECIDE, "client", SampleApplication.sample().with("applicationId", newSubject()).json());

        assertThat(json(client.get("/api/v1/ruleset", "officer")).get("recentDecisions").asLong()).isGreaterThan(before);
    }
}
