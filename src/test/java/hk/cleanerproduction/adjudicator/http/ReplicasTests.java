package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.AdjudicatorApplication;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.batch.BatchKind;
import hk.cleanerproduction.adjudicator.batch.BatchRequest;
import hk.cleanerproduction.adjudicator.batch.CeremonyBatch;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.testing.Postgres;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two replicas of the service (two Spring applications, each with its own rules folder and gate cache) on
 * one real PostgreSQL database, as behind a load balancer: a decision made on one is read on the other, an
 * idempotency key replayed on the other returns the first decision, an activation on one is in force on
 * the other within 5 seconds, a version one cannot build leaves it deciding under its last and unhealthy,
 * and batches run while both serve.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasTests {

    private static Postgres.Database database;
    private static Path work;
    private static RulesCopy rulesA;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static ServiceClient clientA;
    private static ServiceClient clientB;

    @BeforeAll
    static void twoReplicas() throws Exception {
        database = Postgres.newDatabase("replicas");
        work = Files.createTempDirectory("replicas");
        rulesA = RulesCopy.of(Files.createDirectories(work.resolve("a")));
        RulesCopy rulesB = RulesCopy.of(Files.createDirectories(work.resolve("b")));
        for (RulesCopy rules : List.of(rulesA, rulesB)) {
            // two services start in one JVM on a shared 2-core machine: a cold scenario may take over 2 s
            rules.replace("ruleset.properties", "max-millis-per-decision=2000", "max-millis-per-decision=30000");
        }
        a = replica(rulesA.root(), work.resolve("a"));
        b = replica(rulesB.root(), work.resolve("b"));
        clientA = new ServiceClient(port(a));
        clientB = new ServiceClient(port(b));
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    static ConfigurableApplicationContext replica(Path rules, Path folder) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=test",
                "--adjudicator.rules-dir=" + rules, "--adjudicator.gate-cache=" + folder.resolve("gate"),
                "--adjudicator.ruleset.follow-database=true"));
        database.springSettings().forEach(setting -> args.add("--" + setting));
        return new SpringApplicationBuilder(AdjudicatorApplication.class).run(args.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    @Order(1)
    void aDecisionMadeOnOneReplicaIsReadOnTheOther() {
        HttpResponse<String> made = clientA.post("/api/v1/funding/decisions", "client", SampleApplication.sample().json());
        assertThat(made.statusCode()).isEqualTo(200);
        String id = json(made).get("decisionId").asString();

        HttpResponse<String> read = clientB.get("/api/v1/decisions/" + id, "client");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(made.body());
    }

    @Test
    @Order(2)
    void anIdempotencyKeyReplayedOnTheOtherReplicaReturnsTheFirstDecision() {
        String body = SampleApplication.sample().json();
        HttpResponse<String> first = clientA.post("/api/v1/funding/decisions", "client", body, "Idempotency-Key", "replica-key-1");
        HttpResponse<String> again = clientB.post("/api/v1/funding/decisions", "client", body, "Idempotency-Key", "replica-key-1");
        HttpResponse<String> otherBody = clientB.post("/api/v1/funding/decisions", "client",
                body + "\n", "Idempotency-Key", "replica-key-1"); // another body (its hash differs)

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("decisionId").asString()).isEqualTo(json(first).get("decisionId").asString());
        assertThat(otherBody.statusCode()).isEqualTo(409);
    }

    @Test
    @Order(3)
    void anActivationOnOneReplicaIsInForceOnTheOtherWithinFiveSeconds() throws Exception {
        String before = version(clientB);
        Path label = rulesA.root().resolve("ruleset.properties");
        Files.writeString(label, Files.readString(label).replace("label=2025.1", "label=2025.2"));
        String edited = RulesDirectory.read(rulesA.root()).version();

        HttpResponse<String> reload = clientA.post("/api/v1/ruleset/reload", "officer", "");
        assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
        assertThat(version(clientA)).isEqualTo(edited).isNotEqualTo(before);
        // from the answer of A's reload (the activation is committed) to B answering under it
        Duration lag = awaitVersion(clientB, edited, Duration.ofSeconds(5));
        System.out.printf("An activation on replica A was in force on replica B %d ms later%n", lag.toMillis());

        HttpResponse<String> decided = clientB.post("/api/v1/funding/decisions", "client", SampleApplication.sample().json());
        assertThat(json(decided).get("rulesetVersion").asString()).isEqualTo(edited);
        assertThat(clientB.get("/actuator/health", "officer").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void aVersionAReplicaCannotBuildLeavesItDecidingUnderItsLastAndUnhealthyUntilTheNextItCan() throws Exception {
        String last = version(clientA);
        awaitVersion(clientB, last, Duration.ofSeconds(60));
        Map<String, byte[]> files = relabelled(storedFiles(last), "2025.3");
        assertThat(files).containsKey("funding/funding-amount.drl");
        files.put("funding/funding-amount.drl", "package hk.cleanerproduction.rules.funding;\nrule \"unfinished\" when\n"
                .getBytes(StandardCharsets.UTF_8));
        String broken = activate(RulesDirectory.of("stored", files), files);

        awaitHealth(clientB, 503, Duration.ofSeconds(60));
        JsonNode health = json(clientB.get("/actuator/health", "officer")).get("components").get("ruleset");
        assertThat(health.get("status").asString()).isEqualTo("DOWN");
        assertThat(health.get("details").get("databaseVersion").asString()).isEqualTo(broken);
        assertThat(health.get("details").get("databaseVersionProblems").toString()).contains("funding/funding-amount.drl");
        HttpResponse<String> decided = clientB.post("/api/v1/funding/decisions", "client", SampleApplication.sample().json());
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(json(decided).get("rulesetVersion").asString()).isEqualTo(last);

        // the next version it can build brings it back
        Map<String, byte[]> good = relabelled(storedFiles(last), "2025.4");
        String fixed = activate(RulesDirectory.of("stored", good), good);
        awaitVersion(clientB, fixed, Duration.ofSeconds(60)); // no gate result on record: every check and scenario runs here
        awaitHealth(clientB, 200, Duration.ofSeconds(10));
    }

    @Test
    @Order(5)
    void batchesRunWhileBothReplicasServeAndTwoBatchesOfOneInputAreToldApart() throws Exception {
        Path input = Path.of("test-data/recognition/nominations-2024.csv").toAbsolutePath();
        AtomicBoolean serving = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<Integer> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread clients = new Thread(() -> {
            for (int i = 0; serving.get(); i++) {
                ServiceClient client = i % 2 == 0 ? clientA : clientB;
                int status = client.post("/api/v1/funding/decisions", "client", SampleApplication.sample().json()).statusCode();
                if (status == 200) {
                    answered.incrementAndGet();
                } else {
                    failures.add(status);
                }
            }
        });
        clients.start();
        CompletableFuture<CeremonyBatch.BatchOutcome> onA = CompletableFuture.supplyAsync(() -> a.getBean(CeremonyBatch.class)
                .run(new BatchRequest(BatchKind.RECOGNITION, input, work.resolve("ceremony-a"), null)));
        CompletableFuture<CeremonyBatch.BatchOutcome> onB = CompletableFuture.supplyAsync(() -> b.getBean(CeremonyBatch.class)
                .run(new BatchRequest(BatchKind.RECOGNITION, input, work.resolve("ceremony-b"), null)));
        CeremonyBatch.BatchOutcome first = onA.get(5, TimeUnit.MINUTES);
        CeremonyBatch.BatchOutcome second = onB.get(5, TimeUnit.MINUTES);
        serving.set(false);
        clients.join();

        assertThat(failures).isEmpty();
        assertThat(answered.get()).isPositive();
        assertThat(first.summary().decided()).isEqualTo(240);
        assertThat(second.summary().decided()).isEqualTo(240);
        List<Long> batches = new ArrayList<>();
        try (Connection connection = database.connect();
                var rows = connection.createStatement().executeQuery(
                        "select batch_id, count(*) from decision where batch_id is not null group by batch_id")) {
            while (rows.next()) {
                batches.add(rows.getLong(1));
                assertThat(rows.getLong(2)).isEqualTo(240);
            }
        }
        assertThat(batches).hasSize(2);
        String aBatchDecision = Files.readAllLines(work.resolve("ceremony-a").resolve("decisions.jsonl")).get(0);
        String id = Json.mapper().readTree(aBatchDecision).get("decisionId").asString();
        assertThat(clientB.get("/api/v1/decisions/" + id, "client").statusCode()).isEqualTo(200);
    }

    private static String activate(RulesDirectory directory, Map<String, byte[]> files) throws Exception {
        String version = directory.version();
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement v = connection.prepareStatement(
                    "insert into ruleset_version (version, content_hash, label, recorded_at) values (?, ?, ?, ?)");
                    PreparedStatement f = connection.prepareStatement("insert into ruleset_file (version, path, content) values (?, ?, ?)");
                    PreparedStatement act = connection.prepareStatement(
                            "insert into ruleset_activation (version, activated_at, reload_trigger) values (?, ?, 'test')")) {
                v.setString(1, version);
                v.setString(2, directory.contentHash());
                v.setString(3, directory.label());
                v.setTimestamp(4, Timestamp.from(Instant.now()));
                v.executeUpdate();
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    f.setString(1, version);
                    f.setString(2, file.getKey());
                    f.setBytes(3, file.getValue());
                    f.executeUpdate();
                }
                act.setString(1, version);
                act.setTimestamp(2, Timestamp.from(Instant.now()));
                act.executeUpdate();
            }
            connection.commit();
        }
        return version;
    }

    private static Map<String, byte[]> relabelled(Map<String, byte[]> files, String label) {
        String properties = new String(files.get("ruleset.properties"), StandardCharsets.UTF_8);
        files.put("ruleset.properties", properties.replaceFirst("(?m)^label=.*$", "label=" + label).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static Map<String, byte[]> storedFiles(String version) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement("select path, content from ruleset_file where version = ? order by path")) {
            select.setString(1, version);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    files.put(rows.getString(1), rows.getBytes(2));
                }
            }
        }
        assertThat(files).isNotEmpty();
        return files;
    }

    private static Duration awaitVersion(ServiceClient client, String version, Duration within) throws InterruptedException {
        long start = System.nanoTime();
        while (!version.equals(version(client))) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("replica deciding under %s", version).isLessThan(within);
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void awaitHealth(ServiceClient client, int status, Duration within) throws InterruptedException {
        long start = System.nanoTime();
        while (client.get("/actuator/health", null).statusCode() != status) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("health answering %d", status).isLessThan(within);
            Thread.sleep(50);
        }
    }

    private static String version(ServiceClient client) {
        return json(client.get("/api/v1/ruleset", "officer")).get("version").asString();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Json.mapper().readTree(response.body());
    }
}
