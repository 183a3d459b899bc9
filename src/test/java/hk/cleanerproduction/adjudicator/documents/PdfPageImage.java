package hk.cleanerproduction.adjudicator.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws one page of a PDF as a PNG, as a reader would see it (the pictures in docs/documents.md):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) …PdfPageImage in.pdf page out.png}.
 */
public final class PdfPageImage {

    private PdfPageImage() {
    }

    public static void main(String[] args) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(Path.of(args[0])))) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(Integer.parseInt(args[1]) - 1, 80);
            ImageIO.write(image, "png", Path.of(args[2]).toFile());
        }
    }
}
