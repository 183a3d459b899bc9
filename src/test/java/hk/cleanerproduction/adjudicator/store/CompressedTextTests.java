package hk.cleanerproduction.adjudicator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class CompressedTextTests {

    private static final String DECISION_LIKE = "{\"decisionId\":\"x\",\"reasons\":[{\"messageZh\":\"商業登記已屆滿\"}]}";

    @Test
    void givesBackExactlyTheTextItWasGiven() throws Exception {
        for (String text : new String[] {"", "{}", "業務登記證已於收件日期前失效 — expired ✓",
                Files.readString(Path.of("test-data/funding/applications.jsonl"))}) {
            assertThat(CompressedText.decompress(CompressedText.compress(text))).isEqualTo(text);
        }
    }

    @Test
    void storesFewerBytesThanTheText() throws Exception {
        String input = Files.readString(Path.of("test-data/funding/eligible-guangdong-wfoe.json"));

        assertThat(CompressedText.compress(input).length).isLessThan(input.getBytes(StandardCharsets.UTF_8).length * 9 / 10);
    }

    @Test
    void aTruncatedValueIsReportedNotReadAsLessText() {
        byte[] whole = CompressedText.compress(DECISION_LIKE.repeat(20));

        for (int length : new int[] {whole.length / 2, whole.length - 1, 5}) {
            byte[] truncated = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> CompressedText.decompress(truncated)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("truncated");
        }
    }

    @Test
    void aDamagedValueFailsItsChecksum() {
        byte[] value = CompressedText.compress("0123456789abcdefghijklmnopqrstuvwxyz".repeat(3));
        value[value.length - 3] ^= 0x20; // a literal byte of the LZ4 block: still decodes, to other text

        assertThatThrownBy(() -> CompressedText.decompress(value)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("checksum");
    }

    @Test
    void aDamagedLengthIsRefusedBeforeAnythingIsAllocated() {
        byte[] value = CompressedText.compress(DECISION_LIKE);
        value[1] = 0x7f; // the length's first byte: now ~2 GB

        assertThatThrownBy(() -> CompressedText.decompress(value)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("corrupt");
    }

    @Test
    void valuesStoredAsZlibBeforeLz4AreStillRead() {
        byte[] zlib = zlib(DECISION_LIKE.getBytes(StandardCharsets.UTF_8));

        assertThat(zlib[0]).isEqualTo((byte) 0x78); // what every value stored until 2026-11-29 begins with
        assertThat(CompressedText.decompress(zlib)).isEqualTo(DECISION_LIKE);
        assertThatThrownBy(() -> CompressedText.decompress(Arrays.copyOf(zlib, zlib.length / 2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("truncated");
    }

    /** How {@link CompressedText} wrote values until 2026-11-29. */
    private static byte[] zlib(byte[] utf8) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(utf8);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
