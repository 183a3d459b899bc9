package hk.cleanerproduction.adjudicator.http;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI 3 description at {@code /v3/api-docs} (browsed at {@code /swagger-ui.html}): the
 * operations come from the controllers; this adds the access scheme and, to every operation, the
 * answers it can give with an example of each, so that a client's developer sees real bodies.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basic";
    private static final String PROBLEM = "application/problem+json";
    private static final JsonMapper EXAMPLES = JsonMapper.builder().build();

    @Bean
    OpenAPI adjudicatorApi() {
        return new OpenAPI()
                .info(new Info().title("Cleaner Production Adjudicator").version("v1").description("""
                        Decides Cleaner Production Partnership Programme funding applications and HK-Guangdong \
                        Cleaner Production Partners Recognition Scheme nominations with the rules in `rules/`, \
                        and explains each decision in English and Traditional Chinese. HTTP Basic; roles \
                        DECISION_CLIENT (decide, read decisions), POLICY_OFFICER (also the ruleset), \
                        SECRETARIAT (also batches)."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** RFC 9457 with the list of bad fields this service adds. */
    private static Schema<?> problemDetail() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the path, dotted: factory.region"))
                .addProperty("message", new StringSchema().description("what is wrong, in plain words"));
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("every bad field (400 only)"));
    }

    @Bean
    OpenApiCustomizer answersWithExamples() {
        return api -> {
            // added here, not in the OpenAPI bean: springdoc rebuilds the schemas from the controllers
            api.getComponents().addSchemas("ProblemDetail", problemDetail());
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> describeAnswers(path, method, operation)));
        };
    }

    private static void describeAnswers(String path, PathItem.HttpMethod method, Operation operation) {
        if (!path.startsWith("/api/")) {
            return;
        }
        ApiResponses answers = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(answers);
        boolean decide = method == PathItem.HttpMethod.POST && path.endsWith("/decisions");
        if (decide) {
            example(answers, "200", ApiExamples.DECISION);
            problem(answers, "400", "bad input: every bad field is named in `errors`", ApiExamples.BAD_INPUT);
            problem(answers, "409", "the Idempotency-Key was used before with another body", ApiExamples.CONFLICT);
            problem(answers, "413", "the body is larger than the service reads", ApiExamples.TOO_LARGE);
            problem(answers, "415", "the body is not application/json", ApiExamples.UNSUPPORTED);
        } else if (path.equals("/api/v1/decisions/{decisionId}")) {
            example(answers, "200", ApiExamples.DECISION);
            problem(answers, "404", "no decision with this id", ApiExamples.NOT_FOUND);
        } else if (path.equals("/api/v1/decisions/{decisionId}/replay")) {
            example(answers, "200", ApiExamples.REPLAY);
            problem(answers, "404", "no decision with this id", ApiExamples.NOT_FOUND);
        } else if (path.equals("/api/v1/ruleset")) {
            example(answers, "200", ApiExamples.RULESET);
        }
        problem(answers, "401", "no or wrong credentials", ApiExamples.UNAUTHORIZED);
        problem(answers, "403", "the user's role does not allow this", ApiExamples.FORBIDDEN);
    }

    private static void example(ApiResponses answers, String status, String json) {
        ApiResponse answer = answers.computeIfAbsent(status, s -> new ApiResponse().description("OK"));
        if (answer.getContent() == null) {
            answer.setContent(new Content().addMediaType("application/json", new MediaType()));
        }
        answer.getContent().values().forEach(media -> media.setExample(parse(json)));
    }

    private static void problem(ApiResponses answers, String status, String description, String json) {
        answers.put(status, new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))
                        .example(parse(json)))));
    }

    private static Object parse(String json) {
        return EXAMPLES.readValue(json, Map.class);
    }
}
