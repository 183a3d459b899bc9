package hk.cleanerproduction.adjudicator.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * People sign in with a form and keep a session; systems keep HTTP Basic, stateless. A page's own API
 * call needs the session's CSRF token, so that another site cannot make a signed-in browser change rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkbenchSignInTests {

    @LocalServerPort
    int port;

    CookieManager cookies;
    HttpClient browserLike;

    @BeforeEach
    void newBrowser() {
        cookies = new CookieManager();
        browserLike = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void theServiceAddressLeadsToTheWorkbenchAndItsSignInForm() throws Exception {
        assertThat(get("/").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/workbench/"));
        HttpResponse<String> home = get("/workbench/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/workbench/sign-in.html"));
        HttpResponse<String> form = get("/workbench/sign-in.html");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"username\"").contains("name=\"password\"");
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
    }

    @Test
    void anOfficerSignedInReadsTheApiWithTheSessionAndChangesNothingWithoutTheCsrfToken() throws Exception {
        assertThat(signIn("officer", "test-password").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/workbench/"));
        assertThat(get("/workbench/").statusCode()).isEqualTo(200);
        assertThat(get("/workbench/me").body()).contains("\"name\":\"officer\"").contains("POLICY_OFFICER");
        assertThat(get("/api/v1/ruleset").statusCode()).isEqualTo(200);

        HttpResponse<String> withoutToken = send(request("/api/v1/ruleset/reload").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        HttpResponse<String> withToken = send(request("/api/v1/ruleset/reload").header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(withToken.statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordReturnsToTheFormAndADecisionClientMayNotUseTheWorkbench() throws Exception {
        assertThat(signIn("officer", "wrong").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/workbench/sign-in.html?error"));
        signIn("client", "test-password");
        assertThat(get("/workbench/").statusCode()).isEqualTo(403);
    }

    @Test
    void anEndedSessionIsA401ProblemWithoutABasicChallengeSoTheBrowserOpensNoPasswordDialog() throws Exception {
        HttpResponse<String> answer = send(request("/api/v1/ruleset").header("Cookie", "JSESSIONID=gone").GET().build());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> signIn(String user, String password) throws Exception {
        get("/workbench/sign-in.html"); // sets the CSRF cookie, as the page does
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrfToken();
        return send(request("/workbench/sign-in").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie")).getValue();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return browserLike.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
