package hk.cleanerproduction.adjudicator.ruleset;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesDirectoryCopyTests {

    @Test
    void aCopyOfTheFilesHasTheSameVersionAsTheDirectoryItWasReadFrom() throws Exception {
        RulesDirectory read = RulesDirectory.read(FixtureRules.DIR);
        Map<String, byte[]> files = new LinkedHashMap<>();
        // stored rows come back in any order: the copy must not depend on it
        List<RuleFile> reversed = new java.util.ArrayList<>(read.files());
        java.util.Collections.reverse(reversed);
        for (RuleFile f : reversed) {
            files.put(f.relativePath(), f.content());
        }

        RulesDirectory copy = RulesDirectory.of("ruleset " + read.version(), files);

        assertThat(copy.version()).isEqualTo(read.version());
        assertThat(copy.compiledFiles()).extracting(RuleFile::relativePath)
                .isEqualTo(read.compiledFiles().stream().map(RuleFile::relativePath).toList());
        assertThat(copy.display("funding/x.drl")).isEqualTo("ruleset " + read.version() + "/funding/x.drl");
    }
}
