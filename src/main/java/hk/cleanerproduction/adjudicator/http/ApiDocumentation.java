package hk.cleanerproduction.adjudicator.http;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI 3 description at {@code /v3/api-docs} (browsed at {@code /swagger-ui.html}), complete enough
 * that a generated client uses all of it: the operations and their schemas come from the controllers;
 * this adds the access scheme, the problem details schema on every 4xx and 5xx answer (with an example
 * of each, typed as in docs/api.md), the fields that are always present, and declares every other field
 * nullable, as it is.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String REFUSED_RELOAD_REF = "#/components/schemas/RefusedReload";
    private static final String PROBLEM_REF = "#/components/schemas/ProblemDetail";
    private static final String PROBLEM = "application/problem+json";
    private static final JsonMapper EXAMPLES = JsonMapper.builder().build();

    /**
     * The fields each answer always has; every other field of a schema may be null. (Inputs say what they
     * require with their validation annotations, which springdoc reads.)
     */
    private static final Map<String, List<String>> ALWAYS_PRESENT = Map.ofEntries(
            Map.entry("Decision", List.of("decisionId", "subjectId", "kind", "outcome", "reasons", "firedRules", "asOf",
                    "rulesetVersion", "decidedAt")),
            Map.entry("Reason", List.of("ruleId", "code", "effect", "message", "messageZh")),
            Map.entry("Replay", List.of("decisionId", "rulesetVersion", "agrees", "differences", "original", "replayed")),
            Map.entry("RulesetView", List.of("version", "label", "contentHash", "builtAt", "files", "rules", "changeRefused",
                    "recentDecisions")),
            Map.entry("FileView", List.of("path", "bytes", "sha256")),
            Map.entry("ReloadAttempt", List.of("trigger", "at", "result", "tookMillis", "ruleCount", "scenariosRun",
                    "scenariosFailed", "problems")),
            Map.entry("BatchView", List.of("batchId", "executionId", "status", "kind", "input", "out", "letters", "totalRows",
                    "rowsDone")),
            Map.entry("Margin", List.of("measure", "found", "bound", "required", "by", "unit")),
            Map.entry("BatchSummary", List.of("jobInstanceId", "kind", "rulesetVersion", "rows", "decided", "badRows")),
            Map.entry("FieldError", List.of("field", "message")),
            Map.entry("ProblemDetail", List.of("type", "title", "status")));

    @Bean
    OpenAPI adjudicatorApi() {
        return new OpenAPI()
                .info(new Info().title("Cleaner Production Adjudicator").version("v1").description("""
                        Decides Cleaner Production Partnership Programme funding applications and HK-Guangdong \
                        Cleaner Production Partners Recognition Scheme nominations with the rules in `rules/`, \
                        and explains each decision in English and Traditional Chinese. HTTP Basic; roles \
                        DECISION_CLIENT (decide, read decisions), POLICY_OFFICER (also the ruleset), \
                        SECRETARIAT (also batches). Every error is RFC 9457 problem details whose `type` names \
                        its kind (docs/api.md)."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** RFC 9457 with the list of bad fields this service adds. */
    private static Schema<?> problemDetail() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri")
                        .description("the kind of problem, one of the URNs in docs/api.md"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
                        .description("every bad field (400 only)"));
    }

    private static Schema<?> fieldError() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().description("the path, dotted: factory.region"))
                .addProperty("message", new StringSchema().description("what is wrong, in plain words"));
    }

    /** A refused reload: a problem that carries the attempt (its version, counts and every problem). */
    private static Schema<?> refusedReload() {
        return new ComposedSchema().addAllOfItem(new Schema<>().$ref(PROBLEM_REF))
                .addAllOfItem(new Schema<>().$ref("#/components/schemas/ReloadAttempt"));
    }

    @Bean
    OpenApiCustomizer completeDescription() {
        return api -> {
            // added here, not in the OpenAPI bean: springdoc rebuilds the schemas from the controllers
            api.getComponents().addSchemas("ProblemDetail", problemDetail());
            api.getComponents().addSchemas("FieldError", fieldError());
            api.getComponents().addSchemas("RefusedReload", refusedReload());
            api.getComponents().getSchemas().forEach(ApiDocumentation::declareNullable);
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> describeAnswers(path, method, operation)));
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void declareNullable(String name, Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        ALWAYS_PRESENT.getOrDefault(name, List.of()).stream().filter(f -> !required.contains(f)).forEach(required::add);
        schema.setRequired(required.isEmpty() ? null : required);
        Map<String, Schema> properties = schema.getProperties();
        properties.replaceAll((field, property) -> {
            if (required.contains(field)) {
                return property;
            }
            if (property.get$ref() != null) {
                // OpenAPI 3.0 ignores whatever stands beside a $ref: a nullable object is a nullable allOf of it
                return new ComposedSchema().addAllOfItem(new Schema<>().$ref(property.get$ref())).nullable(true);
            }
            return property.nullable(true);
        });
    }

    private static void describeAnswers(String path, PathItem.HttpMethod method, Operation operation) {
        if (!path.startsWith("/api/")) {
            return;
        }
        ApiResponses answers = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(answers);
        boolean decide = method == PathItem.HttpMethod.POST && path.endsWith("/decisions");
        if (decide) {
            example(answers, "200", path.contains("recognition") ? ApiExamples.RECOGNITION_DECISION : ApiExamples.DECISION);
            problem(answers, "400", "bad input: every bad field is named in `errors`", ApiExamples.BAD_INPUT);
            problem(answers, "409", "the Idempotency-Key was used before with another body", ApiExamples.CONFLICT);
            problem(answers, "413", "the body is larger than the service reads", ApiExamples.TOO_LARGE);
            problem(answers, "415", "the body is not application/json", ApiExamples.UNSUPPORTED);
            problem(answers, "503", "the rules did not finish this decision within its limits", ApiExamples.STOPPED);
        } else if (path.equals("/api/v1/decisions")) {
            example(answers, "200", ApiExamples.DECISIONS_OF_SUBJECT);
            problem(answers, "400", "no subjectId, or a limit that is not 1 to " + DecisionController.MAX_LIMIT,
                    ApiExamples.NO_SUBJECT);
        } else if (path.equals("/api/v1/decisions/{decisionId}")) {
            example(answers, "200", ApiExamples.DECISION);
            problem(answers, "404", "no decision with this id", ApiExamples.NOT_FOUND);
        } else if (path.equals("/api/v1/decisions/{decisionId}/replay")) {
            example(answers, "200", ApiExamples.REPLAY);
            problem(answers, "404", "no decision with this id", ApiExamples.NOT_FOUND);
            problem(answers, "409", "the ruleset version it was made with can no longer be rebuilt", ApiExamples.REPLAY_UNAVAILABLE);
        } else if (path.equals("/api/v1/ruleset")) {
            example(answers, "200", ApiExamples.RULESET);
        } else if (path.equals("/api/v1/batches")) {
            problem(answers, "400", "bad order: every bad field is named in `errors`", ApiExamples.BAD_BATCH_ORDER);
        } else if (path.startsWith("/api/v1/batches/{id}")) {
            problem(answers, "400", "the id is not a number", ApiExamples.BAD_BATCH_ID);
            problem(answers, "404", path.endsWith("/report") ? "no such batch, or it has no report yet" : "no such batch",
                    ApiExamples.NO_BATCH);
        }
        problem(answers, "401", "no or wrong credentials", ApiExamples.UNAUTHORIZED);
        problem(answers, "403", "the user's role does not allow this", ApiExamples.FORBIDDEN);
        problem(answers, "429", "too many failed sign-ins: try again after Retry-After seconds", ApiExamples.THROTTLED);
        problem(answers, "500", "the service could not answer (logged, without internals)", ApiExamples.UNEXPECTED);
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
                new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)).example(parse(json)))));
    }

    private static Object parse(String json) {
        return EXAMPLES.readValue(json, Map.class);
    }
}
