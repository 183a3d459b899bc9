package hk.cleanerproduction.adjudicator.store;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * Text stored compressed: UTF-8, then LZ4, with a checksum. A decision and its input are ~3 KB of JSON
 * that LZ4 shrinks by a quarter, so HSQLDB logs, writes and checkpoints fewer bytes, and copies bytes
 * instead of converting characters one by one (which under load had been most of its time). Lossless:
 * reading gives back the exact text; a damaged value fails its checksum.
 *
 * <p>A value is {@code 0x01}, the text's UTF-8 length and the CRC-32C of those bytes (4 bytes each, big
 * endian), then one LZ4 block. Until 2026-11-29 values were zlib streams (DEFLATE at its fastest level):
 * smaller (54% of the text, LZ4 73%), but zlib took ~55 µs for a decision and its input, ~12% of the
 * service's CPU (perf; JFR does not see native code), where LZ4 takes ~5 µs. Those values are still
 * read: a zlib stream's first byte is {@code 0x?8}, never {@code 0x01}.
 */
public final class CompressedText {

    private static final byte LZ4_BLOCK = 0x01;
    private static final int HEADER_BYTES = 9;

    // the JNI build of LZ4 when it loads on this machine (~5 µs for a decision), else pure Java (~23 µs)
    private static final LZ4Factory LZ4 = LZ4Factory.fastestInstance();
    private static final LZ4Compressor COMPRESSOR = LZ4.fastCompressor();
    private static final LZ4SafeDecompressor DECOMPRESSOR = LZ4.safeDecompressor();
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(Inflater::new);

    private CompressedText() {
    }

    public static byte[] compress(String text) {
        return compress(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Text already in UTF-8. */
    public static byte[] compress(byte[] utf8) {
        byte[] value = new byte[HEADER_BYTES + COMPRESSOR.maxCompressedLength(utf8.length)];
        int length = COMPRESSOR.compress(utf8, 0, utf8.length, value, HEADER_BYTES, value.length - HEADER_BYTES);
        ByteBuffer.wrap(value).put(LZ4_BLOCK).putInt(utf8.length).putInt(crc32c(utf8, utf8.length));
        return Arrays.copyOf(value, HEADER_BYTES + length);
    }

    public static String decompress(byte[] value) {
        if (value.length > 0 && value[0] == LZ4_BLOCK) {
            return fromLz4(value);
        }
        return fromZlib(value);
    }

    private static String fromLz4(byte[] value) {
        if (value.length < HEADER_BYTES) {
            throw new IllegalStateException("stored text is truncated (" + value.length + " bytes)");
        }
        ByteBuffer header = ByteBuffer.wrap(value, 1, HEADER_BYTES - 1);
        int length = header.getInt();
        int checksum = header.getInt();
        if (length < 0 || length > (long) (value.length - HEADER_BYTES) * 255) { // LZ4 expands 255-fold at most
            throw new IllegalStateException("stored text is corrupt: it claims " + length + " bytes");
        }
        byte[] utf8 = new byte[length];
        int decompressed;
        try {
            decompressed = DECOMPRESSOR.decompress(value, HEADER_BYTES, value.length - HEADER_BYTES, utf8, 0, length);
        } catch (LZ4Exception e) {
            throw new IllegalStateException("stored text is truncated or corrupt: " + e.getMessage(), e);
        }
        if (decompressed != length) {
            throw new IllegalStateException("stored text is truncated: " + decompressed + " of " + length + " bytes");
        }
        if (crc32c(utf8, length) != checksum) {
            throw new IllegalStateException("stored text is corrupt: its checksum does not match");
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static int crc32c(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /** A value stored before LZ4: a zlib stream (with its Adler-32 checksum). */
    private static String fromZlib(byte[] compressed) {
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
