package hk.cleanerproduction.adjudicator.batch;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.documents.Wording;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ceremony report of a very large batch: what it prints of its awardees, and what it says it left out. */
class ReportListsTests {

    @Test
    void aCategoryWithMoreAwardeesThanAReportListsShowsTheFirstThousandAndSaysHowManyMore() throws Exception {
        Wording wording = Wording.of(RulesDirectory.read(FixtureRules.DIR));
        ReportCollector report = new ReportCollector(BatchKind.RECOGNITION);
        int awardees = ReportCollector.LISTED + 234;
        for (int i = 1; i <= awardees; i++) {
            String subject = "RS24-%05d".formatted(i);
            Decision decision = new Decision("d" + i, subject, DecisionKind.RECOGNITION, "AWARDED", null, "PARTNER", List.of(),
                    List.of(), LocalDate.of(2024, 11, 1), "test", OffsetDateTime.of(2024, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC), 70,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "CPP-2024-M-P-%05d".formatted(i));
            report.decided(new BatchRowStore.StoredRow(i, subject, "Enterprise " + i, "MANUFACTURING", null, null, true, List.of()), decision);
        }

        String html = HtmlReport.render(report.summary(1, "in.csv", "out", "test", null), report, null, wording,
                OffsetDateTime.of(2024, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC));

        assertThat(html).contains("CPP-2024-M-P-01000").doesNotContain("CPP-2024-M-P-01001");
        assertThat(html).contains("… and 234 more");
        assertThat(html).contains("(" + awardees + ")"); // the category's caption still counts every awardee
    }
}
