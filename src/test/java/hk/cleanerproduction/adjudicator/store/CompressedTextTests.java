package hk.cleanerproduction.adjudicator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CompressedTextTests {

    @Test
    void givesBackExactlyTheTextItWasGiven() throws Exception {
        for (String text : new String[] {"", "{}", "業務登記證已於收件日期前失效 — expired ✓",
                Files.readString(Path.of("test-data/funding/applications.jsonl"))}) {
            assertThat(CompressedText.decompress(CompressedText.compress(text))).isEqualTo(text);
        }
    }

    @Test
    void aTruncatedValueIsReportedNotReadAsLessText() {
        byte[] whole = CompressedText.compress("{\"decisionId\":\"x\",\"reasons\":[]}".repeat(20));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> CompressedText.decompress(truncated)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("truncated");
    }
}
