package hk.cleanerproduction.adjudicator.http;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.funding.FundingApplication;
import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import hk.cleanerproduction.adjudicator.recognition.Nomination;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decisions over HTTP: one application or nomination in, one explained decision out, stored before
 * it is returned. The body is read here as text and bound by the same {@link InputReader} as the
 * command line, so HTTP and CLI name bad fields identically.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Decisions", description = "Decide funding applications and nominations; read and replay stored decisions")
class DecisionController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final DecisionService decisions;
    private final DecisionReplay replays;
    private final DecisionLetters letters;
    private final RequestBodies bodies;

    DecisionController(DecisionService decisions, DecisionReplay replays, DecisionLetters letters, RequestBodies bodies) {
        this.decisions = decisions;
        this.replays = replays;
        this.letters = letters;
        this.bodies = bodies;
    }

    @PostMapping(path = "/funding/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "decideFunding", summary = "Decide one funding application", description = ApiExamples.DECIDE_DESCRIPTION,
            requestBody = @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(
                                    implementation = FundingApplication.class),
                            examples = @ExampleObject(name = "eligible",
                                    value = ApiExamples.FUNDING_APPLICATION))))
    @ApiResponse(responseCode = "200", description = "the decision, stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Decision.class)))
    @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY, schema = @Schema(type = "string"),
            example = "form-7d3f0c52-submit-1", description = ApiExamples.IDEMPOTENCY_KEY_DESCRIPTION)
    void decideFunding(HttpServletRequest request, HttpServletResponse response) throws IOException {
        decide(DecisionKind.FUNDING, request, response);
    }

    @PostMapping(path = "/recognition/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "decideRecognition", summary = "Decide one Recognition Scheme nomination", description = ApiExamples.DECIDE_DESCRIPTION,
            requestBody = @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = Nomination.class),
                            examples = @ExampleObject(name = "excellent partner",
                                    value = ApiExamples.NOMINATION))))
    @ApiResponse(responseCode = "200", description = "the decision, stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Decision.class)))
    @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_KEY, schema = @Schema(type = "string"),
            example = "form-7d3f0c52-submit-1", description = ApiExamples.IDEMPOTENCY_KEY_DESCRIPTION)
    void decideRecognition(HttpServletRequest request, HttpServletResponse response) throws IOException {
        decide(DecisionKind.RECOGNITION, request, response);
    }

    @GetMapping("/decisions")
    @Operation(operationId = "listDecisionsOfSubject", summary = "The stored decisions about one applicant or nominee, newest first",
            description = "Each decision exactly as it was returned. At most `limit` (1 to " + MAX_LIMIT + ", default "
                    + DEFAULT_LIMIT + "); a subject without decisions gives an empty list.")
    @Parameter(in = ParameterIn.QUERY, name = "subjectId", required = true, schema = @Schema(type = "string"),
            example = "CP25-000123", description = "the applicant's or nominee's id, as in its decisions' `subjectId`")
    @Parameter(in = ParameterIn.QUERY, name = "limit", schema = @Schema(type = "integer", minimum = "1", maximum = "" + MAX_LIMIT),
            example = "20", description = "the most decisions to answer (the newest)")
    @ApiResponse(responseCode = "200", description = "the subject's decisions, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DecisionsOfSubject.class)))
    void decisionsOfSubject(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String subjectId = request.getParameter("subjectId");
        String limit = request.getParameter("limit");
        List<FieldError> errors = new ArrayList<>();
        if (subjectId == null || subjectId.isBlank()) {
            errors.add(new FieldError("subjectId", "is required: the applicant's or nominee's id"));
        }
        int max = limit == null ? DEFAULT_LIMIT : parsedLimit(limit);
        if (max < 1) {
            errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // the stored JSON of each decision as it is, so that the list says exactly what was returned
        String json = "{\"decisions\":[" + String.join(",", decisions.about(subjectId.strip(), max)) + "]}";
        writeJson(response, json.getBytes(StandardCharsets.UTF_8));
    }

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    /** The limit asked for, or 0 when it is not a whole number from 1 to {@link #MAX_LIMIT}. */
    private static int parsedLimit(String limit) {
        try {
            int n = Integer.parseInt(limit.strip());
            return n <= MAX_LIMIT ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The answer of {@code GET /api/v1/decisions?subjectId=}: written from the stored JSON, described by this. */
    @Schema(name = "DecisionsOfSubject")
    record DecisionsOfSubject(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Decision> decisions) {
    }

    @GetMapping("/decisions/{decisionId}")
    @Operation(operationId = "getDecision", summary = "A stored decision, exactly as it was returned")
    @ApiResponse(responseCode = "200", description = "the stored decision, byte for byte as it was returned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Decision.class)))
    void decision(@PathVariable String decisionId, HttpServletResponse response) throws IOException {
        writeJson(response, decisions.stored(decisionId).decisionJson().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/decisions/{decisionId}/letter",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(operationId = "getDecisionLetter", summary = "The letter to the enterprise about a stored decision, in English and Traditional Chinese",
            description = "The same letter a batch writes with `--letters`: the outcome, every reason that is not INFO "
                    + "with its rule id and source, the decision id and ruleset version. The same decision gives the same bytes.")
    @ApiResponse(responseCode = "200", description = "the letter (A4, with the Chinese font embedded)",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"),
                    examples = @ExampleObject(name = "letter", summary = "a PDF document", value = "%PDF-1.4 …")))
    void letter(@PathVariable String decisionId, HttpServletResponse response) throws IOException {
        byte[] pdf = letters.letter(decisionId);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"letter-" + decisionId + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    @GetMapping("/decisions/{decisionId}/replay")
    @Operation(operationId = "replayDecision", summary = "Decide a stored decision again under the ruleset version it was made with",
            description = "Nothing is stored. `agrees` is true when the new decision says the same as the stored "
                    + "one (all but its id and time); `differences` names the fields that differ.")
    @ApiResponse(responseCode = "200", description = "the stored and the replayed decision, and whether they agree",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Replay.class)))
    Replay replay(@PathVariable String decisionId) {
        return replays.replay(decisionId);
    }

    /**
     * Reads the request and writes the answer itself rather than through Spring MVC's arguments and
     * return values: on the service's busiest path, resolving a header argument (a data binder and an
     * expression per request) and handling a {@code ResponseEntity} (choosing a return value handler,
     * negotiating the content type) cost ~10% of its CPU (docs/performance.md). The Idempotency-Key header
     * is documented by the {@code @Parameter} on each endpoint.
     */
    private void decide(DecisionKind kind, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = bodies.read(request.getContentLengthLong(), request.getInputStream());
        String json = RequestBodies.text(body);
        Object input = decisions.read(kind, json);
        String idempotencyKey = request.getHeader(IDEMPOTENCY_KEY);
        Idempotency idempotency = idempotencyKey == null ? null
                : new Idempotency(request.getUserPrincipal().getName(), checked(idempotencyKey), RequestBodies.sha256(body));
        DecisionService.Decided decided = decisions.decide(kind, input, json, idempotency);
        response.setHeader(HttpHeaders.LOCATION, "/api/v1/decisions/" + decided.decisionId());
        if (decided.repeated()) {
            response.setHeader("Idempotent-Replayed", "true");
        }
        writeJson(response, decided.json());
    }

    private static void writeJson(HttpServletResponse response, byte[] json) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private static String checked(String key) {
        if (key.isBlank() || key.length() > Idempotency.MAX_KEY_LENGTH) {
            throw new InvalidInputException(List.of(
                    new FieldError(IDEMPOTENCY_KEY,
                            "must be 1 to " + Idempotency.MAX_KEY_LENGTH + " characters")));
        }
        return key;
    }

}
