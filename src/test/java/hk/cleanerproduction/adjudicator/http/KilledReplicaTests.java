package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import hk.cleanerproduction.adjudicator.testing.Postgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code serve} processes on one PostgreSQL database, each with clients deciding (half with idempotency
 * keys); one is killed with SIGKILL under load. The other answers every request before, during and after
 * the kill, and holds every decision either of them answered 200, each key giving back its first decision.
 */
class KilledReplicaTests {

    private static final String PASSWORD = "kill-test-password";

    @TempDir
    Path work;

    @Test
    void whenOneReplicaIsKilledUnderLoadTheOtherKeepsAnsweringAndNoAcknowledgedDecisionIsLost() throws Exception {
        Postgres.Database database = Postgres.newDatabase("killed_replica");
        int portA = freePort();
        int portB = freePort();
        Process a = serve(database, portA, "a");
        Process b = serve(database, portB, "b");
        ServiceClient clientA = new ServiceClient(portA, PASSWORD);
        ServiceClient clientB = new ServiceClient(portB, PASSWORD);
        awaitStarted(a, "a");
        awaitStarted(b, "b");
        try {
            String body = SampleApplication.sample().json();
            Map<String, String> confirmed = new ConcurrentHashMap<>(); // decision id -> idempotency key or ""
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicBoolean killed = new AtomicBoolean();
            AtomicInteger answeredByBAfterKill = new AtomicInteger();
            List<String> failuresOfB = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int clientNumber = c;
                ServiceClient client = c % 2 == 0 ? clientA : clientB;
                Thread t = new Thread(() -> {
                    for (int i = 0; running.get(); i++) {
                        String key = i % 2 == 0 ? "kill-" + clientNumber + "-" + i : null;
                        try {
                            HttpResponse<String> answer = key == null ? client.post("/api/v1/funding/decisions", "client", body)
                                    : client.post("/api/v1/funding/decisions", "client", body, "Idempotency-Key", key);
                            if (answer.statusCode() == 200) {
                                confirmed.put(Json.mapper().readTree(answer.body()).get("decisionId").asString(), key == null ? "" : key);
                                if (client == clientB && killed.get()) {
                                    answeredByBAfterKill.incrementAndGet();
                                }
                            } else if (client == clientB) {
                                failuresOfB.add(answer.statusCode() + " " + answer.body());
                            }
                        } catch (RuntimeException e) {
                            if (client == clientB) {
                                failuresOfB.add(e.toString());
                            }
                            if (client == clientA) {
                                return; // replica A is gone
                            }
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            Thread.sleep(4_000);
            a.destroyForcibly(); // SIGKILL under load: no shutdown hook, its connections cut
            assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
            killed.set(true);
            Thread.sleep(4_000);
            running.set(false);
            for (Thread t : clients) {
                t.join(30_000);
            }

            assertThat(failuresOfB).isEmpty();
            assertThat(answeredByBAfterKill.get()).isPositive();
            assertThat(confirmed).hasSizeGreaterThan(20);
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, String> decision : confirmed.entrySet()) {
                if (clientB.get("/api/v1/decisions/" + decision.getKey(), "client").statusCode() != 200) {
                    lost.add(decision.getKey());
                }
                if (!decision.getValue().isEmpty()) {
                    HttpResponse<String> again = clientB.post("/api/v1/funding/decisions", "client", body, "Idempotency-Key", decision.getValue());
                    assertThat(Json.mapper().readTree(again.body()).get("decisionId").asString()).isEqualTo(decision.getKey());
                }
            }
            assertThat(lost).as("of %d decisions answered 200", confirmed.size()).isEmpty();
        } finally {
            a.destroyForcibly();
            b.destroy();
            b.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process serve(Postgres.Database database, int port, String name) throws IOException {
        Path folder = Files.createDirectories(work.resolve(name));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classPath, "hk.cleanerproduction.adjudicator.cli.AdjudicatorCli",
                "serve", "--port", String.valueOf(port), "--rules", FixtureRules.DIR.toFile().getAbsolutePath(),
                "--adjudicator.reload.watch=false");
        builder.environment().put("ADJUDICATOR_LOCAL_PASSWORD", PASSWORD);
        builder.environment().put("SPRING_DATASOURCE_URL", database.url());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", database.username());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
        builder.directory(folder.toFile());
        builder.redirectErrorStream(true).redirectOutput(folder.resolve("serve.log").toFile());
        return builder.start();
    }

    private void awaitStarted(Process process, String name) throws Exception {
        Path log = work.resolve(name).resolve("serve.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("Started ")) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("serve " + name + " did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
