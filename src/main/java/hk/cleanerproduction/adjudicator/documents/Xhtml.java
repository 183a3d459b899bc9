package hk.cleanerproduction.adjudicator.documents;

/** Writing well-formed XHTML (what the PDF renderer reads, and what a browser prints as well). */
public final class Xhtml {

    private Xhtml() {
    }

    /** Text as XHTML: every value from a decision, an input or a wording file goes through here. */
    public static String esc(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The PDF's fonts in the order Western text needs them; sans-serif for a browser showing the HTML. */
    private static final String WESTERN_FIRST = "\"" + PdfRenderer.WESTERN_FONT + "\", \"" + PdfRenderer.CHINESE_FONT + "\", sans-serif";

    /** The page style both documents share: A4, the Chinese font, "Page N of M" from the wording on every page. */
    public static String pageStyle(Wording wording) {
        return "@page { size: A4; margin: 18mm 16mm 20mm 16mm; @bottom-center { content: " + pageNumber(wording, Lang.EN)
                + " \"  ·  \" " + pageNumber(wording, Lang.ZH) + "; font-family: " + WESTERN_FIRST + "; font-size: 8pt; color: #555; } }\n"
                + "body { font-family: " + WESTERN_FIRST + "; font-size: 10pt; }\n"
                + ":lang(zh-Hant) { font-family: \"" + PdfRenderer.CHINESE_FONT + "\", \"" + PdfRenderer.WESTERN_FONT + "\", sans-serif; }\n";
    }

    /** {@code Page {page} of {pages}} as CSS generated content: the literal parts quoted, the counters as counters. */
    private static String pageNumber(Wording wording, Lang lang) {
        String text = wording.text("page.number", lang, java.util.Map.of("page", "\u0000page\u0000",
                "pages", "\u0000pages\u0000"));
        StringBuilder css = new StringBuilder();
        for (String part : text.split("\u0000")) {
            if (part.equals("page") || part.equals("pages")) {
                css.append(" counter(").append(part).append(")");
            } else if (!part.isEmpty()) {
                css.append(" \"").append(part.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"");
            }
        }
        String content = css.toString().strip();
        return content.isEmpty() ? "\"\"" : content;
    }
}
