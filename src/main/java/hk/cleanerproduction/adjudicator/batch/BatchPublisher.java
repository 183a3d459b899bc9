package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.documents.Letter;
import hk.cleanerproduction.adjudicator.documents.PdfRenderer;
import hk.cleanerproduction.adjudicator.documents.Wording;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.store.DecisionStore;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The last step of a batch: writes decisions.jsonl, decisions.csv, errors.csv, report.html and report.pdf
 * (and, when asked, letters/&lt;subjectId&gt;.pdf for every decided row) from the stored rows, in row order, after the budget and the certificate numbers are applied (both are
 * decided here, from all the rows, in a fixed order, so every rerun gives the same files). Each file
 * is written under a temporary name and then moved into place, so a run killed while writing leaves
 * either the old file or the new one, never half of one; the step is simply done again on restart.
 */
@Component
class BatchPublisher {

    private static final Logger log = LoggerFactory.getLogger(BatchPublisher.class);

    private static final List<String> DECISION_COLUMNS = List.of("row", "decisionId", "subjectId", "kind", "outcome",
            "grantHkd", "level", "score", "certificateNumber", "labelValidFrom", "labelValidUntil", "asOf", "ruleIds",
            "reasonCodes", "rulesetVersion", "decidedAt");
    static final String LETTERS = "letters";
    private static final List<String> ERROR_COLUMNS = List.of("row", "subjectId", "field", "message");

    /** Reads stored decisions back as they were made: decidedAt keeps its Hong Kong offset. */
    private static final JsonMapper STORED = Json.mapper().rebuild()
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();

    private final BatchRowStore rows;
    private final DecisionStore decisions;
    private final ActiveRuleset rules;
    private final Clock clock;
    private final PdfRenderer pdf;
    private final CsvMapper csv = new CsvMapper();
    /**
     * Each page's final decisions commit on their own (the step has no transaction of its own): held in one
     * transaction, 100,000 of them filled a 256 MB heap. A run stopped part way stores the rest when it is
     * done again.
     */
    private final TransactionTemplate pageTransaction;

    BatchPublisher(BatchRowStore rows, DecisionStore decisions, ActiveRuleset rules, Clock clock, PdfRenderer pdf,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.decisions = decisions;
        this.rules = rules;
        this.clock = clock;
        this.pdf = pdf;
        this.pageTransaction = new TransactionTemplate(transactions);
    }

    BatchSummary publish(long jobInstanceId, BatchRequest request, String rulesetVersion) {
        long started = System.nanoTime();
        BudgetAllocation allocation = request.budgetHkd() == null ? null
                : new BudgetAllocation(request.budgetHkd(), BudgetAllocation.budgetExhausted(rules.get(), request.budgetHkd()),
                        rows.inOrderOfReceipt(jobInstanceId, "ELIGIBLE"));
        Map<Integer, String> certificates = request.kind().certificateNumbers(rows.awardees(jobInstanceId));
        ReportCollector report = new ReportCollector(request.kind());
        Wording wording = Wording.of(rules.get().directory());
        Path out = request.out();
        Path letters = out.resolve(LETTERS);
        try {
            Files.createDirectories(out);
            if (request.letters()) {
                Files.createDirectories(letters);
            }
            Path jsonl = temp(out, "decisions.jsonl");
            Path decisionsCsv = temp(out, "decisions.csv");
            Path errorsCsv = temp(out, "errors.csv");
            try (BufferedWriter jsonOut = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
                 SequenceWriter decisionRows = csvWriter(decisionsCsv, DECISION_COLUMNS);
                 SequenceWriter errorRows = csvWriter(errorsCsv, ERROR_COLUMNS)) {
                rows.forEachPageInOrder(jobInstanceId, page -> {
                    // reading back, the budget, certificates and the lines of each row on every core;
                    // the report and the files in row order, on this thread
                    List<PublishedRow> published = page.parallelStream()
                            .map(row -> published(row, allocation, certificates)).toList();
                    if (request.letters()) {
                        published.parallelStream().filter(p -> p.decision() != null)
                                .forEach(p -> writeLetter(letters, p, wording));
                    }
                    // the final decisions go into the decision store, linked to the batch: those publishing changed
                    // (budget, certificate) as they are now, the rest copied as they were stored
                    List<DecisionStore.BatchDecision> changed = published.stream()
                            .filter(p -> p.decision() != null && p.row().hasInput() && p.rewritten())
                            .map(p -> new DecisionStore.BatchDecision(p.row().rowNumber(), p.decision(), p.json())).toList();
                    pageTransaction.executeWithoutResult(status -> {
                        decisions.copyBatchDecisions(jobInstanceId, request.kind().decisionKind().name(),
                                page.get(0).rowNumber(), page.get(page.size() - 1).rowNumber(),
                                changed.stream().map(DecisionStore.BatchDecision::rowNumber).toList());
                        decisions.saveBatch(jobInstanceId, changed);
                    });
                    for (PublishedRow p : published) {
                        BatchRowStore.StoredRow row = p.row();
                        if (p.decision() == null) {
                            report.bad(row.rowNumber(), row.subjectId(), row.errors());
                            for (FieldError e : row.errors()) {
                                errorRows.write(errorRow(row, e));
                            }
                        } else {
                            report.decided(row, p.decision());
                            write(jsonOut, p.json());
                            decisionRows.write(p.csvCells());
                        }
                    }
                });
            }
            BatchSummary summary = report.summary(jobInstanceId, request.input().toString(), out.toString(), rulesetVersion,
                    allocation);
            OffsetDateTime generatedAt = OffsetDateTime.now(clock.withZone(Adjudication.HONG_KONG)).truncatedTo(ChronoUnit.SECONDS);
            String page = HtmlReport.render(summary, report, allocation, wording, generatedAt);
            Path html = temp(out, "report.html");
            Files.writeString(html, page, StandardCharsets.UTF_8);
            long pdfStarted = System.nanoTime();
            Path reportPdf = temp(out, "report.pdf");
            Files.write(reportPdf, pdf.render(page, HtmlReport.title(summary, wording), generatedAt,
                    "report " + jobInstanceId + " " + generatedAt));
            log.info("report.pdf made in {} ms", (System.nanoTime() - pdfStarted) / 1_000_000);
            moveIntoPlace(jsonl, out.resolve("decisions.jsonl"));
            moveIntoPlace(decisionsCsv, out.resolve("decisions.csv"));
            moveIntoPlace(errorsCsv, out.resolve("errors.csv"));
            moveIntoPlace(html, out.resolve("report.html"));
            moveIntoPlace(reportPdf, out.resolve("report.pdf"));
            log.info("Wrote {} rows to {} in {} ms", summary.rows(), out, (System.nanoTime() - started) / 1_000_000);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results to " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * A stored row ready to write: its final decision (null for a bad row), JSON line and CSV cells, and
     * whether that decision must be stored from here rather than copied as the batch stored it (publishing
     * changed it, or it was stored as text, before decisions were stored compressed).
     */
    private record PublishedRow(BatchRowStore.StoredRow row, Decision decision, String json, Map<String, String> csvCells,
            boolean rewritten) {
    }

    private static PublishedRow published(BatchRowStore.StoredRow row, BudgetAllocation allocation,
            Map<Integer, String> certificates) {
        if (!row.errors().isEmpty()) {
            return new PublishedRow(row, null, null, null, false);
        }
        String storedJson = row.decisionJson();
        Decision stored = STORED.readValue(storedJson, Decision.class);
        Decision decision = allocation == null ? stored : allocation.apply(row.rowNumber(), stored);
        String certificate = certificates.get(row.rowNumber());
        if (certificate != null) {
            decision = decision.withCertificateNumber(certificate);
        }
        // unchanged decisions are written exactly as they were stored (and returned)
        String json = decision == stored ? storedJson : Json.mapper().writeValueAsString(decision);
        return new PublishedRow(row, decision, json, decisionRow(row.rowNumber(), decision),
                decision != stored || row.decisionZip() == null);
    }

    /** The letter of one decided row, under a temporary name and then moved into place. */
    private void writeLetter(Path folder, PublishedRow p, Wording wording) {
        String name = fileName(p.decision().subjectId()) + ".pdf";
        Path temp = temp(folder, name);
        try {
            Files.write(temp, new Letter(p.decision(), p.row().subjectName(), p.row().category()).pdf(wording, pdf));
            moveIntoPlace(temp, folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the letter " + folder.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    /** A subject id as a file name: anything but letters, digits, '-', '_' and '.' becomes '_'. */
    static String fileName(String subjectId) {
        String name = subjectId.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.startsWith(".") ? "_" + name.substring(1) : name;
    }

    private static Path temp(Path out, String name) {
        return out.resolve("." + name + ".partial");
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void write(BufferedWriter out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SequenceWriter csvWriter(Path file, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        return csv.writer(schema.build()).writeValues(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    private static Map<String, String> errorRow(BatchRowStore.StoredRow row, FieldError e) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("row", String.valueOf(row.rowNumber()));
        cells.put("subjectId", text(row.subjectId()));
        cells.put("field", e.field());
        cells.put("message", e.message());
        return cells;
    }

    private static Map<String, String> decisionRow(int rowNumber, Decision d) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("row", String.valueOf(rowNumber));
        cells.put("decisionId", d.decisionId());
        cells.put("subjectId", d.subjectId());
        cells.put("kind", d.kind().name());
        cells.put("outcome", d.outcome());
        cells.put("grantHkd", text(d.grantHkd()));
        cells.put("level", text(d.level()));
        cells.put("score", text(d.score()));
        cells.put("certificateNumber", text(d.certificateNumber()));
        cells.put("labelValidFrom", text(d.labelValidFrom()));
        cells.put("labelValidUntil", text(d.labelValidUntil()));
        cells.put("asOf", text(d.asOf()));
        cells.put("ruleIds", d.reasons().stream().map(Reason::ruleId).collect(Collectors.joining(";")));
        cells.put("reasonCodes", d.reasons().stream().map(Reason::code).collect(Collectors.joining(";")));
        cells.put("rulesetVersion", d.rulesetVersion());
        cells.put("decidedAt", text(d.decidedAt()));
        return cells;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
