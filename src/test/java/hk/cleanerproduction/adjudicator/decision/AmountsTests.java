package hk.cleanerproduction.adjudicator.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountsTests {

    @Test
    void thousandsAreSeparatedByCommas() {
        assertThat(Amounts.grouped(0)).isEqualTo("0");
        assertThat(Amounts.grouped(999)).isEqualTo("999");
        assertThat(Amounts.grouped(1_000)).isEqualTo("1,000");
        assertThat(Amounts.grouped(750_000)).isEqualTo("750,000");
        assertThat(Amounts.grouped(1_234_567)).isEqualTo("1,234,567");
        assertThat(Amounts.grouped(-45_000)).isEqualTo("-45,000");
        assertThat(Amounts.grouped(Long.MIN_VALUE)).isEqualTo(String.format(Locale.ROOT, "%,d", Long.MIN_VALUE));
    }

    @Test
    void whateverTheMachinesLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            assertThat(String.format("%,d", 750_000)).isEqualTo("750.000"); // what the rules wrote before
            assertThat(Amounts.grouped(750_000)).isEqualTo("750,000");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
