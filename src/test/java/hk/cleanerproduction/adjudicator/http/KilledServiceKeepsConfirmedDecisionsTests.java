package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision answered 200 is on disk: {@code serve} in its own JVM on a file database, three clients
 * deciding (half of them with idempotency keys), killed with SIGKILL under load, started again on the
 * same folder. Every decision that was answered 200 before the kill is there, and every idempotency key
 * still gives back its first decision.
 */
class KilledServiceKeepsConfirmedDecisionsTests {

    private static final String PASSWORD = "kill-test-password";

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyDecisionAnsweredBeforeAKillIsThereAfterTheRestart() throws Exception {
        int port = freePort();
        String body = SampleApplication.sample().json();
        Map<String, String> confirmed = new ConcurrentHashMap<>(); // decision id -> idempotency key or ""
        Process first = serve(port, "first.log");
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    String key = i % 2 == 0 ? "kill-" + client + "-" + i : null;
                    try {
                        HttpResponse<String> answer = http.send(decide(port, body, key), HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 200) {
                            confirmed.put(Json.mapper().readTree(answer.body()).get("decisionId").asString(), key == null ? "" : key);
                        }
                    } catch (IOException | InterruptedException e) {
                        return; // the service is gone
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        Thread.sleep(4_000);
        first.destroyForcibly(); // SIGKILL under load: no shutdown hook, no clean close of the database
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        running.set(false);
        for (Thread t : clients) {
            t.join(10_000);
        }
        assertThat(confirmed).hasSizeGreaterThan(20);

        Process second = serve(port, "second.log");
        try {
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, String> decision : confirmed.entrySet()) {
                HttpResponse<String> stored = http.send(get(port, "/api/v1/decisions/" + decision.getKey()),
                        HttpResponse.BodyHandlers.ofString());
                if (stored.statusCode() != 200) {
                    lost.add(decision.getKey());
                }
                if (!decision.getValue().isEmpty()) {
                    HttpResponse<String> again = http.send(decide(port, body, decision.getValue()), HttpResponse.BodyHandlers.ofString());
                    assertThat(Json.mapper().readTree(again.body()).get("decisionId").asString()).isEqualTo(decision.getKey());
                }
            }
            assertThat(lost).as("of %d decisions answered 200", confirmed.size()).isEmpty();
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process serve(int port, String log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classPath, "hk.cleanerproduction.adjudicator.cli.AdjudicatorCli",
                "serve", "--port", String.valueOf(port), "--rules", FixtureRules.DIR.toFile().getAbsolutePath(),
                "--adjudicator.reload.watch=false");
        builder.environment().put("ADJUDICATOR_LOCAL_PASSWORD", PASSWORD);
        builder.directory(work.toFile()); // the file database goes to work/data
        builder.redirectErrorStream(true).redirectOutput(work.resolve(log).toFile());
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(work.resolve(log)) && Files.readString(work.resolve(log), StandardCharsets.UTF_8).contains("Started ")) {
                return process;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("serve did not start:\n" + Files.readString(work.resolve(log), StandardCharsets.UTF_8));
    }

    private static HttpRequest decide(int port, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/funding/decisions"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.build();
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic()).GET().build();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("client:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
