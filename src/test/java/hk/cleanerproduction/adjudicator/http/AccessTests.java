package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The role matrix of SPEC.md "Access": every endpoint × every role (anonymous, client, officer, reviewer,
 * secretariat), over real HTTP. No credentials or a wrong password is 401, a role too low is 403, and a
 * role high enough gets past the door (roles are cumulative: SECRETARIAT > POLICY_OFFICER >
 * DECISION_CLIENT). Every operation of the API description must be in the matrix, so a new endpoint
 * cannot go unguarded unnoticed. Every answer carries the security headers.
 */
// one wrong password for each of some 30 guarded endpoints from one address: more than the sign-in throttle lets
// through in a minute (tested apart, in SignInThrottleTests), so it is set out of the way here
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "adjudicator.sign-in.max-failures=1000")
@ActiveProfiles("test")
class AccessTests {

    /** The lowest role that may call an endpoint; OPEN for everyone. */
    enum Door { OPEN, DECISION_CLIENT, POLICY_OFFICER, SECRETARIAT }

    /**
     * @param documented the path as the API description names it (null for endpoints it does not describe)
     */
    record Endpoint(String method, String path, String documented, Door door) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String NO_DECISION = "00000000-0000-0000-0000-000000000000";
    private static final String NO_DRAFT = "/api/v1/drafts/999999";

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/funding/decisions", "/api/v1/funding/decisions", Door.DECISION_CLIENT),
            new Endpoint("POST", "/api/v1/recognition/decisions", "/api/v1/recognition/decisions", Door.DECISION_CLIENT),
            new Endpoint("GET", "/api/v1/decisions?subjectId=NO-SUBJECT", "/api/v1/decisions", Door.DECISION_CLIENT),
            new Endpoint("GET", "/api/v1/decisions/" + NO_DECISION, "/api/v1/decisions/{decisionId}", Door.DECISION_CLIENT),
            new Endpoint("GET", "/api/v1/decisions/" + NO_DECISION + "/replay", "/api/v1/decisions/{decisionId}/replay",
                    Door.DECISION_CLIENT),
            new Endpoint("GET", "/api/v1/decisions/" + NO_DECISION + "/letter", "/api/v1/decisions/{decisionId}/letter",
                    Door.DECISION_CLIENT),
            new Endpoint("GET", "/api/v1/ruleset", "/api/v1/ruleset", Door.POLICY_OFFICER),
            new Endpoint("GET", "/api/v1/ruleset/versions", "/api/v1/ruleset/versions", Door.POLICY_OFFICER),
            new Endpoint("GET", "/api/v1/ruleset/versions/none/diff/none", "/api/v1/ruleset/versions/{a}/diff/{b}",
                    Door.POLICY_OFFICER),
            new Endpoint("POST", "/api/v1/ruleset/versions/none/activate", "/api/v1/ruleset/versions/{version}/activate",
                    Door.POLICY_OFFICER),
            new Endpoint("POST", "/api/v1/drafts", "/api/v1/drafts", Door.POLICY_OFFICER),
            new Endpoint("GET", "/api/v1/drafts", "/api/v1/drafts", Door.POLICY_OFFICER),
            new Endpoint("GET", NO_DRAFT, "/api/v1/drafts/{draftId}", Door.POLICY_OFFICER),
            new Endpoint("DELETE", NO_DRAFT, "/api/v1/drafts/{draftId}", Door.POLICY_OFFICER),
            new Endpoint("GET", NO_DRAFT + "/diff", "/api/v1/drafts/{draftId}/diff", Door.POLICY_OFFICER),
            new Endpoint("GET", NO_DRAFT + "/files/rules.txt", "/api/v1/drafts/{draftId}/files/{path}", Door.POLICY_OFFICER),
            new Endpoint("PUT", NO_DRAFT + "/files/rules.txt", "/api/v1/drafts/{draftId}/files/{path}", Door.POLICY_OFFICER),
            new Endpoint("DELETE", NO_DRAFT + "/files/rules.txt", "/api/v1/drafts/{draftId}/files/{path}", Door.POLICY_OFFICER),
            new Endpoint("POST", NO_DRAFT + "/check", "/api/v1/drafts/{draftId}/check", Door.POLICY_OFFICER),
            new Endpoint("POST", NO_DRAFT + "/scenarios/accept", "/api/v1/drafts/{draftId}/scenarios/accept", Door.POLICY_OFFICER),
            new Endpoint("POST", NO_DRAFT + "/impact", "/api/v1/drafts/{draftId}/impact", Door.POLICY_OFFICER),
            new Endpoint("POST", NO_DRAFT + "/submit", "/api/v1/drafts/{draftId}/submit", Door.POLICY_OFFICER),
            new Endpoint("POST", NO_DRAFT + "/approve", "/api/v1/drafts/{draftId}/approve", Door.POLICY_OFFICER),
            new Endpoint("POST", NO_DRAFT + "/activate", "/api/v1/drafts/{draftId}/activate", Door.POLICY_OFFICER),
            new Endpoint("POST", NO_DRAFT + "/rebase", "/api/v1/drafts/{draftId}/rebase", Door.POLICY_OFFICER),
            new Endpoint("GET", "/api/v1/data-sets", "/api/v1/data-sets", Door.POLICY_OFFICER),
            new Endpoint("POST", "/api/v1/ruleset/reload", "/api/v1/ruleset/reload", Door.POLICY_OFFICER),
            new Endpoint("POST", "/api/v1/batches", "/api/v1/batches", Door.SECRETARIAT),
            new Endpoint("GET", "/api/v1/batches/999999", "/api/v1/batches/{id}", Door.SECRETARIAT),
            new Endpoint("GET", "/api/v1/batches/999999/report", "/api/v1/batches/{id}/report", Door.SECRETARIAT),
            new Endpoint("GET", "/actuator/prometheus", null, Door.DECISION_CLIENT),
            new Endpoint("GET", "/actuator/health", null, Door.OPEN),
            new Endpoint("GET", "/v3/api-docs", null, Door.OPEN),
            new Endpoint("GET", "/swagger-ui.html", null, Door.OPEN));

    /** Anonymous (null) and the users of application-test.properties. */
    static final List<String> USERS = java.util.Arrays.asList(null, "client", "officer", "reviewer", "secretariat");

    @LocalServerPort
    int port;

    ServiceClient client;

    @BeforeEach
    void connect() {
        client = new ServiceClient(port);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (String user : USERS) {
                cases.add(Arguments.of(endpoint, user));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatSpecAccessGivesIt(Endpoint endpoint, String user) {
        HttpResponse<String> answer = call(endpoint, user == null ? null : ServiceClient.basic(user, ServiceClient.PASSWORD));
        int status = answer.statusCode();

        if (endpoint.door() == Door.OPEN) {
            assertThat(status).as("open to everyone").isNotIn(401, 403);
        } else if (user == null) {
            assertThat(status).as("no credentials").isEqualTo(401);
        } else if (rank(user) >= endpoint.door().ordinal()) {
            assertThat(status).as(user + " may").isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status).as(user + " may not").isEqualTo(403);
        }
        assertSecurityHeaders(answer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guarded")
    void aWrongPasswordIsRefusedEverywhere(Endpoint endpoint) {
        // a different user for each endpoint: the same one ten times would be throttled (429), which is tested apart
        String user = USERS.get(1 + ENDPOINTS.indexOf(endpoint) % (USERS.size() - 1));
        assertThat(call(endpoint, ServiceClient.basic(user, "not-the-password")).statusCode()).isEqualTo(401);
    }

    static Stream<Endpoint> guarded() {
        return ENDPOINTS.stream().filter(e -> e.door() != Door.OPEN);
    }

    @Test
    void everyOperationOfTheApiDescriptionIsInTheMatrix() {
        JsonNode paths = Json.mapper().readTree(client.get("/v3/api-docs", null).body()).get("paths");
        Set<String> described = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            path.getValue().propertyNames().forEach(method -> described.add(method.toUpperCase() + " " + path.getKey()));
        }
        Set<String> inMatrix = new TreeSet<>();
        ENDPOINTS.stream().filter(e -> e.documented() != null).forEach(e -> inMatrix.add(e.method() + " " + e.documented()));

        assertThat(inMatrix).isEqualTo(described);
    }

    @Test
    void decisionsAreNeverCached() {
        HttpResponse<String> decided = client.post("/api/v1/funding/decisions", "client", SampleApplication.sample().json());
        String id = Json.mapper().readTree(decided.body()).get("decisionId").asString();

        for (HttpResponse<String> answer : List.of(decided, client.get("/api/v1/decisions/" + id, "client"),
                client.get("/api/v1/decisions/" + id + "/replay", "client"))) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control")).as(answer.uri().toString()).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
            assertSecurityHeaders(answer);
        }
    }

    /** Nothing may sniff an answer into another type, frame the service, or load scripts from elsewhere. */
    private static void assertSecurityHeaders(HttpResponse<String> answer) {
        String where = answer.request().method() + " " + answer.uri().getPath() + " " + answer.statusCode();
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).as(where).hasValue("DENY");
        assertThat(answer.headers().firstValue("Content-Security-Policy")).as(where)
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'"));
    }

    private static int rank(String user) {
        return switch (user) {
            case "client" -> Door.DECISION_CLIENT.ordinal();
            case "officer", "reviewer" -> Door.POLICY_OFFICER.ordinal();
            case "secretariat" -> Door.SECRETARIAT.ordinal();
            default -> throw new IllegalArgumentException(user);
        };
    }

    private HttpResponse<String> call(Endpoint endpoint, String authorization) {
        HttpRequest.Builder request = client.request(endpoint.path(), null);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        switch (endpoint.method()) {
            case "POST", "PUT" -> request.header("Content-Type", "application/json")
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(SampleApplication.sample().json()));
            case "DELETE" -> request.DELETE();
            default -> request.GET();
        }
        return client.send(request.build());
    }
}
