package hk.cleanerproduction.adjudicator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The OpenAPI description is a valid OpenAPI 3 document that documents every endpoint with examples. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDocumentationTests {

    @LocalServerPort
    int port;

    private OpenAPI parsed() {
        HttpResponse<String> docs = new ServiceClient(port).get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(docs.body(), null, options);
        assertThat(result.getMessages()).as("validation messages").isEmpty();
        return result.getOpenAPI();
    }

    @Test
    void theDescriptionIsValidOpenApi3AndHasEveryEndpointOfTheSpec() {
        OpenAPI api = parsed();

        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getPaths()).containsKeys("/api/v1/funding/decisions", "/api/v1/recognition/decisions",
                "/api/v1/decisions/{decisionId}", "/api/v1/decisions/{decisionId}/replay", "/api/v1/ruleset",
                "/api/v1/ruleset/reload", "/api/v1/batches", "/api/v1/batches/{id}");
        assertThat(api.getComponents().getSecuritySchemes()).containsKey("basic");
    }

    @Test
    void everyOperationHasAnExampleOfWhatItTakesAndWhatItAnswers() {
        List<String> missing = new ArrayList<>();
        parsed().getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                String name = entry.getKey() + " " + path;
                Operation operation = entry.getValue();
                if (operation.getRequestBody() != null
                        && !hasExample(operation.getRequestBody().getContent().values())) {
                    missing.add(name + " request body");
                }
                // the success answer: 200, or 202 for work accepted to run in the background
                ApiResponse ok = operation.getResponses().entrySet().stream().filter(r -> r.getKey().startsWith("2"))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (ok == null || ok.getContent() == null || !hasExample(ok.getContent().values())) {
                    missing.add(name + " success answer");
                }
                for (String status : List.of("401", "403")) {
                    if (path.startsWith("/api/") && operation.getResponses().get(status) == null) {
                        missing.add(name + " answer " + status);
                    }
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    private static boolean hasExample(java.util.Collection<MediaType> media) {
        return media.stream().anyMatch(m -> m.getExample() != null || (m.getExamples() != null && !m.getExamples().isEmpty()));
    }
}
