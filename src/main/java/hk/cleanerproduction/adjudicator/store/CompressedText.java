package hk.cleanerproduction.adjudicator.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text stored compressed: UTF-8, then zlib (DEFLATE at its fastest level, with a checksum). A decision
 * and its input are ~2.7 KB of JSON that shrink to about half (a 2,097-character decision to 1,092
 * bytes): HSQLDB then logs, writes and checkpoints half the bytes, and copies bytes instead of
 * converting characters one by one, which under load was most of its time and of each checkpoint's
 * length. Lossless: reading gives back the exact text; a damaged value fails its checksum.
 */
final class CompressedText {

    // a Deflater/Inflater holds native memory and is slow to create: one per thread, reused
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater());

    private CompressedText() {
    }

    static byte[] compress(String text) {
        return compress(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Text already in UTF-8. */
    static byte[] compress(byte[] utf8) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(utf8);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, utf8.length / 3));
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    static String decompress(byte[] compressed) {
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("stored text is truncated or not compressed by this store");
                }
                out.write(buffer, 0, n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("stored text is corrupt: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
