package hk.cleanerproduction.adjudicator.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts a run returns are those the session ends with, whichever rules match them: a rule base that
 * cannot change lets Drools forget at once a fact no rule matches, and a decision still needs its reasons.
 */
class RuleRunFactsTests {

    private static final String RULES = """
            package test.facts;

            declare Kept        note : String end
            declare Deleted     note : String end
            declare WhileGo     note : String end

            rule "T-1 a fact no rule matches, and one a rule deletes"
            when
                String( this == "go" )
            then
                insert(new Kept("no rule matches this"));
                insert(new Deleted("a rule deletes this"));
            end

            rule "T-2 delete"
            when
                $deleted : Deleted( )
            then
                delete($deleted);
            end

            rule "T-3 a fact that holds while go is there"
            when
                String( this == "go" )
            then
                insertLogical(new WhileGo("gone with go"));
            end

            rule "T-4 go goes"
                salience -10
            when
                $go : String( this == "go" )
            then
                delete($go);
            end
            """;

    @TempDir
    Path temp;

    @Test
    void aRunEndsWithTheFactsNotDeletedWhetherOrNotARuleMatchesThem() throws Exception {
        Files.writeString(temp.resolve("ruleset.properties"), "label=test\n");
        Files.writeString(temp.resolve("facts.drl"), RULES);
        Ruleset ruleset = new RulesetLoader(1).load(temp);
        try {
            for (int run = 0; run < 2; run++) { // the second on the pooled session the first gave back
                RuleRun result = ruleset.run(List.of("go", "stays"));

                assertThat(result.facts()).map(fact -> fact instanceof String s ? s : fact.getClass().getSimpleName())
                        .containsExactly("stays", "Kept");
                assertThat(result.firedRules()).containsExactlyInAnyOrder("T-1 a fact no rule matches, and one a rule deletes",
                        "T-2 delete", "T-3 a fact that holds while go is there", "T-4 go goes");
            }
        } finally {
            ruleset.close();
        }
    }
}
