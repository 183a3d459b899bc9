package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.InputReader;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import hk.cleanerproduction.adjudicator.http.ProblemTypes;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/batches}, {@code GET /api/v1/batches/{id}} (role SECRETARIAT): the ceremony batch
 * over HTTP. A batch reads a file already on the server, under {@code adjudicator.batch.dir} (default:
 * the working folder), and writes its results into a folder there; POST answers 202 at once with the
 * batch id, GET shows its status, progress and, once complete, its summary; the report itself is at
 * {@code /api/v1/batches/{id}/report}. Posting the same batch again returns the same id (it resumes
 * an interrupted run, or is already complete). With {@code "letters": true} it also writes
 * {@code letters/<subjectId>.pdf} under {@code out}, as the command's {@code --letters} does; asked of a
 * batch already complete without them, it writes them in the background ({@code letters} in the view
 * turns true when they are all there).
 */
@RestController
@RequestMapping("/api/v1/batches")
@Tag(name = "Batches", description = "Ceremony batches (secretariat)")
class BatchController {

    private static final String ORDER_EXAMPLE = """
            {"kind": "recognition", "input": "test-data/recognition/nominations-2024.csv", "out": "out/ceremony-2024", "budgetHkd": null,
             "letters": true}""";

    private static final String STARTED_EXAMPLE = """
            {"batchId": 1, "executionId": 1, "status": "STARTING", "kind": "RECOGNITION",
             "input": "/srv/adjudicator/test-data/recognition/nominations-2024.csv", "out": "/srv/adjudicator/out/ceremony-2024",
             "budgetHkd": null, "letters": false, "totalRows": 240, "rowsDone": 0,
             "startedAt": null, "endedAt": null, "summary": null}""";

    private static final InputReader ORDERS = new InputReader();

    private static final String VIEW_EXAMPLE = """
            {"batchId": 1, "executionId": 1, "status": "COMPLETED", "kind": "RECOGNITION",
             "input": "/srv/adjudicator/test-data/recognition/nominations-2024.csv", "out": "/srv/adjudicator/out/ceremony-2024",
             "budgetHkd": null, "letters": true, "totalRows": 240, "rowsDone": 240,
             "startedAt": "2026-10-20T09:00:00", "endedAt": "2026-10-20T09:00:04",
             "summary": {"jobInstanceId": 1, "kind": "RECOGNITION", "rulesetVersion": "2025.1-2d8067ce", "rows": 240,
                         "decided": 240, "badRows": 0, "byOutcome": {"AWARDED": 215, "NOT_AWARDED": 25}}}""";

    private final CeremonyBatch batches;
    private final Path baseDir;

    /**
     * @param baseDir taken as text: Spring turns a {@code Path} setting such as "." into a resource of the
     *                servlet container, whose folder is a temporary one of Tomcat's, not the working folder
     */
    BatchController(CeremonyBatch batches, @Value("${adjudicator.batch.dir:}") String baseDir) {
        this.batches = batches;
        this.baseDir = Path.of(baseDir).toAbsolutePath().normalize();
    }

    /**
     * @param kind      funding or recognition
     * @param input     the .csv or .jsonl file, relative to adjudicator.batch.dir
     * @param out       the folder for decisions.jsonl, decisions.csv, errors.csv and report.html
     * @param budgetHkd funding only: fund ELIGIBLE applications in order of receipt up to this total
     * @param letters   also write letters/&lt;subjectId&gt;.pdf under out, one letter per decided row (default false)
     */
    public record BatchOrder(String kind, String input, String out, Long budgetHkd,
            @Schema(description = "also write letters/<subjectId>.pdf under out: a letter in English and Chinese for every "
                    + "decided row, as the command's --letters (default false)")
            Boolean letters) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "startBatch",
            summary = "Start (or resume) a batch over a file on the server; the same order returns the same batch",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = BatchOrder.class),
                    examples = @ExampleObject(name = "2024 ceremony", value = ORDER_EXAMPLE))))
    @ApiResponse(responseCode = "202", description = "accepted: decided in the background; poll the Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CeremonyBatch.BatchView.class),
                    examples = @ExampleObject(name = "started", value = STARTED_EXAMPLE)))
    ResponseEntity<CeremonyBatch.BatchView> start(@io.swagger.v3.oas.annotations.Parameter(hidden = true) @RequestBody String body) {
        // read like a decision's input, so that a word where the budget belongs is named with the other bad fields
        BatchOrder order;
        List<FieldError> unreadable = List.of();
        try {
            order = ORDERS.read(body, BatchOrder.class);
        } catch (InvalidInputException e) {
            if (!(e.partialInput() instanceof BatchOrder partial)) {
                throw e;
            }
            order = partial;
            unreadable = e.errors();
        }
        BatchRequest request = validated(order, unreadable);
        long id = batches.submit(request);
        return ResponseEntity.accepted().location(URI.create("/api/v1/batches/" + id)).body(view(id));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getBatch", summary = "A batch: its status, progress and (when complete) its summary")
    @ApiResponse(responseCode = "200", description = "the batch",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CeremonyBatch.BatchView.class),
                    examples = @ExampleObject(name = "complete", value = VIEW_EXAMPLE)))
    CeremonyBatch.BatchView get(@PathVariable long id) {
        return view(id);
    }

    /**
     * Written here rather than negotiated: the report is HTML whatever the client accepts, and a client that
     * accepts only problem+json (as a generated one does for its errors) gets it rather than a 406.
     */
    @GetMapping("/{id}/report")
    @Operation(operationId = "getBatchReport", summary = "The printable report of a complete batch")
    // a page to save or show, not a JSON string: described as a file so that a generated client keeps its bytes
    @ApiResponse(responseCode = "200", description = "report.html",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string", format = "binary"), examples = @ExampleObject(name = "report",
                    value = "<!DOCTYPE html><html lang=\"en\"><head><title>Recognition batch</title></head><body><h1>…</h1></body></html>")))
    void report(@PathVariable long id, HttpServletResponse response) throws IOException {
        CeremonyBatch.BatchView view = view(id);
        Path report = Path.of(view.out()).resolve("report.html");
        if (view.summary() == null || !Files.isRegularFile(report)) {
            throw new BatchNotFoundException("batch " + id + " has no report yet (status " + view.status() + ")");
        }
        byte[] html = Files.readAllBytes(report);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }

    private CeremonyBatch.BatchView view(long id) {
        return batches.find(id).orElseThrow(() -> new BatchNotFoundException("no batch " + id));
    }

    private BatchRequest validated(BatchOrder order, List<FieldError> unreadable) {
        List<FieldError> errors = new ArrayList<>(unreadable);
        if (order == null) {
            throw new BadBatchOrderException(List.of(new FieldError("$", "must be a JSON object")));
        }
        BatchKind kind = null;
        if (order.kind() == null || order.kind().isBlank()) {
            errors.add(new FieldError("kind", "must be funding or recognition"));
        } else {
            try {
                kind = BatchKind.valueOf(order.kind().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "'" + order.kind() + "' is not one of funding, recognition"));
            }
        }
        Path input = inside("input", order.input(), errors);
        Path out = inside("out", order.out(), errors);
        if (input != null && !Files.isRegularFile(input)) {
            errors.add(new FieldError("input", "no such file under the batch folder"));
        } else if (input != null && !input.toString().endsWith(".csv") && !input.toString().endsWith(".jsonl")) {
            errors.add(new FieldError("input", "must be a .csv or a .jsonl file"));
        }
        if (order.budgetHkd() != null && order.budgetHkd() < 0) {
            errors.add(new FieldError("budgetHkd", "must not be negative"));
        } else if (order.budgetHkd() != null && kind == BatchKind.RECOGNITION) {
            errors.add(new FieldError("budgetHkd", "applies to funding batches only"));
        }
        if (!errors.isEmpty()) {
            throw new BadBatchOrderException(errors);
        }
        return new BatchRequest(kind, input, out, order.budgetHkd(), Boolean.TRUE.equals(order.letters()));
    }

    /** A path under the batch folder: the API never reads or writes anywhere else on the server. */
    private Path inside(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
            return null;
        }
        Path path = baseDir.resolve(value).normalize();
        if (!path.startsWith(baseDir)) {
            errors.add(new FieldError(field, "must be inside the batch folder"));
            return null;
        }
        return path;
    }

    @ExceptionHandler
    ProblemDetail unreadableOrder(InvalidInputException e) {
        return badOrder(new BadBatchOrderException(e.errors()));
    }

    @ExceptionHandler
    ProblemDetail badOrder(BadBatchOrderException e) {
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_INPUT, "Bad input",
                e.errors.size() + " bad field(s): the batch cannot start.");
        problem.setProperty("errors", e.errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badInput(BatchInputException e) {
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_INPUT, "Bad input", e.getMessage());
        problem.setProperty("errors", List.of(new FieldError("input", e.getMessage())));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(BatchNotFoundException e) {
        return ProblemTypes.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not Found", e.getMessage());
    }

    static final class BadBatchOrderException extends RuntimeException {
        private final transient List<FieldError> errors;

        BadBatchOrderException(List<FieldError> errors) {
            super(errors.toString());
            this.errors = errors;
        }
    }

    static final class BatchNotFoundException extends RuntimeException {
        BatchNotFoundException(String message) {
            super(message);
        }
    }
}
