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
import java.util.Set;
import java.util.TreeSet;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import tools.jackson.databind.JsonNode;
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

    private JsonNode raw() {
        return Json.mapper().readTree(new ServiceClient(port).get("/v3/api-docs", null).body());
    }

    @Test
    void everyOperationHasAMeaningfulIdAndASchemaForEveryAnswerWithProblemDetailsOnEveryError() {
        JsonNode api = raw();
        List<String> missing = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                String id = op.getValue().path("operationId").asString("");
                if (!id.matches("[a-z]+[A-Z][A-Za-z]+") || !ids.add(id)) {
                    missing.add(name + " has no meaningful, unique operationId: '" + id + "'");
                }
                for (Map.Entry<String, JsonNode> answer : op.getValue().get("responses").properties()) {
                    JsonNode content = answer.getValue().get("content");
                    if (content == null || content.isEmpty()) {
                        missing.add(name + " " + answer.getKey() + " has no content");
                        continue;
                    }
                    for (Map.Entry<String, JsonNode> media : content.properties()) {
                        if (media.getValue().get("schema") == null) {
                            missing.add(name + " " + answer.getKey() + " " + media.getKey() + " has no schema");
                        }
                        if (answer.getKey().matches("[45]\\d\\d") && !(media.getKey().equals("application/problem+json")
                                && media.getValue().path("schema").path("$ref").asString("").matches(".*/(ProblemDetail|RefusedReload)"))) {
                            missing.add(name + " " + answer.getKey() + " is not problem details");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyExampleMatchesItsSchemaAndEveryProblemExampleHasAType() {
        JsonNode api = raw();
        JsonNode schemas = api.get("components").get("schemas");
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> answer : op.getValue().get("responses").properties()) {
                    for (Map.Entry<String, JsonNode> media : answer.getValue().path("content").properties()) {
                        JsonNode example = media.getValue().get("example");
                        String where = op.getKey().toUpperCase() + " " + path.getKey() + " " + answer.getKey();
                        if (example != null) {
                            SchemaMatch.check(where, example, media.getValue().get("schema"), schemas, mismatches);
                            if (answer.getKey().matches("[45]\\d\\d")) {
                                assertThat(example.path("type").asString("")).as(where)
                                        .startsWith("urn:cleaner-production-adjudicator:problem:");
                            }
                        }
                    }
                }
                JsonNode body = op.getValue().path("requestBody").path("content").path("application/json");
                for (JsonNode example : body.path("examples")) {
                    SchemaMatch.check(op.getKey() + " " + path.getKey() + " request", example.get("value"), body.get("schema"),
                            schemas, mismatches);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theRecognitionExampleIsARecognitionDecision() {
        JsonNode example = raw().at("/paths/~1api~1v1~1recognition~1decisions/post/responses/200/content/application~1json/example");
        assertThat(example.get("kind").asString()).isEqualTo("RECOGNITION");
        assertThat(example.get("subjectId").asString()).isEqualTo("RS24-0042");
    }
}
