package hk.cleanerproduction.adjudicator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTests {

    @Test
    void aRulesDirectoryGivenAsASpringSettingIsTheOneUsed() {
        // Spring would otherwise join it with the default into "rules,/srv/adjudicator/rules"
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--port", "8081", "--adjudicator.rules-dir=/srv/adjudicator/rules");

        assertThat(serve.rulesDirectory()).isEqualTo("/srv/adjudicator/rules");
    }

    @Test
    void otherwiseTheRulesOptionOrItsDefault() {
        ServeCommand withOption = new ServeCommand();
        new CommandLine(withOption).parseArgs("--rules", "/srv/candidate-rules");
        ServeCommand withDefault = new ServeCommand();
        new CommandLine(withDefault).parseArgs();

        assertThat(withOption.rulesDirectory()).isEqualTo("/srv/candidate-rules");
        assertThat(withDefault.rulesDirectory()).isEqualTo(System.getProperty("adjudicator.rules-dir", "rules"));
    }
}
