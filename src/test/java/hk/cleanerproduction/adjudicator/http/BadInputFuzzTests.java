package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.recognition.SampleNomination;
import hk.cleanerproduction.adjudicator.testing.BadInputs;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Thousands of bad and odd inputs ({@link BadInputs}, seeded: a failure names its seed and input) at the
 * decision endpoints, most through MockMvc for volume and some over a real port: no 5xx, no stack trace or
 * class name in any answer, and every 400 is problem details naming its bad fields.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BadInputFuzzTests {

    static final int THROUGH_MOCK_MVC = 6_000;
    static final int OVER_A_PORT = 500;
    private static final long SEED = Long.getLong("adjudicator.fuzz.seed", 20_261_202L);
    private static final String[] ENDPOINTS = {"/api/v1/funding/decisions", "/api/v1/recognition/decisions"};

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private final JsonNode[] goods = {SampleApplication.sample().tree(), SampleNomination.sample().tree()};
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    @Test
    void noBadInputGetsA5xxAStackTraceOrAnAnswerThatDoesNotNameItsFields() throws Exception {
        BadInputs inputs = new BadInputs(SEED);
        for (int i = 0; i < THROUGH_MOCK_MVC; i++) {
            int which = i % 2;
            byte[] body = inputs.next(goods[which]);
            MockHttpServletResponse answer = mvc.perform(post(ENDPOINTS[which]).with(user("client").roles("DECISION_CLIENT"))
                    .contentType("application/json").content(body)).andReturn().getResponse();
            check("MockMvc #" + i, body, answer.getStatus(), answer.getContentType(), answer.getContentAsString(StandardCharsets.UTF_8));
        }
        ServiceClient client = new ServiceClient(port);
        for (int i = 0; i < OVER_A_PORT; i++) {
            int which = i % 2;
            byte[] body = inputs.next(goods[which]);
            HttpResponse<String> answer = client.send(client.request(ENDPOINTS[which], "client")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
            check("port #" + i, body, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null), answer.body());
        }

        System.out.printf("bad-input fuzz (seed %d): %d through MockMvc, %d over a port; answers by status %s%n",
                SEED, THROUGH_MOCK_MVC, OVER_A_PORT, statuses);
        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(statuses.get(400)).as("most inputs are bad").isGreaterThan((THROUGH_MOCK_MVC + OVER_A_PORT) / 2);
    }

    private void check(String which, byte[] body, int status, String contentType, String answer) {
        statuses.merge(status, 1, Integer::sum);
        String problem = problemWith(status, contentType, answer);
        if (problem != null && failures.size() < 20) {
            String sent = new String(body, StandardCharsets.UTF_8);
            failures.add(which + ": " + problem + "\n  sent: " + (sent.length() > 300 ? sent.substring(0, 300) + "…" : sent)
                    + "\n  answer: " + (answer.length() > 500 ? answer.substring(0, 500) + "…" : answer));
        } else if (problem != null) {
            failures.add(which + ": " + problem);
        }
    }

    static String problemWith(int status, String contentType, String answer) {
        if (status >= 500) {
            return "status " + status;
        }
        if (BadInputs.INTERNALS.matcher(answer).find()) {
            return "internals in the answer";
        }
        if (status == 400) {
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                return "a 400 that is not problem+json: " + contentType;
            }
            JsonNode errors = Json.mapper().readTree(answer).get("errors");
            if (errors == null || errors.isEmpty()) {
                return "a 400 naming no field";
            }
            for (JsonNode error : errors) {
                if (error.path("field").asString("").isBlank() || error.path("message").asString("").isBlank()) {
                    return "a bad field without a name or a message";
                }
            }
        } else if (status != 200 && status != 413) {
            return "status " + status;
        }
        return null;
    }
}
