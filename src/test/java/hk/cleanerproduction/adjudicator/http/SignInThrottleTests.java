package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Guessing passwords is stopped: after the allowed failures a user's sign-ins are refused with 429 and
 * Retry-After, without a password check, while a user who signed in before keeps working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"adjudicator.sign-in.max-failures=3", "adjudicator.sign-in.block=30s"})
@ActiveProfiles("test")
class SignInThrottleTests {

    @LocalServerPort
    int port;

    @Test
    void repeatedWrongPasswordsAreRefusedWith429AndRetryAfter() {
        ServiceClient client = new ServiceClient(port);
        assertThat(client.get("/api/v1/ruleset", "secretariat").statusCode()).isEqualTo(200); // signed in before

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> wrong = client.send(client.request("/api/v1/ruleset", null)
                    .header("Authorization", ServiceClient.basic("officer", "guess-" + i)).GET().build());
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = client.send(client.request("/api/v1/ruleset", null)
                .header("Authorization", ServiceClient.basic("officer", "guess-4")).GET().build());
        HttpResponse<String> rightButBlocked = client.get("/api/v1/ruleset", "officer");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s ->
                assertThat(Long.parseLong(s)).isBetween(1L, 30L));
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("Too many failed sign-ins");
        assertThat(rightButBlocked.statusCode()).isEqualTo(429);
        assertThat(client.get("/api/v1/ruleset", "secretariat").statusCode()).isEqualTo(200);
    }
}
