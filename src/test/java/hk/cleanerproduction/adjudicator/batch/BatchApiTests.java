package hk.cleanerproduction.adjudicator.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.documents.PdfText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/batches starts a ceremony batch in the background; GET shows its progress, summary and report. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BatchApiTests {

    /**
     * Batches are for the SECRETARIAT role (SPEC.md): the test profile's user "secretariat" with the
     * test password. Without Spring Security on the classpath the header is simply ignored.
     */
    static final RequestPostProcessor SECRETARIAT = request -> {
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("secretariat:test-password".getBytes(StandardCharsets.UTF_8)));
        return request;
    };

    @Autowired
    MockMvc http;

    @Test
    void aPostedBatchRunsInTheBackgroundAndItsSummaryAndReportCanBeRead() throws Exception {
        String out = "target/batch-api-tests/" + UUID.randomUUID();
        String body = """
                {"kind": "funding", "input": "test-data/funding/applications.jsonl", "out": "%s", "budgetHkd": 30000000}"""
                .formatted(out);

        String accepted = http.perform(post("/api/v1/batches").with(SECRETARIAT).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/batches/")))
                .andExpect(jsonPath("$.kind").value("FUNDING"))
                .andExpect(jsonPath("$.totalRows").value(320))
                .andReturn().getResponse().getContentAsString();
        long id = Json.mapper().readTree(accepted).get("batchId").asLong();

        JsonNode batch = null;
        for (int i = 0; i < 600; i++) {
            batch = Json.mapper().readTree(http.perform(get("/api/v1/batches/" + id).with(SECRETARIAT)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            if (!batch.get("summary").isNull() && batch.get("status").asString().equals("COMPLETED")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(batch.get("rowsDone").asLong()).isEqualTo(320);
        assertThat(batch.at("/summary/decided").asLong()).isEqualTo(320);
        assertThat(batch.at("/summary/allocation/budgetHkd").asLong()).isEqualTo(30_000_000);
        assertThat(batch.at("/summary/byOutcome/WAITLIST").asLong()).isPositive();

        http.perform(get("/api/v1/batches/" + id + "/report").with(SECRETARIAT))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Budget allocation")));
        // the same order again is the same batch, already complete
        http.perform(post("/api/v1/batches").with(SECRETARIAT).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.batchId").value(id))
                .andExpect(jsonPath("$.status").value("COMPLETED"));
    }

    @Test
    void aBadOrderIsAnsweredWithEveryBadFieldAndStartsNothing() throws Exception {
        http.perform(post("/api/v1/batches").with(SECRETARIAT).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind": "awards", "input": "../../etc/passwd", "budgetHkd": -1}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "kind", "input", "out", "budgetHkd")));
    }

    @Test
    void aBatchOrderedWithLettersWritesTheLetterOfEveryDecidedRowAsTheDecisionsOwnLetter() throws Exception {
        Path folder = nominations(6);
        long id = start(order(folder, true), false);

        JsonNode batch = poll(id, b -> b.get("letters").asBoolean());

        assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        List<String> decisions = Files.readAllLines(folder.resolve("out/decisions.jsonl"));
        assertThat(decisions).hasSize(6);
        for (String line : decisions) {
            JsonNode decision = Json.mapper().readTree(line);
            Path letter = folder.resolve("out/letters/" + decision.get("subjectId").asString() + ".pdf");
            byte[] served = http.perform(get("/api/v1/decisions/" + decision.get("decisionId").asString() + "/letter")
                    .with(SECRETARIAT)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            // the same path through the code as the command's --letters: the decision's own letter, byte for byte
            assertThat(Files.readAllBytes(letter)).isEqualTo(served);
            assertThat(PdfText.of(letter).flat()).contains(decision.get("subjectId").asString(), "第 1 頁");
        }
    }

    @Test
    void aCompleteBatchOrderedAgainWithLettersWritesThemWithoutDecidingAgain() throws Exception {
        Path folder = nominations(3);
        long id = start(order(folder, false), false);
        JsonNode first = poll(id, b -> true);
        assertThat(first.get("letters").asBoolean()).isFalse();
        assertThat(folder.resolve("out/letters")).doesNotExist();
        List<String> decided = Files.readAllLines(folder.resolve("out/decisions.jsonl"));

        assertThat(start(order(folder, true), true)).isEqualTo(id);
        poll(id, b -> b.get("letters").asBoolean());

        try (Stream<Path> letters = Files.list(folder.resolve("out/letters"))) {
            assertThat(letters.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("RS24-0001.pdf", "RS24-0002.pdf", "RS24-0003.pdf");
        }
        assertThat(Files.readAllLines(folder.resolve("out/decisions.jsonl"))).isEqualTo(decided);
    }

    /** The first nominations of the 2024 ceremony, in a folder of their own under the batch folder. */
    private static Path nominations(int rows) throws Exception {
        Path folder = Path.of("target/batch-api-tests/" + UUID.randomUUID());
        Files.createDirectories(folder);
        List<String> lines = Files.readAllLines(Path.of("test-data/recognition/nominations-2024.csv"));
        Files.write(folder.resolve("nominations.csv"), lines.subList(0, rows + 1));
        return folder;
    }

    private static String order(Path folder, boolean letters) {
        return """
                {"kind": "recognition", "input": "%s/nominations.csv", "out": "%s/out", "letters": %s}"""
                .formatted(folder, folder, letters);
    }

    private long start(String order, boolean complete) throws Exception {
        String accepted = http.perform(post("/api/v1/batches").with(SECRETARIAT).contentType(MediaType.APPLICATION_JSON).content(order))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        JsonNode batch = Json.mapper().readTree(accepted);
        if (complete) {
            assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        }
        return batch.get("batchId").asLong();
    }

    /** The batch once it is complete and {@code done} holds (within two minutes). */
    private JsonNode poll(long id, Predicate<JsonNode> done) throws Exception {
        JsonNode batch = null;
        for (int i = 0; i < 600; i++) {
            batch = Json.mapper().readTree(http.perform(get("/api/v1/batches/" + id).with(SECRETARIAT)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            if (batch.get("status").asString().equals("COMPLETED") && !batch.get("summary").isNull() && done.test(batch)) {
                return batch;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("batch " + id + " did not get there: " + batch);
    }

    @Test
    void anUnknownBatchIsNotFound() throws Exception {
        http.perform(get("/api/v1/batches/987654").with(SECRETARIAT)).andExpect(status().isNotFound());
    }
}
