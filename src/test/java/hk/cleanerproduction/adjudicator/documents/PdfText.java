package hk.cleanerproduction.adjudicator.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of a PDF sees: its text as PDFBox extracts it, page by page. */
public record PdfText(String text, List<String> pageTexts) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return new PdfText(String.join("", pages), pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PdfText of(Path pdf) {
        try {
            return of(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pages() {
        return pageTexts.size();
    }

    /**
     * The text with every run of white space as one space, and none between two Chinese characters: a
     * sentence may break across lines, and Chinese breaks between any two characters.
     */
    public String flat() {
        return text.replaceAll("\\s+", " ").replaceAll("(?<=[\\p{IsHan}，。：；（）「」、])\\s(?=[\\p{IsHan}，。：；（）「」、])", "");
    }
}
