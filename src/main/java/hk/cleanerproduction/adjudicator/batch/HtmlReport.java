package hk.cleanerproduction.adjudicator.batch;

import static hk.cleanerproduction.adjudicator.documents.Xhtml.esc;

import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.decision.Amounts;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.documents.Lang;
import hk.cleanerproduction.adjudicator.documents.Wording;
import hk.cleanerproduction.adjudicator.documents.Xhtml;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The batch report: one XHTML page that is both report.html (a browser prints it) and the source of
 * report.pdf. English and Traditional Chinese side by side, in the officers' wording
 * ({@code rules/documents/report.properties}), names instead of codes, the counts, the budget allocation
 * or the awardees with their certificate numbers and label validity, and every refusal with its reasons.
 * Every value from the data or the wording is escaped.
 */
final class HtmlReport {

    private static final String STYLE = """
            h1 { font-size: 15pt; margin: 0 0 2mm 0; } h1 .zh { font-size: 13pt; }
            h2 { font-size: 12pt; margin: 6mm 0 2mm 0; border-bottom: 1px solid #999; page-break-after: avoid; }
            .meta { color: #333; font-size: 9pt; margin: 0; }
            table { border-collapse: collapse; margin: 2mm 0; width: 100%; -fs-table-paginate: paginate; }
            caption { text-align: left; font-weight: bold; padding: 1mm 0; }
            th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; font-size: 8.5pt; }
            th { background: #eee; } tr { page-break-inside: avoid; }
            td.n, th.n { text-align: right; } .zh { color: #333; } .note { color: #555; font-size: 8.5pt; }
            .nowrap { white-space: nowrap; } .reason { margin-bottom: 1mm; }
            """;

    private final StringBuilder html = new StringBuilder(64 * 1024);
    private final Wording wording;

    private HtmlReport(Wording wording) {
        this.wording = wording;
    }

    /** @param generatedAt when the report was made (printed on it) */
    static String render(BatchSummary summary, ReportCollector report, BudgetAllocation allocation, Wording wording,
            OffsetDateTime generatedAt) {
        return new HtmlReport(wording).page(summary, report, allocation, generatedAt);
    }

    /** The report's title in English, for the PDF's properties. */
    static String title(BatchSummary summary, Wording wording) {
        return wording.text("report.title." + summary.kind(), Lang.EN);
    }

    private String page(BatchSummary s, ReportCollector report, BudgetAllocation allocation, OffsetDateTime generatedAt) {
        boolean recognition = BatchKind.RECOGNITION.name().equals(s.kind());
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(title(s, wording))).append("</title><style>\n").append(Xhtml.pageStyle(wording)).append(STYLE)
                .append("</style></head><body>\n");
        html.append("<h1>").append(esc(wording.text("report.title." + s.kind(), Lang.EN))).append("<br/><span class=\"zh\" lang=\"zh-Hant\">")
                .append(esc(wording.text("report.title." + s.kind(), Lang.ZH))).append("</span></h1>\n");
        String dates = dates(report.firstAsOf(), report.lastAsOf(), Lang.EN);
        if (!dates.isEmpty()) {
            meta(recognition ? "report.ceremony-date" : "report.run-date", Map.of("date", "%s"), lang -> dates(report.firstAsOf(),
                    report.lastAsOf(), lang));
        }
        String input = java.nio.file.Path.of(s.input()).getFileName().toString();
        meta("report.input", Map.of("input", input), null);
        meta("report.ruleset", Map.of("rulesetVersion", s.rulesetVersion()), null);
        meta("report.generated-at", Map.of("time", "%s"), lang -> wording.date(generatedAt.toLocalDate(), lang) + " "
                + generatedAt.format(DateTimeFormatter.ofPattern("HH:mm")) + " (UTC" + generatedAt.getOffset() + ")");
        meta("report.rows", Map.of("rows", String.valueOf(s.rows()), "decided", String.valueOf(s.decided()), "bad",
                String.valueOf(s.badRows())), null);
        outcomes(s, recognition);
        if (s.byCategory() != null) {
            categories(s.byCategory());
        }
        if (allocation != null) {
            allocation(allocation);
        }
        if (!report.awardees().isEmpty()) {
            awardees(report.awardees());
        }
        reasons(s.reasons());
        refusals(report, recognition);
        badRows(report.badRows(), s.badRows());
        html.append("</body></html>\n");
        return html.toString();
    }

    /** One line of the head in both languages; {@code perLang} fills a "%s" value that differs by language. */
    private void meta(String key, Map<String, String> values, java.util.function.Function<Lang, String> perLang) {
        html.append("<p class=\"meta\">");
        for (Lang lang : Lang.values()) {
            Map<String, String> filled = values;
            if (perLang != null) {
                String value = perLang.apply(lang);
                filled = values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().equals("%s") ? value : e.getValue()));
            }
            String text = esc(wording.text(key, lang, filled));
            html.append(lang == Lang.ZH ? " · <span class=\"zh\" lang=\"zh-Hant\">" + text + "</span>" : text);
        }
        html.append("</p>\n");
    }

    private String dates(LocalDate first, LocalDate last, Lang lang) {
        if (first == null) {
            return "";
        }
        return first.equals(last) ? wording.date(first, lang) : wording.date(first, lang) + " – " + wording.date(last, lang);
    }

    private void heading(String key) {
        html.append("<h2>").append(esc(wording.text("report.heading." + key, Lang.EN))).append(" <span class=\"zh\" lang=\"zh-Hant\">")
                .append(esc(wording.text("report.heading." + key, Lang.ZH))).append("</span></h2>\n");
    }

    /** A table head whose cells name their column in both languages; repeated on every printed page. */
    private void head(String... columns) {
        html.append("<thead><tr>");
        for (String column : columns) {
            boolean number = column.startsWith("#");
            String key = number ? column.substring(1) : column;
            html.append(number ? "<th class=\"n\">" : "<th>").append(both("report.column." + key)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
    }

    private String both(String key) {
        return esc(wording.text(key, Lang.EN)) + "<br/><span class=\"zh\" lang=\"zh-Hant\">" + esc(wording.text(key, Lang.ZH))
                + "</span>";
    }

    private String name(String group, String code) {
        return esc(wording.name(group, code, Lang.EN)) + "<br/><span class=\"zh\" lang=\"zh-Hant\">"
                + esc(wording.name(group, code, Lang.ZH)) + "</span>";
    }

    private void outcomes(BatchSummary s, boolean recognition) {
        heading("outcomes");
        html.append("<table>");
        if (recognition) {
            head("outcome", "#decisions");
        } else {
            head("outcome", "#decisions", "#grants");
        }
        s.byOutcome().forEach((outcome, n) -> {
            html.append("<tr><td>").append(name("outcome", outcome)).append("</td><td class=\"n\">").append(n).append("</td>");
            if (!recognition) {
                html.append("<td class=\"n\">").append(money(s.grantsHkd().getOrDefault(outcome, 0L))).append("</td>");
            }
            html.append("</tr>\n");
        });
        html.append("</tbody></table>\n");
        Long eligible = s.grantsHkd().get("ELIGIBLE");
        if (!recognition && eligible != null) {
            paragraph("report.total-grants", Map.of("grant", money(eligible)));
        }
    }

    private void paragraph(String key, Map<String, String> values) {
        html.append("<p>").append(esc(wording.text(key, Lang.EN, values))).append("<br/><span class=\"zh\" lang=\"zh-Hant\">")
                .append(esc(wording.text(key, Lang.ZH, values))).append("</span></p>\n");
    }

    private void categories(Map<String, Map<String, Long>> byCategory) {
        List<String> columns = List.of("EXCELLENT_PARTNER", "PARTNER", "NOT_AWARDED");
        heading("by-category");
        html.append("<table><thead><tr><th>").append(both("report.column.category")).append("</th>");
        columns.forEach(c -> html.append("<th class=\"n\">").append(name(c.equals("NOT_AWARDED") ? "outcome" : "level", c)).append("</th>"));
        html.append("<th class=\"n\">").append(both("report.column.total")).append("</th></tr></thead>\n<tbody>\n");
        byCategory.forEach((category, levels) -> {
            html.append("<tr><td>").append(name("category", category)).append("</td>");
            columns.forEach(c -> html.append("<td class=\"n\">").append(levels.getOrDefault(c, 0L)).append("</td>"));
            html.append("<td class=\"n\">").append(levels.values().stream().mapToLong(Long::longValue).sum()).append("</td></tr>\n");
        });
        html.append("</tbody></table>\n");
    }

    private void allocation(BudgetAllocation a) {
        heading("budget");
        paragraph("report.budget.summary", Map.of("budget", money(a.budgetHkd()), "allocated", money(a.allocatedHkd()),
                "funded", String.valueOf(a.funded().size()), "left", money(a.budgetHkd() - a.allocatedHkd()),
                "waitlisted", String.valueOf(a.waitlisted().size())));
        allocationTable("funded", a.funded());
        allocationTable("waitlisted", a.waitlisted());
    }

    private void allocationTable(String caption, List<BatchRowStore.Candidate> candidates) {
        html.append("<table><caption>").append(both("report.heading." + caption)).append("</caption>");
        head("#number", "application", "received", "#grant");
        int shown = Math.min(candidates.size(), ReportCollector.LISTED);
        for (int i = 0; i < shown; i++) {
            BatchRowStore.Candidate c = candidates.get(i);
            html.append("<tr><td class=\"n\">").append(i + 1).append("</td><td class=\"nowrap\">").append(esc(c.subjectId()))
                    .append("</td><td class=\"nowrap\">").append(c.receivedOn()).append("</td><td class=\"n\">")
                    .append(money(c.grantHkd())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        leftOut(candidates.size() - shown);
    }

    private void awardees(List<ReportCollector.Awardee> awardees) {
        heading("awardees");
        Map<String, List<ReportCollector.Awardee>> byCategory = awardees.stream()
                .collect(Collectors.groupingBy(ReportCollector.Awardee::category, TreeMap::new, Collectors.toList()));
        byCategory.forEach((category, list) -> {
            html.append("<table><caption>").append(esc(wording.name("category", category, Lang.EN))).append(" · <span class=\"zh\" lang=\"zh-Hant\">")
                    .append(esc(wording.name("category", category, Lang.ZH))).append("</span> (").append(list.size()).append(")</caption>");
            head("certificate", "level", "nomination", "enterprise", "#score", "label-valid");
            // a printed list past a thousand a category helps nobody, and laid out as a PDF it would not fit
            // in memory: every awardee is in decisions.csv
            for (ReportCollector.Awardee a : list.subList(0, Math.min(list.size(), ReportCollector.LISTED))) {
                html.append("<tr><td class=\"nowrap\">").append(esc(a.certificateNumber())).append("</td><td>").append(name("level", a.level()))
                        .append("</td><td class=\"nowrap\">").append(esc(a.subjectId())).append("</td><td>").append(esc(a.name()))
                        .append("</td><td class=\"n\">").append(a.score() == null ? "" : a.score()).append("</td><td class=\"nowrap\">")
                        .append(a.validFrom()).append(" – ").append(a.validUntil()).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
            leftOut(list.size() - Math.min(list.size(), ReportCollector.LISTED));
        });
    }

    private void reasons(List<BatchSummary.ReasonCount> reasons) {
        heading("reasons");
        html.append("<table>");
        head("rule", "reason", "effect", "#times");
        for (BatchSummary.ReasonCount r : reasons) {
            html.append("<tr><td class=\"nowrap\">").append(esc(r.ruleId())).append("</td><td>").append(name("reason", r.code()))
                    .append("<div class=\"note\">").append(esc(r.message())).append("<br/><span lang=\"zh-Hant\">")
                    .append(esc(r.messageZh())).append("</span></div></td><td>").append(name("effect", r.effect()))
                    .append("</td><td class=\"n\">").append(r.count()).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        html.append("<p class=\"note\">").append(esc(wording.text("report.reasons.note", Lang.EN))).append("<br/><span lang=\"zh-Hant\">")
                .append(esc(wording.text("report.reasons.note", Lang.ZH))).append("</span></p>\n");
    }

    private void refusals(ReportCollector report, boolean recognition) {
        if (report.refusals().isEmpty()) {
            return;
        }
        heading("refusals");
        html.append("<table>");
        head("id", "name", "outcome", "reasons");
        for (ReportCollector.Refusal r : report.refusals()) {
            html.append("<tr><td><span class=\"nowrap\">").append(esc(r.subjectId())).append("</span>");
            if (recognition && r.category() != null) {
                html.append("<br/>").append(name("category", r.category()));
            }
            html.append("</td><td>").append(esc(r.name())).append("</td><td>").append(name("outcome", r.outcome())).append("</td><td>");
            for (Reason reason : r.reasons()) {
                html.append("<div class=\"reason\"><b>").append(esc(reason.ruleId())).append(" · ")
                        .append(esc(wording.name("reason", reason.code(), Lang.EN))).append("</b>: ").append(esc(reason.message()))
                        .append("<br/><span class=\"zh\" lang=\"zh-Hant\"><b>").append(esc(wording.name("reason", reason.code(), Lang.ZH)))
                        .append("</b>：").append(esc(reason.messageZh())).append("</span></div>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        leftOut(report.refusalsLeftOut());
    }

    private void badRows(List<ReportCollector.BadRow> rows, long total) {
        if (rows.isEmpty()) {
            return;
        }
        heading("bad-rows");
        html.append("<table>");
        head("#row", "id", "field", "problem");
        for (ReportCollector.BadRow row : rows) {
            for (FieldError e : row.errors()) {
                html.append("<tr><td class=\"n\">").append(row.rowNumber()).append("</td><td class=\"nowrap\">").append(esc(row.subjectId()))
                        .append("</td><td>").append(esc(e.field())).append("</td><td>").append(esc(e.message())).append("</td></tr>\n");
            }
        }
        html.append("</tbody></table>\n");
        leftOut(total - rows.size());
    }

    private void leftOut(long n) {
        if (n > 0) {
            Map<String, String> count = Map.of("count", String.valueOf(n));
            html.append("<p class=\"note\">").append(esc(wording.text("report.left-out", Lang.EN, count))).append("<br/><span lang=\"zh-Hant\">")
                    .append(esc(wording.text("report.left-out", Lang.ZH, count))).append("</span></p>\n");
        }
    }

    private static String money(long hkd) {
        return Amounts.grouped(hkd);
    }
}
