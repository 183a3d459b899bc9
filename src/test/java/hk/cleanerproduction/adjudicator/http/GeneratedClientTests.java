package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import hk.cleanerproduction.adjudicator.client.ApiClient;
import hk.cleanerproduction.adjudicator.client.ApiException;
import hk.cleanerproduction.adjudicator.client.JSON;
import hk.cleanerproduction.adjudicator.client.api.BatchesApi;
import hk.cleanerproduction.adjudicator.client.api.DecisionsApi;
import hk.cleanerproduction.adjudicator.client.api.DraftsApi;
import hk.cleanerproduction.adjudicator.client.api.RulesetApi;
import hk.cleanerproduction.adjudicator.client.model.Accept;
import hk.cleanerproduction.adjudicator.client.model.Approval;
import hk.cleanerproduction.adjudicator.client.model.BatchOrder;
import hk.cleanerproduction.adjudicator.client.model.BatchView;
import hk.cleanerproduction.adjudicator.client.model.CheckAnswer;
import hk.cleanerproduction.adjudicator.client.model.Decision;
import hk.cleanerproduction.adjudicator.client.model.FileEntry;
import hk.cleanerproduction.adjudicator.client.model.FundingApplication;
import hk.cleanerproduction.adjudicator.client.model.NewDraft;
import hk.cleanerproduction.adjudicator.client.model.Nomination;
import hk.cleanerproduction.adjudicator.client.model.Rollback;
import hk.cleanerproduction.adjudicator.client.model.Summary;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.recognition.SampleNomination;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Java client that openapi-generator makes from the API description snapshot (during the build, see
 * pom.xml) calls every operation of a running service and reads its typed answers: the description is one a
 * client can be generated from and used, not only one that looks right.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeneratedClientTests {

    private static final String GRANT_TERMS = "funding/parameters/grant-terms.drl.csv";
    private static final String CEILING_650 = "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000";
    private static final String CEILING_600 = "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,600000";

    /** The operations the story below calls, by the generated method's name. */
    private static final Set<String> CALLED = Set.of(
            "decideFunding", "decideRecognition", "getDecision", "listDecisionsOfSubject", "replayDecision", "getDecisionLetter",
            "getRuleset", "reloadRuleset", "listRulesetVersions", "diffRulesetVersions", "rollBackRuleset", "draftDiff",
            "createDraft", "listDrafts", "getDraft", "getDraftFile", "saveDraftFile", "deleteDraftFile", "checkDraft",
            "acceptScenarios", "impactOfBody", "dataSets", "submitDraft", "approveDraft", "activateDraft", "rebaseDraft",
            "discardDraft", "startBatch", "getBatch", "getBatchReport");

    private static final RulesCopy RULES = RulesCopy.patient("generated-client");

    @DynamicPropertySource
    static void isolated(DynamicPropertyRegistry registry) {
        RULES.isolate(registry, "generated-client-test");
    }

    @LocalServerPort
    int port;

    @Test
    void everyOperationAnswersTheGeneratedClientWithTypedAnswers() throws Exception {
        DecisionsApi decisions = new DecisionsApi(client("client"));
        RulesetApi ruleset = new RulesetApi(client("officer"));
        DraftsApi officer = new DraftsApi(client("officer"));
        DraftsApi reviewer = new DraftsApi(client("reviewer"));
        BatchesApi batches = new BatchesApi(client("secretariat"));

        // decisions: funding and recognition from the sample inputs, read back, replayed, the letter
        FundingApplication application = read(SampleApplication.FILE, FundingApplication.class);
        Decision funding = decisions.decideFunding(application, UUID.randomUUID().toString());
        assertThat(String.valueOf(funding.getOutcome())).isEqualTo("ELIGIBLE");
        assertThat(funding.getGrantHkd().longValue()).isEqualTo(650_000);
        assertThat(funding.getReasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason.getMessageZh()).isNotBlank());
        Decision nomination = decisions.decideRecognition(read(SampleNomination.FILE, Nomination.class), null);
        assertThat(nomination.getLevel()).isNotNull();
        assertThat(decisions.getDecision(funding.getDecisionId()).getGrantHkd()).isEqualTo(funding.getGrantHkd());
        assertThat(decisions.listDecisionsOfSubject(funding.getSubjectId(), 5).getDecisions())
                .extracting(Decision::getDecisionId).contains(funding.getDecisionId());
        assertThat(decisions.replayDecision(funding.getDecisionId()).getAgrees()).isTrue();
        File letter = decisions.getDecisionLetter(funding.getDecisionId());
        assertThat(Files.readAllBytes(letter.toPath())).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        ApiException missing = catchThrowableOfType(ApiException.class, () -> decisions.getDecision("no-such-decision"));
        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(missing.getResponseBody()).contains("\"status\":404").doesNotContain("Exception");
        ApiException bad = catchThrowableOfType(ApiException.class,
                () -> decisions.decideFunding(read(SampleApplication.FILE, FundingApplication.class).receivedOn(null), null));
        assertThat(bad.getCode()).isEqualTo(400);
        assertThat(bad.getResponseBody()).contains("\"field\":\"receivedOn\"");

        // the ruleset as it is
        String original = ruleset.getRuleset().getVersion();
        assertThat(ruleset.reloadRuleset().getVersion()).isEqualTo(original);
        assertThat(officer.dataSets()).contains("test-data/funding/applications.csv");

        // a draft lowering the new-technology ceiling, and a second one that the activation leaves behind
        Summary draft = officer.createDraft(new NewDraft().basedOn("active").title("New technology ceiling HK$600,000"));
        Summary left = officer.createDraft(new NewDraft().basedOn("active").title("Left behind"));
        assertThat(String.valueOf(draft.getState())).isEqualTo("OPEN");
        assertThat(officer.listDrafts()).extracting(Summary::getDraftId).contains(draft.getDraftId(), left.getDraftId());
        long id = draft.getDraftId();
        String terms = new String(Files.readAllBytes(officer.getDraftFile(id, GRANT_TERMS).toPath()), StandardCharsets.UTF_8);
        assertThat(terms).contains(CEILING_650);
        String etag = officer.getDraft(id).getFiles().stream().filter(f -> f.getPath().equals(GRANT_TERMS))
                .findFirst().orElseThrow().getEtag();
        FileEntry saved = officer.saveDraftFile(id, GRANT_TERMS, file(terms.replace(CEILING_650, CEILING_600)), etag);
        assertThat(saved.getChanged()).isTrue();
        assertThat(officer.getDraft(id).getFiles()).filteredOn(f -> f.getPath().equals(GRANT_TERMS))
                .extracting(f -> f.getEtag()).containsExactly(saved.getEtag());
        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> officer.saveDraftFile(id, GRANT_TERMS, file(terms), etag));
        assertThat(stale.getCode()).isEqualTo(409);

        CheckAnswer failing = officer.checkDraft(id);
        assertThat(failing.getPassed()).isFalse();
        assertThat(failing.getScenarios().getFailed()).as(failing.toString()).isPositive();
        Map<String, Object> accepted = officer.acceptScenarios(id, new Accept().all(true));
        assertThat((List<?>) accepted.get("accepted")).hasSize(failing.getScenarios().getFailed());
        assertThat(officer.checkDraft(id).getPassed()).isTrue();
        assertThat(officer.getDraft(id).getLastCheck().getPassed()).isTrue();
        var impact = officer.impactOfBody(id, "funding", Path.of("test-data/funding/applications.csv").toFile(), 5);
        assertThat(impact.getChanged()).isPositive();
        assertThat(impact.getTotals().getGrantChangeHkd().longValue()).isNegative();
        assertThat(ruleset.draftDiff(id).toString()).contains(GRANT_TERMS);

        assertThat(String.valueOf(officer.submitDraft(id).getState())).isEqualTo("SUBMITTED");
        ApiException ownApproval = catchThrowableOfType(ApiException.class, () -> officer.approveDraft(id, new Approval().comment("mine")));
        assertThat(ownApproval.getCode()).isEqualTo(403);
        assertThat(String.valueOf(reviewer.approveDraft(id, new Approval().comment("agreed")).getState())).isEqualTo("APPROVED");
        String version = reviewer.activateDraft(id).getVersion();
        assertThat(decisions.decideFunding(application, null).getGrantHkd().longValue())
                .as("in force for the next decision").isEqualTo(600_000);
        assertThat(ruleset.listRulesetVersions().get(0).getVersion()).isEqualTo(version);
        assertThat(ruleset.diffRulesetVersions(original, version).toString()).contains(GRANT_TERMS);

        // the draft left behind: rebased onto the new version, a file removed, then discarded
        long other = left.getDraftId();
        assertThat(officer.getDraft(other).getStale()).isTrue();
        assertThat(officer.rebaseDraft(other).toString()).contains("changedOnBothSides");
        String otherTag = officer.getDraft(other).getFiles().stream().filter(f -> f.getPath().equals(GRANT_TERMS))
                .findFirst().orElseThrow().getEtag();
        officer.deleteDraftFile(other, GRANT_TERMS, otherTag);
        assertThat(officer.getDraft(other).getFiles()).noneMatch(f -> f.getPath().equals(GRANT_TERMS));
        assertThat(String.valueOf(officer.discardDraft(other).getState())).isEqualTo("DISCARDED");

        // rolled back: the ceiling as before
        assertThat(ruleset.rollBackRuleset(original, new Rollback().comment("withdrawn")).get("version")).isEqualTo(original);
        assertThat(decisions.decideFunding(application, null).getGrantHkd().longValue()).isEqualTo(650_000);

        // a ceremony batch, followed to its end, and its report
        BatchView started = batches.startBatch(new BatchOrder().kind("recognition").input("test-data/recognition/nominations-2024.csv")
                .out("target/generated-client-batch-" + UUID.randomUUID()));
        BatchView batch = started;
        for (int i = 0; i < 600 && !Set.of("COMPLETED", "FAILED").contains(String.valueOf(batch.getStatus())); i++) {
            Thread.sleep(100);
            batch = batches.getBatch(started.getBatchId());
        }
        assertThat(String.valueOf(batch.getStatus())).isEqualTo("COMPLETED");
        assertThat(Files.readString(batches.getBatchReport(started.getBatchId()).toPath())).startsWith("<!DOCTYPE html>");
    }

    /** A new operation in the description is a new generated method: it must join the story above. */
    @Test
    void theStoryCallsEveryGeneratedOperation() {
        Set<String> generated = Stream.of(DecisionsApi.class, RulesetApi.class, DraftsApi.class, BatchesApi.class)
                .flatMap(api -> Arrays.stream(api.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && isOperation(m))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(generated).isEqualTo(new TreeSet<>(CALLED));
    }

    private static boolean isOperation(Method method) {
        return Arrays.stream(method.getExceptionTypes()).anyMatch(ApiException.class::equals)
                && !method.getName().endsWith("WithHttpInfo") && !method.getName().equals("downloadFileFromResponse");
    }

    private ApiClient client(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        client.setRequestInterceptor(request -> {
            request.header("Authorization", ServiceClient.basic(user, ServiceClient.PASSWORD));
            // a draft file's path is a path of folders ({*path} on the server); OpenAPI 3.0 can only name one
            // segment, so the generated client escapes its slashes, which the server's firewall refuses
            URI uri = request.copy().build().uri();
            request.uri(URI.create(uri.toString().replace("%2F", "/")));
        });
        // the native library writes every request body with its JSON mapper, a file too: a file is sent as
        // its bytes (the draft files here are text)
        client.setObjectMapper(client.getObjectMapper().registerModule(new SimpleModule().addSerializer(File.class, new JsonSerializer<File>() {
            @Override
            public void serialize(File file, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeRaw(Files.readString(file.toPath()));
            }
        })));
        return client;
    }

    private static <T> T read(Path file, Class<T> type) throws IOException {
        return new JSON().getMapper().readValue(Files.readString(file), type);
    }

    private static File file(String content) throws IOException {
        Path file = Files.createTempFile("draft-file", ".csv");
        Files.writeString(file, content);
        file.toFile().deleteOnExit();
        return file.toFile();
    }
}
