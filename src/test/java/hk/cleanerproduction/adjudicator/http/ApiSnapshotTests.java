package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The API description the client of {@code ApiClientTests} is generated from (at generate-test-sources, by
 * openapi-generator) is the one the service serves: a change to the API that is not also made to the
 * snapshot fails here. {@code -Dadjudicator.openapi.update=true} writes the live description over the snapshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiSnapshotTests {

    static final Path SNAPSHOT = Path.of("src/test/resources/openapi/api-docs.json");

    @LocalServerPort
    int port;

    @Test
    void theGeneratedClientIsMadeFromTheDescriptionTheServiceServes() throws IOException {
        String live = new ServiceClient(port).get("/v3/api-docs", null).body();
        JsonNode liveTree = Json.mapper().readTree(live);
        // the server's address is the test's random port: not part of the API
        ((tools.jackson.databind.node.ObjectNode) liveTree).remove("servers");
        String pretty = Json.pretty().writeValueAsString(liveTree) + "\n";
        if (Boolean.getBoolean("adjudicator.openapi.update")) {
            Files.writeString(SNAPSHOT, pretty, StandardCharsets.UTF_8);
        }

        assertThat(Files.exists(SNAPSHOT)).as(SNAPSHOT + " exists").isTrue();
        assertThat(Json.mapper().readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)))
                .as("the live description differs from " + SNAPSHOT + "; if the change is intended, run this test with "
                        + "-Dadjudicator.openapi.update=true and commit the snapshot")
                .isEqualTo(liveTree);
    }
}
