package hk.cleanerproduction.adjudicator.cli;
import hk.cleanerproduction.adjudicator.testing.ConsoleCapture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code decide recognition FILE}: the decision JSON on stdout and exit 0; bad input on stderr and exit 2. */
class DecideRecognitionCommandTests {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void aNominationIsDecidedAsOfItsCeremony() {
        int exit = AdjudicatorCli.run("decide", "recognition", "test-data/recognition/downgraded-to-partner.json");
        String decision = console.output();
        assertThat(exit).isZero();
        assertThat(decision).contains("\"kind\" : \"RECOGNITION\"", "\"outcome\" : \"AWARDED\"", "\"level\" : \"PARTNER\"",
                "\"code\" : \"EXCELLENT_CRITERIA_NOT_MET\"", "\"asOf\" : \"2024-10-31\"", "\"labelValidUntil\" : \"2025-12-31\"");
    }

    @Test
    void aScorePartAboveItsMaximumIsBadInputNamingTheField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("n.json");
        Files.writeString(file, Files.readString(Path.of("test-data/recognition/excellent-partner-manufacturing.json"))
                .replace("\"compliance\": 9", "\"compliance\": 11"));
        int exit = AdjudicatorCli.run("decide", "recognition", file.toString());
        assertThat(exit).isEqualTo(AdjudicatorCli.BAD_INPUT);
        assertThat(console.output()).isEmpty();
        assertThat(console.errors()).contains("scores.compliance: must be from 0 to 10, not 11");
    }
}
