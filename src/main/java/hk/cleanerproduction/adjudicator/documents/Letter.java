package hk.cleanerproduction.adjudicator.documents;

import static hk.cleanerproduction.adjudicator.documents.Xhtml.esc;

import hk.cleanerproduction.adjudicator.decision.Amounts;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.Effect;
import hk.cleanerproduction.adjudicator.decision.Margin;
import hk.cleanerproduction.adjudicator.decision.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The letter to one enterprise about one decision, in English and then in Traditional Chinese, made from
 * the decision and the name the input gave: the outcome, every reason that is not INFO with its rule id,
 * its sentence, by how much a rule that sets a quantity was missed (its margins), what the enterprise
 * could do and its public source; an INFO reason only where it carries a margin (a grant cut to a
 * ceiling, by how much) and nothing was refused; and the decision id and ruleset version to look it up
 * and replay it. Nothing else goes in (no clock), so it is the same every time.
 *
 * @param enterprise the applicant or enterprise named in the input
 * @param category   recognition: the nomination's category; else null
 */
public record Letter(Decision decision, String enterprise, String category) {

    private static final String STYLE = """
            .programme { font-size: 13pt; font-weight: bold; margin-bottom: 2mm; }
            .ref { color: #444; font-size: 8.5pt; margin: 0 0 4mm 0; }
            .part { margin-bottom: 8mm; }
            .part + .part { border-top: 1px solid #999; padding-top: 5mm; }
            .outcome { font-size: 11pt; }
            .reason { margin: 0 0 3mm 0; padding-left: 3mm; border-left: 2px solid #bbb; page-break-inside: avoid; }
            .reason p { margin: 1mm 0; }
            .reason p.margin { font-weight: bold; }
            .rule { font-weight: bold; }
            .small { color: #444; font-size: 8.5pt; }
            """;

    /** The letter as a page both a browser and the PDF renderer read. */
    public String xhtml(Wording wording) {
        StringBuilder html = new StringBuilder(8 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(title(wording))).append("</title><style>\n").append(Xhtml.pageStyle(wording)).append(STYLE)
                .append("</style></head><body>\n");
        for (Lang lang : Lang.values()) {
            part(html, wording, lang);
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    /** The letter as PDF: dated and identified by the decision, so the same decision gives the same bytes. */
    public byte[] pdf(Wording wording, PdfRenderer renderer) {
        return renderer.render(xhtml(wording), title(wording), decision.decidedAt(), "letter " + decision.decisionId());
    }

    private String title(Wording wording) {
        return wording.name("programme", decision.kind().name(), Lang.EN) + " – " + decision.subjectId();
    }

    private void part(StringBuilder html, Wording wording, Lang lang) {
        Map<String, String> values = values(wording, lang);
        html.append("<div class=\"part\" lang=\"").append(lang == Lang.ZH ? "zh-Hant" : "en").append("\">\n");
        html.append("<div class=\"programme\">").append(esc(wording.text("letter.heading", lang, values))).append("</div>\n");
        html.append("<p class=\"ref\">").append(esc(wording.text("letter.reference", lang, values))).append("</p>\n");
        html.append("<p><b>").append(esc(wording.text("letter.to", lang, values))).append("</b></p>\n");
        html.append("<p>").append(esc(wording.text("letter.greeting", lang, values))).append("</p>\n");
        html.append("<p class=\"outcome\">").append(esc(wording.text("letter.outcome." + decision.outcome(), lang, values)))
                .append("</p>\n");
        List<Reason> reasons = decision.reasons().stream().filter(r -> r.effect() != Effect.INFO).toList();
        if (!reasons.isEmpty()) {
            html.append("<p><b>").append(esc(wording.text("letter.reasons", lang))).append("</b></p>\n");
            for (Reason reason : reasons) {
                reason(html, wording, lang, reason);
            }
        }
        // information changes no outcome; it is printed only where it says by how much (a grant cut to a
        // ceiling), and not beside a refusal, where the grant it speaks of is not given
        boolean refused = reasons.stream().anyMatch(r -> r.effect() == Effect.INELIGIBLE || r.effect() == Effect.NOT_AWARDED);
        List<Reason> notes = decision.reasons().stream().filter(r -> r.effect() == Effect.INFO && !r.margins().isEmpty()).toList();
        if (!refused && !notes.isEmpty()) {
            html.append("<p><b>").append(esc(wording.text("letter.notes", lang))).append("</b></p>\n");
            for (Reason note : notes) {
                reason(html, wording, lang, note);
            }
        }
        html.append("<p class=\"small\">").append(esc(wording.text("letter.lookup", lang, values))).append("</p>\n");
        html.append("<p>").append(esc(wording.text("letter.closing", lang))).append("<br/>")
                .append(esc(wording.text("letter.signature", lang, values))).append("</p>\n</div>\n");
    }

    private static void reason(StringBuilder html, Wording wording, Lang lang, Reason reason) {
        html.append("<div class=\"reason\"><p class=\"rule\">").append(esc(wording.text("letter.rule", lang))).append(' ')
                .append(esc(reason.ruleId())).append(" · ").append(esc(wording.name("reason", reason.code(), lang)))
                .append("</p>\n<p>")
                .append(esc(lang == Lang.ZH ? reason.messageZh() : reason.message())).append("</p>\n");
        for (Margin margin : reason.margins()) {
            html.append("<p class=\"margin\">").append(esc(margin(wording, lang, margin))).append("</p>\n");
        }
        String advice = wording.advice(reason.code(), lang);
        if (advice != null) {
            html.append("<p>").append(esc(wording.text("letter.advice", lang))).append(' ').append(esc(advice)).append("</p>\n");
        }
        String source = publicSource(reason.source());
        if (!source.isEmpty()) {
            html.append("<p class=\"small\">").append(esc(wording.text("letter.source", lang))).append(' ').append(esc(source))
                    .append("</p>\n");
        }
        html.append("</div>\n");
    }

    /**
     * The sentence the officers wrote for the margin's measure ({@code margin.score}: "Your score was {found};
     * at least {required} is required: {by} short."), with the dates and amounts written as the letter writes
     * them and the distance with its unit ({@code margin.unit.POINTS}: "{by} points").
     */
    static String margin(Wording wording, Lang lang, Margin margin) {
        Map<String, String> values = Map.of(
                "found", figure(wording, lang, margin, margin.found()),
                "required", figure(wording, lang, margin, margin.required()),
                "by", distance(wording, lang, margin));
        String key = "margin." + margin.measure();
        return wording.text(wording.has(key, lang) ? key : "letter.margin", lang, values);
    }

    private static String figure(Wording wording, Lang lang, Margin margin, String value) {
        if (value == null) {
            return "";
        }
        try {
            if (margin.betweenDates()) {
                return wording.date(LocalDate.parse(value), lang);
            }
            if (margin.unit() == Margin.Unit.HKD) {
                return amount(new BigDecimal(value));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // a figure the rules wrote otherwise is printed as they wrote it
        }
        return value;
    }

    private static String distance(Wording wording, Lang lang, Margin margin) {
        BigDecimal by = margin.by() == null ? BigDecimal.ZERO : margin.by();
        String number = margin.unit() == Margin.Unit.HKD ? amount(by) : by.toPlainString();
        if (margin.unit() == null) {
            return number;
        }
        String unit = "margin.unit." + margin.unit().name();
        String one = unit + ".one";
        String key = by.compareTo(BigDecimal.ONE) == 0 && wording.has(one, lang) ? one : unit;
        return wording.has(key, lang) ? wording.text(key, lang, Map.of("by", number)) : number;
    }

    /** Whole HK$ grouped by thousands (650,000); cents, which no rule gives today, as they are. */
    private static String amount(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 ? Amounts.grouped(value.longValueExact()) : value.toPlainString();
    }

    private Map<String, String> values(Wording wording, Lang lang) {
        Map<String, String> v = new HashMap<>();
        v.put("enterprise", enterprise == null ? decision.subjectId() : enterprise);
        v.put("subjectId", decision.subjectId());
        v.put("programme", wording.name("programme", decision.kind().name(), lang));
        v.put("category", wording.name("category", category, lang));
        v.put("level", wording.name("level", decision.level(), lang));
        v.put("validFrom", wording.date(decision.labelValidFrom(), lang));
        v.put("validUntil", wording.date(decision.labelValidUntil(), lang));
        v.put("certificate", decision.certificateNumber() == null ? "" : decision.certificateNumber());
        v.put("grant", decision.grantHkd() == null ? "" : Amounts.grouped(decision.grantHkd()));
        v.put("score", decision.score() == null ? "" : decision.score().toString());
        v.put("decisionId", decision.decisionId());
        v.put("rulesetVersion", decision.rulesetVersion());
        v.put("asOf", wording.date(decision.asOf(), lang));
        return v;
    }

    /**
     * What an enterprise can look up: the published documents a reason names, without this repository's
     * own paths (docs/…, rules/…) and the reviewers' markers in square brackets.
     */
    static String publicSource(String source) {
        if (source == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : source.split(";")) {
            String cleaned = part.replaceAll("\\[[^\\]]*]", "").strip();
            if (!cleaned.isEmpty() && !cleaned.startsWith("docs/") && !cleaned.startsWith("rules/")) {
                parts.add(cleaned);
            }
        }
        return String.join("; ", parts);
    }
}
