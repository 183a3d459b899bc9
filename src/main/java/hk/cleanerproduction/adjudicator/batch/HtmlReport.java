package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.decision.Amounts;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * report.html: one printable page (A4, no scripts, no external files) with the counts, the budget
 * allocation or the awardees with their certificate numbers, and every refusal with its reasons in
 * English and Traditional Chinese. Every value from the data is escaped.
 */
final class HtmlReport {

    private static final String STYLE = """
            body { font-family: "Noto Sans", "Noto Sans CJK TC", "Microsoft JhengHei", Arial, sans-serif; font-size: 10pt; margin: 1.5em; }
            h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.5em; border-bottom: 1px solid #999; }
            table { border-collapse: collapse; margin: .5em 0; } th, td { border: 1px solid #bbb; padding: 2px 6px; text-align: left; vertical-align: top; }
            td.n, th.n { text-align: right; } .zh { color: #333; } .note { color: #555; font-size: 9pt; }
            @media print { @page { size: A4; margin: 15mm; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
            """;

    private final StringBuilder html = new StringBuilder();

    static String render(BatchSummary summary, ReportCollector report, BudgetAllocation allocation) {
        return new HtmlReport().page(summary, report, allocation);
    }

    private String page(BatchSummary s, ReportCollector report, BudgetAllocation allocation) {
        String title = ("RECOGNITION".equals(s.kind()) ? "Recognition Scheme ceremony batch" : "CPPP funding batch");
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>").append(esc(title))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>").append(esc(title)).append("</h1>\n<p>Input <code>").append(esc(s.input()))
                .append("</code>, rules <code>").append(esc(s.rulesetVersion())).append("</code>. ")
                .append(s.rows()).append(" rows: ").append(s.decided()).append(" decided, ").append(s.badRows())
                .append(" with bad fields (errors.csv).</p>\n");
        outcomes(s);
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
        refusals(report);
        badRows(report.badRows(), s.badRows());
        html.append("</body></html>\n");
        return html.toString();
    }

    private void outcomes(BatchSummary s) {
        html.append("<h2>Outcomes</h2>\n<table><tr><th>outcome</th><th class=\"n\">decisions</th><th class=\"n\">grants (HK$)</th></tr>\n");
        s.byOutcome().forEach((outcome, n) -> html.append("<tr><td>").append(esc(outcome)).append("</td><td class=\"n\">")
                .append(n).append("</td><td class=\"n\">").append(money(s.grantsHkd().getOrDefault(outcome, 0L)))
                .append("</td></tr>\n"));
        html.append("</table>\n");
        Long eligible = s.grantsHkd().get("ELIGIBLE");
        if (eligible != null) {
            html.append("<p>Total grants of the ELIGIBLE applications: <b>HK$").append(money(eligible)).append("</b></p>\n");
        }
    }

    private void categories(Map<String, Map<String, Long>> byCategory) {
        List<String> columns = List.of("EXCELLENT_PARTNER", "PARTNER", "NOT_AWARDED");
        html.append("<h2>By category and level</h2>\n<table><tr><th>category</th>");
        columns.forEach(c -> html.append("<th class=\"n\">").append(esc(c)).append("</th>"));
        html.append("<th class=\"n\">total</th></tr>\n");
        byCategory.forEach((category, levels) -> {
            html.append("<tr><td>").append(esc(category)).append("</td>");
            columns.forEach(c -> html.append("<td class=\"n\">").append(levels.getOrDefault(c, 0L)).append("</td>"));
            html.append("<td class=\"n\">").append(levels.values().stream().mapToLong(Long::longValue).sum()).append("</td></tr>\n");
        });
        html.append("</table>\n");
    }

    private void allocation(BudgetAllocation a) {
        html.append("<h2>Budget allocation</h2>\n<p>Budget HK$").append(money(a.budgetHkd())).append(": HK$")
                .append(money(a.allocatedHkd())).append(" to ").append(a.funded().size())
                .append(" ELIGIBLE applications in order of receipt (then application id), HK$")
                .append(money(a.budgetHkd() - a.allocatedHkd())).append(" left; ").append(a.waitlisted().size())
                .append(" WAITLIST.</p>\n");
        allocationTable("Funded", a.funded());
        allocationTable("Waitlisted", a.waitlisted());
    }

    private void allocationTable(String caption, List<BatchRowStore.Candidate> candidates) {
        html.append("<table><caption>").append(caption).append("</caption><tr><th class=\"n\">#</th><th>application</th>")
                .append("<th>received</th><th class=\"n\">grant (HK$)</th></tr>\n");
        int shown = Math.min(candidates.size(), ReportCollector.LISTED);
        for (int i = 0; i < shown; i++) {
            BatchRowStore.Candidate c = candidates.get(i);
            html.append("<tr><td class=\"n\">").append(i + 1).append("</td><td>").append(esc(c.subjectId())).append("</td><td>")
                    .append(c.receivedOn()).append("</td><td class=\"n\">").append(money(c.grantHkd())).append("</td></tr>\n");
        }
        html.append("</table>\n");
        leftOut(candidates.size() - shown);
    }

    private void awardees(List<ReportCollector.Awardee> awardees) {
        html.append("<h2>Awardees</h2>\n");
        Map<String, List<ReportCollector.Awardee>> byCategory = awardees.stream()
                .collect(Collectors.groupingBy(ReportCollector.Awardee::category, java.util.TreeMap::new, Collectors.toList()));
        byCategory.forEach((category, list) -> {
            html.append("<table><caption>").append(esc(category)).append(" (").append(list.size()).append(")</caption>")
                    .append("<tr><th>certificate</th><th>level</th><th>nomination</th><th>enterprise</th><th class=\"n\">score</th>")
                    .append("<th>label valid</th></tr>\n");
            for (ReportCollector.Awardee a : list) {
                html.append("<tr><td>").append(esc(a.certificateNumber())).append("</td><td>").append(esc(a.level()))
                        .append("</td><td>").append(esc(a.subjectId())).append("</td><td>").append(esc(a.name()))
                        .append("</td><td class=\"n\">").append(a.score() == null ? "" : a.score()).append("</td><td>")
                        .append(a.validFrom()).append(" – ").append(a.validUntil()).append("</td></tr>\n");
            }
            html.append("</table>\n");
        });
    }

    private void reasons(List<BatchSummary.ReasonCount> reasons) {
        html.append("<h2>Reasons</h2>\n<table><tr><th>rule</th><th>code</th><th>effect</th><th class=\"n\">times</th>")
                .append("<th>message</th></tr>\n");
        for (BatchSummary.ReasonCount r : reasons) {
            html.append("<tr><td>").append(esc(r.ruleId())).append("</td><td>").append(esc(r.code())).append("</td><td>")
                    .append(esc(r.effect())).append("</td><td class=\"n\">").append(r.count()).append("</td><td>")
                    .append(esc(r.message())).append("<br><span class=\"zh\" lang=\"zh-Hant\">").append(esc(r.messageZh()))
                    .append("</span></td></tr>\n");
        }
        html.append("</table>\n<p class=\"note\">Messages with amounts show the first decision's wording; each decision in decisions.jsonl carries its own.</p>\n");
    }

    private void refusals(ReportCollector report) {
        if (report.refusals().isEmpty()) {
            return;
        }
        html.append("<h2>Refused and referred, with reasons</h2>\n<table><tr><th>id</th><th>name</th><th>outcome</th>")
                .append("<th>reasons</th></tr>\n");
        for (ReportCollector.Refusal r : report.refusals()) {
            html.append("<tr><td>").append(esc(r.subjectId())).append(r.category() == null ? "" : "<br>" + esc(r.category()))
                    .append("</td><td>").append(esc(r.name())).append("</td><td>").append(esc(r.outcome())).append("</td><td>");
            for (Reason reason : r.reasons()) {
                html.append("<div><b>").append(esc(reason.ruleId())).append(" ").append(esc(reason.code())).append("</b>: ")
                        .append(esc(reason.message())).append("<br><span class=\"zh\" lang=\"zh-Hant\">")
                        .append(esc(reason.messageZh())).append("</span></div>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
        leftOut(report.refusalsLeftOut());
    }

    private void badRows(List<ReportCollector.BadRow> rows, long total) {
        if (rows.isEmpty()) {
            return;
        }
        html.append("<h2>Rows with bad fields (not decided)</h2>\n<table><tr><th class=\"n\">row</th><th>id</th><th>field</th>")
                .append("<th>problem</th></tr>\n");
        for (ReportCollector.BadRow row : rows) {
            for (FieldError e : row.errors()) {
                html.append("<tr><td class=\"n\">").append(row.rowNumber()).append("</td><td>").append(esc(row.subjectId()))
                        .append("</td><td>").append(esc(e.field())).append("</td><td>").append(esc(e.message())).append("</td></tr>\n");
            }
        }
        html.append("</table>\n");
        leftOut(total - rows.size());
    }

    private void leftOut(long n) {
        if (n > 0) {
            html.append("<p class=\"note\">… and ").append(n).append(" more: see decisions.csv / errors.csv.</p>\n");
        }
    }

    private static String money(long hkd) {
        return Amounts.grouped(hkd);
    }

    private static String esc(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
