package hk.cleanerproduction.adjudicator.drafts;

import static hk.cleanerproduction.adjudicator.drafts.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The change API over real HTTP, the officers' whole story: a draft of the active rules, the
 * NEW_TECHNOLOGY ceiling lowered from 650,000 to 600,000 in the grant-terms table, the gate showing the
 * scenarios that now fail (expected against got), their new results accepted, the impact on the sample
 * data set, submitted, refused to its own author, approved by a second officer, activated, in force for the
 * next decision without a restart, on the versions list with author and approver, and rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DraftApiTests {

    static final String GRANT_TERMS = "funding/parameters/grant-terms.drl.csv";
    static final String CEILING_650 = "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000";
    static final String CEILING_600 = "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,600000";

    private static final RulesCopy RULES = RulesCopy.patient("drafts");

    @DynamicPropertySource
    static void isolated(DynamicPropertyRegistry registry) {
        RULES.isolate(registry, "drafts-test");
    }

    @LocalServerPort
    int port;

    @Autowired
    ActiveRuleset active;

    ApiClient api;
    String original;

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        original = active.get().version();
    }

    /** Every test starts from the fixture rules: roll back whatever a test activated. */
    @AfterEach
    void rollBack() {
        if (!active.get().version().equals(original)) {
            assertThat(api.post("secretariat", "/api/v1/ruleset/versions/" + original + "/activate").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aCeilingChangeGoesFromDraftToForceWithTwoOfficersAndIsRolledBack() {
        JsonNode before = decideSample();
        assertThat(before.get("grantHkd").asLong()).isEqualTo(650_000);

        HttpResponse<String> created = api.post("officer", "/api/v1/drafts",
                "{\"basedOn\": \"active\", \"title\": \"New technology ceiling HK$600,000\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode draft = json(created);
        long id = draft.get("draftId").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/drafts/" + id);
        assertThat(draft.get("state").asString()).isEqualTo("OPEN");
        assertThat(draft.get("basedOn").asString()).isEqualTo(original);
        assertThat(draft.get("author").asString()).isEqualTo("officer");
        String path = "/api/v1/drafts/" + id;

        editGrantTerms(id, CEILING_650, CEILING_600);

        JsonNode failing = json(api.post("officer", path + "/check"));
        assertThat(failing.get("passed").asBoolean()).isFalse();
        assertThat(failing.get("problems")).isEmpty();
        assertThat(failing.at("/scenarios/failed").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode failure = failing.at("/scenarios/failures/0");
        assertThat(failure.get("file").asString()).startsWith("funding/scenarios/").endsWith(".yaml");
        assertThat(failure.get("line").asInt()).isPositive();
        assertThat(failure.at("/expected/grantHkd").asLong()).isEqualTo(650_000);
        assertThat(failure.at("/got/grantHkd").asLong()).isEqualTo(600_000);
        assertThat(api.post("officer", path + "/submit").statusCode()).as("a draft whose check failed is not submitted").isEqualTo(409);

        JsonNode accepted = json(api.post("officer", path + "/scenarios/accept", "{\"all\": true}"));
        assertThat(accepted.get("accepted")).hasSize(failing.at("/scenarios/failed").asInt());
        JsonNode passing = json(api.post("officer", path + "/check"));
        assertThat(passing.get("passed").asBoolean()).as(passing.toString()).isTrue();
        assertThat(passing.get("version").asString()).isNotEqualTo(original);

        HttpResponse<String> impactAnswer = api.post("officer", path + "/impact",
                "{\"kind\": \"funding\", \"input\": \"test-data/funding/applications.csv\"}");
        assertThat(impactAnswer.statusCode()).as(impactAnswer.body()).isEqualTo(200);
        JsonNode impact = json(impactAnswer);
        assertThat(impact.get("changed").asInt()).isPositive();
        assertThat(impact.get("decided").asInt()).isEqualTo(impact.get("changed").asInt() + impact.get("unchanged").asInt());
        assertThat(impact.at("/totals/grantChangeHkd").asLong()).isNegative();
        JsonNode row = impact.at("/rows/0");
        assertThat(row.at("/before/grantHkd").asLong()).isEqualTo(650_000);
        assertThat(row.at("/after/grantHkd").asLong()).isEqualTo(600_000);
        assertThat(row.at("/after/reasons/0/messageZh").asString()).isNotBlank();

        assertThat(json(api.post("officer", path + "/submit")).get("state").asString()).isEqualTo("SUBMITTED");
        HttpResponse<String> selfApproval = api.post("officer", path + "/approve", "{\"comment\": \"fine by me\"}");
        assertThat(selfApproval.statusCode()).isEqualTo(403);
        assertThat(selfApproval.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(selfApproval).get("detail").asString()).contains("another policy officer");
        HttpResponse<String> approval = api.post("reviewer", path + "/approve", "{\"comment\": \"Agreed with the PMC on 1 Dec\"}");
        assertThat(json(approval).get("state").asString()).as(approval.body()).isEqualTo("APPROVED");

        HttpResponse<String> activation = api.post("reviewer", path + "/activate");
        assertThat(activation.statusCode()).as(activation.body()).isEqualTo(200);
        String version = json(activation).get("version").asString();
        assertThat(version).isEqualTo(passing.get("version").asString());

        JsonNode after = decideSample();
        assertThat(after.get("grantHkd").asLong()).as("in force for the next decision, without a restart").isEqualTo(600_000);
        assertThat(after.get("rulesetVersion").asString()).isEqualTo(version);
        JsonNode newest = json(api.get("officer", "/api/v1/ruleset/versions")).get(0);
        assertThat(newest.get("version").asString()).isEqualTo(version);
        assertThat(newest.get("author").asString()).isEqualTo("officer");
        assertThat(newest.get("approver").asString()).isEqualTo("reviewer");
        assertThat(newest.get("title").asString()).isEqualTo("New technology ceiling HK$600,000");
        assertThat(newest.get("comment").asString()).isEqualTo("Agreed with the PMC on 1 Dec");
        assertThat(newest.get("active").asBoolean()).isTrue();
        JsonNode finished = json(api.get("officer", path));
        assertThat(finished.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(finished.get("history").findValuesAsString("action")).containsSubsequence("CREATED", "FILE_SAVED", "CHECKED",
                "SCENARIOS_ACCEPTED", "CHECKED", "SUBMITTED", "APPROVED", "ACTIVATED");

        JsonNode diff = json(api.get("officer", "/api/v1/ruleset/versions/" + original + "/diff/" + version));
        assertThat(diff.get("files").findValuesAsString("path")).contains(GRANT_TERMS);
        JsonNode terms = findFile(diff, GRANT_TERMS);
        assertThat(terms.at("/table/changed")).hasSize(1);
        assertThat(terms.at("/table/changed/0/rule").asString()).isEqualTo("F-AMT-2 2025-2027 new technology");
        assertThat(terms.at("/table/changed/0/cells/0/column").asString()).isEqualTo("Ceiling HK$");
        assertThat(terms.at("/table/changed/0/cells/0/before").asString()).isEqualTo("650000");
        assertThat(terms.at("/table/changed/0/cells/0/after").asString()).isEqualTo("600000");

        HttpResponse<String> rollback = api.post("secretariat", "/api/v1/ruleset/versions/" + original + "/activate",
                "{\"comment\": \"the PMC withdrew its agreement\"}");
        assertThat(rollback.statusCode()).as(rollback.body()).isEqualTo(200);
        assertThat(decideSample().get("grantHkd").asLong()).isEqualTo(650_000);
        JsonNode rolledBack = json(api.get("officer", "/api/v1/ruleset/versions")).get(0);
        assertThat(rolledBack.get("version").asString()).isEqualTo(original);
        assertThat(rolledBack.get("author").asString()).isEqualTo("secretariat");
        assertThat(rolledBack.get("comment").asString()).isEqualTo("the PMC withdrew its agreement");
    }

    @Test
    void aSecondSaveOverAStaleETagIsRefusedAndNothingIsOverwritten() {
        long id = newDraft("two officers, one file");
        String file = "/api/v1/drafts/" + id + "/files/" + GRANT_TERMS;
        HttpResponse<String> read = api.get("officer", file);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String first = read.body().replace(CEILING_650, CEILING_600);
        String second = read.body().replace(CEILING_650, CEILING_650.replace("650000", "700000"));

        HttpResponse<String> saved = api.put("officer", file, first, etag);
        HttpResponse<String> stale = api.put("reviewer", file, second, etag);
        HttpResponse<String> blind = api.put("reviewer", file, second, null);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(stale).get("etag").asString()).isEqualTo(saved.headers().firstValue("ETag").orElseThrow());
        assertThat(blind.statusCode()).as("a save without If-Match").isEqualTo(428);
        assertThat(api.get("officer", file).body()).isEqualTo(first);
    }

    @Test
    void brokenFilesAreProblemsAtTheirFileAndLineAndAreKeptAsTyped() {
        long id = newDraft("three mistakes");
        String drafts = "/api/v1/drafts/" + id + "/files/";
        String terms = api.get("officer", drafts + GRANT_TERMS).body();
        String badCell = terms.replace(CEILING_650, CEILING_650.replace("650000", "six hundred thousand"));
        put(id, GRANT_TERMS, badCell);
        String badDrl = """
                package hk.cleanerproduction.rules.funding

                rule "F-X a rule half written"
                when
                    FundingApplication( project.eligibleCostHkd > )
                then
                end
                """;
        put(id, "funding/half-written.drl", badDrl);
        String badYaml = "kind: funding\ncases:\n  - name: a case\n    expect: { outcome: ELIGIBLE\n  - broken: [\n";
        put(id, "funding/scenarios/broken.yaml", badYaml);

        HttpResponse<String> checked = api.post("officer", "/api/v1/drafts/" + id + "/check");

        assertThat(checked.statusCode()).isEqualTo(200);
        JsonNode answer = json(checked);
        assertThat(answer.get("passed").asBoolean()).isFalse();
        List<String> places = new ArrayList<>();
        answer.get("problems").forEach(p -> places.add(p.get("file").asString() + (p.get("line").asInt() > 0 ? ":line" : "")));
        assertThat(places).contains(GRANT_TERMS + ":line", "funding/half-written.drl:line", "funding/scenarios/broken.yaml:line");
        assertThat(checked.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(api.get("officer", drafts + GRANT_TERMS).body()).isEqualTo(badCell);
        assertThat(api.get("officer", drafts + "funding/half-written.drl").body()).isEqualTo(badDrl);
        assertThat(api.get("officer", drafts + "funding/scenarios/broken.yaml").body()).isEqualTo(badYaml);
        JsonNode kept = json(api.get("officer", "/api/v1/drafts/" + id));
        assertThat(kept.at("/lastCheck/passed").asBoolean()).isFalse();
        assertThat(kept.get("lastCheckCurrent").asBoolean()).isTrue();
    }

    @Test
    void aDraftBasedOnAVersionNoLongerActiveSaysSoAndIsRebasedKeepingItsChanges() {
        long first = newDraft("lower the ceiling");
        long second = newDraft("a note in the programme parameters");
        editGrantTerms(first, CEILING_650, CEILING_600);
        String parameters = "funding/parameters/programme-parameters.drl.csv";
        String file = "/api/v1/drafts/" + second + "/files/" + parameters;
        HttpResponse<String> read = api.get("officer", file);
        String edited = read.body() + "\n";
        assertThat(api.put("officer", file, edited, read.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(200);
        throughToApproval(second);
        acceptCheckSubmitApproveActivate(first);

        JsonNode stale = json(api.get("officer", "/api/v1/drafts/" + second));
        assertThat(stale.get("stale").asBoolean()).isTrue();
        assertThat(stale.get("activeVersion").asString()).isEqualTo(active.get().version());
        HttpResponse<String> refused = api.post("reviewer", "/api/v1/drafts/" + second + "/activate");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("stale").asBoolean()).isTrue();
        assertThat(json(refused).get("activeVersion").asString()).isEqualTo(active.get().version());

        JsonNode rebased = json(api.post("officer", "/api/v1/drafts/" + second + "/rebase"));
        assertThat(rebased.at("/draft/basedOn").asString()).isEqualTo(active.get().version());
        assertThat(rebased.at("/draft/state").asString()).isEqualTo("OPEN");
        assertThat(rebased.at("/draft/stale").asBoolean()).isFalse();
        assertThat(rebased.get("changedOnBothSides")).isEmpty();
        assertThat(api.get("officer", file).body()).as("its own change kept").isEqualTo(edited);
        assertThat(api.get("officer", "/api/v1/drafts/" + second + "/files/" + GRANT_TERMS).body())
                .as("the active version's change taken").contains(CEILING_600);

        assertThat(json(api.send(api.request("officer", "/api/v1/drafts/" + second).DELETE())).get("state").asString())
                .isEqualTo("DISCARDED");
    }

    @Test
    void theRulesFolderEditedOnDiskAndReloadedIsAVersionLikeAnyOtherAndAnUnchangedFolderUndoesNothing() {
        RULES.replace("ruleset.properties", "label=2025.1", "label=2025.2");
        try {
            HttpResponse<String> reloaded = api.post("officer", "/api/v1/ruleset/reload");
            assertThat(json(reloaded).get("result").asString()).as(reloaded.body()).isEqualTo("ACTIVATED");
            JsonNode newest = json(api.get("officer", "/api/v1/ruleset/versions")).get(0);
            assertThat(newest.get("version").asString()).startsWith("2025.2-");
            assertThat(newest.get("author").asString()).as("the user who reloaded").isEqualTo("officer");
            assertThat(newest.get("trigger").asString()).isEqualTo("POST /api/v1/ruleset/reload");

            String folderVersion = newest.get("version").asString();
            HttpResponse<String> rolledBack = api.post("reviewer", "/api/v1/ruleset/versions/" + original + "/activate");
            assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(200);
            HttpResponse<String> again = api.post("officer", "/api/v1/ruleset/reload");
            assertThat(json(again).get("result").asString()).as("the folder did not change since it was read").isEqualTo("UNCHANGED");
            assertThat(active.get().version()).isEqualTo(original).isNotEqualTo(folderVersion);
        } finally {
            RULES.replace("ruleset.properties", "label=2025.2", "label=2025.1");
        }
        HttpResponse<String> restored = api.post("officer", "/api/v1/ruleset/reload");
        assertThat(json(restored).get("result").asString()).as(restored.body()).isIn("ACTIVATED", "UNCHANGED");
        assertThat(active.get().version()).isEqualTo(original);
    }

    @Test
    void anUploadedDataSetIsDecidedRowByRowAndEveryChangeCountedHoweverFewRowsAreShown() throws Exception {
        long id = newDraft("New technology ceiling HK$600,000, on an uploaded file");
        editGrantTerms(id, CEILING_650, CEILING_600);
        assertThat(json(api.post("officer", "/api/v1/drafts/" + id + "/check")).get("passed").asBoolean()).isFalse();
        api.post("officer", "/api/v1/drafts/" + id + "/scenarios/accept", "{\"all\": true}");
        String impact = "/api/v1/drafts/" + id + "/impact";
        JsonNode onDataSet = json(api.post("officer", impact, "{\"kind\": \"funding\", \"input\": \"test-data/funding/applications.csv\"}"));
        assertThat(onDataSet.get("changed").asInt()).isGreaterThan(1);

        String csv = Files.readString(Path.of("test-data/funding/applications.csv")) + "CP25-999999,not-a-date\n";
        HttpResponse<String> uploaded = api.send(api.request("officer", impact + "?kind=funding&rows=1")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonNode answer = json(uploaded);
        assertThat(answer.get("rowsShown").asInt()).isEqualTo(1);
        assertThat(answer.get("rows")).hasSize(1);
        assertThat(answer.get("changed").asInt()).as("every change is counted, not only those shown").isEqualTo(onDataSet.get("changed").asInt());
        assertThat(answer.get("decided").asInt()).isEqualTo(onDataSet.get("decided").asInt());
        assertThat(answer.at("/totals/grantChangeHkd").asLong()).isEqualTo(onDataSet.at("/totals/grantChangeHkd").asLong());
        assertThat(answer.get("badRows")).singleElement().satisfies(bad -> assertThat(bad.asString()).startsWith("row " + (csv.lines().count()) + ": "));

        // no declared length, more than 64 MB: refused once the limit is passed, not read to its end first
        long sent = 65L * 1024 * 1024;
        HttpResponse<String> tooLarge = api.send(api.request("officer", impact + "?kind=funding").header("Content-Type", "application/jsonl")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new RepeatedLine("{}\n", sent))));
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    /** A body of one line repeated up to a length, made as it is read rather than held in memory. */
    private static final class RepeatedLine extends InputStream {

        private final byte[] line;
        private final long length;
        private long read;

        RepeatedLine(String line, long length) {
            this.line = line.getBytes(StandardCharsets.UTF_8);
            this.length = length;
        }

        @Override
        public int read() {
            return read < length ? line[(int) (read++ % line.length)] : -1;
        }

        @Override
        public int read(byte[] into, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            for (int i = 0; i < n; i++) {
                into[offset + i] = line[(int) (read++ % line.length)];
            }
            return n;
        }
    }

    private void throughToApproval(long id) {
        assertThat(json(api.post("officer", "/api/v1/drafts/" + id + "/check")).get("passed").asBoolean()).isTrue();
        assertThat(api.post("officer", "/api/v1/drafts/" + id + "/submit").statusCode()).isEqualTo(200);
        assertThat(api.post("reviewer", "/api/v1/drafts/" + id + "/approve", "{}").statusCode()).isEqualTo(200);
    }

    private void acceptCheckSubmitApproveActivate(long id) {
        api.post("officer", "/api/v1/drafts/" + id + "/scenarios/accept", "{\"all\": true}");
        throughToApproval(id);
        HttpResponse<String> activated = api.post("reviewer", "/api/v1/drafts/" + id + "/activate");
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
    }

    private long newDraft(String title) {
        HttpResponse<String> created = api.post("officer", "/api/v1/drafts", "{\"basedOn\": \"active\", \"title\": \"" + title + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("draftId").asLong();
    }

    private void editGrantTerms(long id, String text, String replacement) {
        String file = "/api/v1/drafts/" + id + "/files/" + GRANT_TERMS;
        HttpResponse<String> read = api.get("officer", file);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains(text);
        HttpResponse<String> saved = api.put("officer", file, read.body().replace(text, replacement),
                read.headers().firstValue("ETag").orElseThrow());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private void put(long id, String file, String content) {
        String path = "/api/v1/drafts/" + id + "/files/" + file;
        HttpResponse<String> read = api.get("officer", path);
        HttpResponse<String> saved = api.put("officer", path, content,
                read.statusCode() == 200 ? read.headers().firstValue("ETag").orElseThrow() : null);
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);
    }

    private JsonNode decideSample() {
        HttpResponse<String> decided = api.post("client", "/api/v1/funding/decisions", SampleApplication.sample().json());
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        return json(decided);
    }

    private static JsonNode findFile(JsonNode diff, String path) {
        for (JsonNode file : diff.get("files")) {
            if (file.get("path").asString().equals(path)) {
                return file;
            }
        }
        throw new AssertionError(path + " not in " + diff);
    }
}
