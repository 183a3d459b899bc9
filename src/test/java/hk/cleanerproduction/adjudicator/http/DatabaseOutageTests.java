package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.AdjudicatorApplication;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.testing.Postgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service on a PostgreSQL server that goes away while it serves (a throwaway cluster of this test's
 * own, stopped at once as by a crash): decisions are answered 503 problem+json, health is DOWN, and once the
 * server is back the same service decides and stores again, without a restart.
 */
class DatabaseOutageTests {

    @Test
    void whileTheDatabaseIsDownDecisionsAre503AndHealthIsDownAndItRecoversWithoutARestart() throws Exception {
        Postgres.Cluster cluster = Postgres.Cluster.start();
        Postgres.Database database = cluster.server().newDatabase("outage");
        Path work = Files.createTempDirectory("outage");
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=test",
                "--adjudicator.gate-cache=" + work.resolve("gate"), "--adjudicator.ruleset.follow-database=true"));
        database.springSettings().forEach(setting -> args.add("--" + setting));
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(AdjudicatorApplication.class)
                .run(args.toArray(String[]::new))) {
            ServiceClient client = new ServiceClient(((WebServerApplicationContext) service).getWebServer().getPort());
            String body = SampleApplication.sample().json();
            assertThat(client.post("/api/v1/funding/decisions", "client", body).statusCode()).isEqualTo(200);

            cluster.stop();
            long start = System.nanoTime();
            HttpResponse<String> down = client.post("/api/v1/funding/decisions", "client", body);
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - start);

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(Json.mapper().readTree(down.body()).get("title").asString()).isEqualTo("Database unavailable");
            assertThat(down.body()).doesNotContain("Exception").doesNotContain("jdbc:");
            assertThat(answeredIn).isLessThan(Duration.ofSeconds(15));
            assertThat(client.get("/actuator/health", null).statusCode()).isEqualTo(503);

            cluster.startServer();
            HttpResponse<String> back = awaitDecision(client, body, Duration.ofSeconds(60));
            String id = Json.mapper().readTree(back.body()).get("decisionId").asString();
            assertThat(client.get("/api/v1/decisions/" + id, "client").statusCode()).isEqualTo(200);
            assertThat(client.get("/actuator/health", null).statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> awaitDecision(ServiceClient client, String body, Duration within) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            HttpResponse<String> answer = client.post("/api/v1/funding/decisions", "client", body);
            if (answer.statusCode() == 200) {
                return answer;
            }
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("deciding again after the database is back").isLessThan(within);
            Thread.sleep(200);
        }
    }
}
