package hk.cleanerproduction.bench;

import hk.cleanerproduction.adjudicator.AdjudicatorApplication;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetReloader;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark, not a test (surefire skips *Benchmark; it lives outside the application's package so that
 * no test context scans its endpoint). Starts the real application on a free port over a copy of
 * rules/ and measures (1) file save to active for the full ruleset, through the watcher and the whole
 * gate (build, checks, every scenario), and (2) 20 reloads through {@code POST /api/v1/ruleset/reload}
 * under a steady HTTP load of funding decisions ({@code POST /api/v1/funding/decisions} as a decision
 * client, each decision stored), counting failed requests.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt) hk.cleanerproduction.bench.LiveReloadBenchmark [clients] [saves] [reloads]}.
 */
public final class LiveReloadBenchmark {

    /** bcrypt of "test-password" (the test users' password), few rounds: the benchmark measures reloads, not hashing. */
    private static final String TEST_HASH = "{bcrypt}$2a$04$pB8osxq5vuFAz6PxothCLuUBMnXi5u4FbIiCACw4vqDLvfY1rnUzS";

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":test-password").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int reloads = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        RulesCopy rules = RulesCopy.of(Files.createTempDirectory("reload-bench"));
        Path label = rules.root().resolve("ruleset.properties");
        String original = Files.readString(label);

        SpringApplication app = new SpringApplication(AdjudicatorApplication.class);
        ConfigurableApplicationContext context = app.run("--server.port=0", "--adjudicator.rules-dir=" + rules.root(),
                "--spring.datasource.url=jdbc:hsqldb:mem:reload-bench", "--adjudicator.reload.watch=true",
                "--logging.level.hk.cleanerproduction=WARN", "--logging.level.root=WARN",
                "--adjudicator.users[0].name=client", "--adjudicator.users[0].password-hash=" + TEST_HASH,
                "--adjudicator.users[0].roles=DECISION_CLIENT",
                "--adjudicator.users[1].name=officer", "--adjudicator.users[1].password-hash=" + TEST_HASH,
                "--adjudicator.users[1].roles=POLICY_OFFICER");
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        RulesetReloader reloader = context.getBean(RulesetReloader.class);

        // (1) file save to active, through the watcher (debounce 300 ms) and the gate
        List<Long> saveToActive = new ArrayList<>();
        List<Long> gate = new ArrayList<>();
        for (int i = 0; i < saves; i++) {
            String before = reloader.active().version();
            long start = System.nanoTime();
            Files.writeString(label, original.replace("label=2025.1", "label=2025.1-save" + i));
            while (reloader.active().version().equals(before)) {
                Thread.sleep(5);
            }
            saveToActive.add((System.nanoTime() - start) / 1_000_000);
            gate.add(reloader.lastAttempt().tookMillis());
        }
        System.out.printf("save to active (watcher, debounce 300 ms, build + checks + %d scenarios): %s ms; gate alone %s ms%n",
                reloader.lastAttempt().scenariosRun(), saveToActive, gate);

        // (2) reloads under a steady HTTP load
        HttpClient http = HttpClient.newHttpClient();
        String body = Files.readString(Path.of("test-data/funding/eligible-guangdong-wfoe.json"));
        HttpRequest decide = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/funding/decisions"))
                .header("Content-Type", "application/json").header("Authorization", basic("client")).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
        java.util.Set<String> versionsSeen = Collections.synchronizedSet(new java.util.TreeSet<>());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(decide, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200 && response.body().contains("\"grantHkd\":650000")) {
                            ok.incrementAndGet();
                            int at = response.body().indexOf("\"rulesetVersion\":\"");
                            versionsSeen.add(response.body().substring(at + 18, response.body().indexOf('"', at + 18)));
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    latenciesMicros.add((System.nanoTime() - s) / 1000);
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(2000); // steady load first
        HttpRequest reload = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ruleset/reload"))
                .header("Authorization", basic("officer")).POST(HttpRequest.BodyPublishers.noBody()).build();
        int activated = 0;
        long loadStart = System.nanoTime();
        List<Long> reloadMillis = new ArrayList<>();
        for (int i = 0; i < reloads; i++) {
            Files.writeString(label, original.replace("label=2025.1", "label=2025.1-load" + i));
            long s = System.nanoTime();
            HttpResponse<String> response = http.send(reload, HttpResponse.BodyHandlers.ofString());
            reloadMillis.add((System.nanoTime() - s) / 1_000_000);
            // the watcher may have activated this save already (then the POST finds it unchanged): both are live
            if (response.statusCode() == 200 && reloader.active().version().startsWith("2025.1-load" + i + "-")) {
                activated++;
            }
        }
        Thread.sleep(1000);
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - loadStart) / 1e9;
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        System.out.printf("%d reloads requested, %d live; POST reload took %s ms%n", reloads, activated, reloadMillis);
        System.out.printf("HTTP load (%d clients): %d decisions ok, %d failed, in %.1f s (%.0f/s); latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d ruleset versions answered%n",
                clients, ok.get(), failed.get(), seconds, ok.get() / seconds, sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) (sorted.size() * 0.99)) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0, versionsSeen.size());
        context.close();
        System.exit(failed.get() == 0 && activated == reloads ? 0 : 1);
    }
}
