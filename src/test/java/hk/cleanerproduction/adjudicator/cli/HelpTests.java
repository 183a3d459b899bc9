package hk.cleanerproduction.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.testing.ConsoleCapture;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's --help prints its help on standard output and exits 0, and does nothing else (serve does not start). */
class HelpTests {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @ParameterizedTest
    @ValueSource(strings = {"decide", "batch", "impact", "serve", "generate", "rules", "rules check", "rules accept"})
    void helpIsPrintedAndNothingRuns(String command) {
        String[] words = (command + " --help").split(" ");

        int exit = AdjudicatorCli.run(words);

        assertThat(exit).isZero();
        assertThat(console.output()).startsWith("Usage: adjudicator " + command).contains("--help");
        assertThat(console.errors()).isEmpty();
    }
}
