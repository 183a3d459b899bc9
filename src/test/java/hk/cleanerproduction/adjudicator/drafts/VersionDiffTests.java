package hk.cleanerproduction.adjudicator.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an officer reads of a change: a decision table row by row, a paths check that keeps drafts inside the rules. */
class VersionDiffTests {

    private static final Path TERMS = Path.of("src/test/resources/fixture-rules/funding/parameters/grant-terms.drl.csv");

    @Test
    void aTableRowAddedAndACellChangedAreNamedByRuleAndColumn() throws Exception {
        String before = Files.readString(TERMS);
        String after = before.replace("NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000", "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,40,650000")
                + "F-AMT-2 2027-2029 new technology,NEW_TECHNOLOGY,OTHER,2027-07-01,2029-06-30,50,700000\n";

        List<VersionDiff.FileChange> changes = VersionDiff.between(Map.of("t.drl.csv", bytes(before), "same.drl", bytes("x")),
                Map.of("t.drl.csv", bytes(after), "same.drl", bytes("x"), "new.drl", bytes("rule")));

        assertThat(changes).extracting(VersionDiff.FileChange::path, VersionDiff.FileChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("new.drl", "ADDED"), org.assertj.core.groups.Tuple.tuple("t.drl.csv", "CHANGED"));
        VersionDiff.Table table = changes.get(1).table();
        assertThat(table.added()).singleElement().satisfies(row -> assertThat(row).containsEntry("Ceiling HK$", "700000")
                .containsEntry("Rule", "F-AMT-2 2027-2029 new technology"));
        assertThat(table.removed()).isEmpty();
        assertThat(table.changed()).singleElement().satisfies(row -> {
            assertThat(row.rule()).isEqualTo("F-AMT-2 2025-2027 new technology");
            assertThat(row.cells()).containsExactly(new VersionDiff.Cell("Rate %", "50", "40"));
        });
        assertThat(changes.get(1).lines()).extracting(VersionDiff.Line::op).containsExactly("-", "+", "+");
    }

    @Test
    void aDraftsFilesStayInsideTheRulesFolder() {
        assertThat(DraftPaths.checked("/funding/parameters/grant-terms.drl.csv")).isEqualTo("funding/parameters/grant-terms.drl.csv");
        for (String bad : List.of("../secrets", "funding/../../x.drl", "funding/.hidden.drl", "", "funding//x.drl", "x.drl~")) {
            assertThatThrownBy(() -> DraftPaths.checked(bad)).as(bad).isInstanceOfSatisfying(DraftException.class,
                    e -> assertThat(e.status().value()).isEqualTo(400));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
