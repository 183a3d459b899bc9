package hk.cleanerproduction.adjudicator.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary the batch command prints reads the same on every machine. */
class BatchSummaryTests {

    @Test
    void amountsAreGroupedWithCommasWhateverTheMachinesLocale() {
        BatchSummary summary = new BatchSummary(1, "FUNDING", "in.csv", "out", "2025.1-abcdef01", 3, 3, 0,
                Map.of("ELIGIBLE", 1L, "WAITLIST", 2L), Map.of("ELIGIBLE", 650_000L, "WAITLIST", 1_234_567L), List.of(),
                new BatchSummary.Allocation(1_000_000L, 650_000L, 350_000L, 1, 2), null);
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY); // "%,d" would write 650.000
            assertThat(summary.text())
                    .contains("ELIGIBLE          1   HK$650,000")
                    .contains("WAITLIST          2   HK$1,234,567")
                    .contains("budget HK$1,000,000: allocated HK$650,000 to 1 applications, HK$350,000 left, 2 waitlisted");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
