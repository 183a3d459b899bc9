package hk.cleanerproduction.adjudicator.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
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
    void anUnknownBatchIsNotFound() throws Exception {
        http.perform(get("/api/v1/batches/987654").with(SECRETARIAT)).andExpect(status().isNotFound());
    }
}
