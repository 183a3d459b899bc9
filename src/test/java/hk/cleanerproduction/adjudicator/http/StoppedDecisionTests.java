package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.testing.EndlessRules;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A decision whose rules do not finish (here, two rules that undo each other for one applicant, whom no
 * scenario covers, so the gate let them through) is answered 503 problem+json naming the rules, counted
 * in the metrics, and the service goes on deciding every other application and stays healthy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StoppedDecisionTests {

    /** Rules that never finish, for one applicant only. */
    private static final String TRAP = EndlessRules.forApplications("applicationId == \"CP25-LOOPS\"");

    private static final RulesCopy RULES;

    static {
        try {
            RULES = RulesCopy.of(Files.createTempDirectory("stopped-decision")).write("funding/trap.drl", TRAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        registry.add("adjudicator.rules-dir", () -> RULES.root().toString());
    }

    @LocalServerPort
    int port;

    private ServiceClient client;

    @BeforeEach
    void client() {
        client = new ServiceClient(port);
    }

    @Test
    void aDecisionThatDoesNotFinishIs503AndTheServiceGoesOn() {
        String trapped = SampleApplication.sample().with("applicationId", "CP25-LOOPS").json();

        HttpResponse<String> stopped = client.post("/api/v1/funding/decisions", "client", trapped);

        assertThat(stopped.statusCode()).isEqualTo(503);
        assertThat(stopped.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Json.mapper().readTree(stopped.body());
        assertThat(problem.get("detail").asString()).contains("more than 10000 times").contains("F-PING-1 ping");
        assertThat(stopped.body()).doesNotContain("Exception").doesNotContain("\tat ");

        HttpResponse<String> decided = client.post("/api/v1/funding/decisions", "client", SampleApplication.sample().json());
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(client.get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
        assertThat(client.get("/actuator/prometheus", "client").body())
                .contains("adjudicator_decisions_stopped_total{kind=\"FUNDING\",limit=\"FIRINGS\"} 1.0");
    }
}
