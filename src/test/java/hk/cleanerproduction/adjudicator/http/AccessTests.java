package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The role matrix of SPEC.md "Access" on every endpoint, over real HTTP: no credentials or a wrong
 * password is 401, a role too low is 403, and a role high enough gets past the door (roles are
 * cumulative: SECRETARIAT > POLICY_OFFICER > DECISION_CLIENT). Endpoints that other issues add
 * (reload, batches) are already guarded; until they exist a permitted call gets 404 or 405.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessTests {

    /** Who may call: null for everyone, else the lowest role. */
    enum Door { OPEN, DECISION_CLIENT, POLICY_OFFICER, SECRETARIAT }

    record Endpoint(String method, String path, Door door) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/funding/decisions", Door.DECISION_CLIENT),
            new Endpoint("POST", "/api/v1/recognition/decisions", Door.DECISION_CLIENT),
            new Endpoint("GET", "/api/v1/decisions/00000000-0000-0000-0000-000000000000", Door.DECISION_CLIENT),
            new Endpoint("GET", "/api/v1/decisions/00000000-0000-0000-0000-000000000000/replay", Door.DECISION_CLIENT),
            new Endpoint("GET", "/api/v1/ruleset", Door.POLICY_OFFICER),
            new Endpoint("POST", "/api/v1/ruleset/reload", Door.POLICY_OFFICER),
            new Endpoint("POST", "/api/v1/batches", Door.SECRETARIAT),
            new Endpoint("GET", "/api/v1/batches/1", Door.SECRETARIAT),
            new Endpoint("GET", "/actuator/prometheus", Door.DECISION_CLIENT),
            new Endpoint("GET", "/actuator/health", Door.OPEN),
            new Endpoint("GET", "/v3/api-docs", Door.OPEN),
            new Endpoint("GET", "/swagger-ui.html", Door.OPEN));

    /** The users of application-test.properties, each with its one role. */
    static final List<String> USERS = List.of("client", "officer", "secretariat");

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
            cases.add(Arguments.of(endpoint, null));
            for (String user : USERS) {
                cases.add(Arguments.of(endpoint, user));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyWhatSpecAccessGivesIt(Endpoint endpoint, String user) {
        int status = call(endpoint, user == null ? null : ServiceClient.basic(user, ServiceClient.PASSWORD));

        if (endpoint.door() == Door.OPEN) {
            assertThat(status).as("open to everyone").isNotIn(401, 403);
        } else if (user == null) {
            assertThat(status).as("no credentials").isEqualTo(401);
        } else if (rank(user) >= endpoint.door().ordinal()) {
            assertThat(status).as(user + " may").isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status).as(user + " may not").isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guarded")
    void aWrongPasswordIsRefusedEverywhere(Endpoint endpoint) {
        assertThat(call(endpoint, ServiceClient.basic("secretariat", "not-the-password"))).isEqualTo(401);
    }

    static Stream<Endpoint> guarded() {
        return ENDPOINTS.stream().filter(e -> e.door() != Door.OPEN);
    }

    private static int rank(String user) {
        return switch (user) {
            case "client" -> Door.DECISION_CLIENT.ordinal();
            case "officer" -> Door.POLICY_OFFICER.ordinal();
            case "secretariat" -> Door.SECRETARIAT.ordinal();
            default -> throw new IllegalArgumentException(user);
        };
    }

    private int call(Endpoint endpoint, String authorization) {
        HttpRequest.Builder request = client.request(endpoint.path(), null);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (endpoint.method().equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(SampleApplication.sample().json()));
        } else {
            request.GET();
        }
        HttpResponse<String> response = client.send(request.build());
        return response.statusCode();
    }
}
