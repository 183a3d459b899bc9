package hk.cleanerproduction.adjudicator.documents;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF (openhtmltopdf on PDFBox) with the embedded Chinese font. The font is parsed once per
 * thread and its metrics are measured once, so that hundreds of letters cost one font load.
 * A PDF carries no clock: its dates and its document id come from what the caller gives, so the same
 * content gives the same bytes. Safe to use from many threads (each render builds its own document).
 */
@Component
public final class PdfRenderer {

    /** The CSS font family of the embedded font. */
    public static final String CHINESE_FONT = "Droid Sans Fallback";
    /**
     * The CSS font family of the PDF standard font Helvetica (not embedded), for Western text. Given to the
     * renderer as a font of its own: the renderer tries the fonts it was given before its built-in ones, so
     * with only the Chinese font given, every Latin letter was first tried in it (which has none), at the cost
     * of an exception each: two thirds of the time of a large report.
     */
    public static final String WESTERN_FONT = "Helvetica";
    private static final String FONT_RESOURCE = "/documents/DroidSansFallbackTC.ttf";
    private static final String PRODUCER = "Cleaner Production Adjudicator";

    private static final byte[] FONT = readFont();
    private static final java.nio.charset.Charset WESTERN = java.nio.charset.Charset.forName("windows-1252");
    private static volatile TrueTypeFont glyphs;

    static {
        // its messages would reach the command's output; a document that cannot be made throws instead
        XRLog.setLoggingEnabled(false);
    }

    private final FSCacheEx<String, FSCacheValue> metrics = new SharedCache();

    /**
     * The font parsed once per thread and embedded (as the subset a document uses) into each document that
     * thread makes: parsing it is most of what a letter costs, and a parsed font is not safe to share
     * between threads while it is read.
     */
    private final ThreadLocal<TrueTypeFont> parsedFont = ThreadLocal.withInitial(PdfRenderer::parseFont);

    /**
     * @param xhtml   a well-formed XHTML page
     * @param title   the document title
     * @param dated   the document's creation and modification date
     * @param idSeed  what the document id is made from (the same seed, the same id)
     */
    public byte[] render(String xhtml, String title, OffsetDateTime dated, String idSeed) {
        TrueTypeFont font = parsedFont.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            render(document, font, xhtml, title, dated, idSeed, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the PDF " + title + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private void render(PDDocument document, TrueTypeFont font, String xhtml, String title, OffsetDateTime dated,
            String idSeed, ByteArrayOutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withProducer(PRODUCER)
                .usePDDocument(document)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics)
                .useFont(western(Standard14Fonts.FontName.HELVETICA), WESTERN_FONT, 400, FontStyle.NORMAL, false)
                .useFont(western(Standard14Fonts.FontName.HELVETICA_BOLD), WESTERN_FONT, 700, FontStyle.NORMAL, false)
                .useFont(western(Standard14Fonts.FontName.HELVETICA_OBLIQUE), WESTERN_FONT, 400, FontStyle.ITALIC, false)
                .useFont(western(Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE), WESTERN_FONT, 700, FontStyle.ITALIC, false)
                .useFont(new PDFontSupplier(load(document, font)), CHINESE_FONT)
                .withHtmlContent(xhtml, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setProducer(PRODUCER);
            info.setCreator(PRODUCER);
            Calendar date = calendar(dated);
            info.setCreationDate(date);
            info.setModificationDate(date);
            byte[] id = Arrays.copyOf(sha256(idSeed), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
            pdf.save(out);
        }
    }

    /**
     * Whether a document can print this character: the PDF standard fonts print Western text (Windows-1252),
     * the embedded font the rest. The gate refuses wording with a character neither has.
     */
    static boolean canPrint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint) && WESTERN.newEncoder().canEncode((char) codePoint)) {
            return true;
        }
        try {
            return chineseFont().getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized TrueTypeFont chineseFont() {
        if (glyphs == null) {
            glyphs = parseFont();
        }
        return glyphs;
    }

    private static TrueTypeFont parseFont() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(FONT));
        } catch (IOException e) {
            throw new UncheckedIOException("the documents' font cannot be read: " + e.getMessage(), e);
        }
    }

    private static PDFontSupplier western(Standard14Fonts.FontName name) {
        return new PDFontSupplier(new PDType1Font(name));
    }

    private static PDFont load(PDDocument document, TrueTypeFont font) {
        try {
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("the documents' font cannot be embedded: " + e.getMessage(), e);
        }
    }

    /** The font metrics every render reads, measured once: many threads render letters at the same time. */
    private static final class SharedCache implements FSCacheEx<String, FSCacheValue> {

        private final java.util.concurrent.ConcurrentHashMap<String, FSCacheValue> values = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, java.util.concurrent.Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot measure the font " + k, e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }

    private static Calendar calendar(OffsetDateTime time) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(time.getOffset()));
        calendar.setTimeInMillis(time.toInstant().toEpochMilli());
        return calendar;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] readFont() {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the documents' font " + FONT_RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
