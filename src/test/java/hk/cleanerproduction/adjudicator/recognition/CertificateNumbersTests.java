package hk.cleanerproduction.adjudicator.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** R-LAB-1: certificate numbers are unique; a ceremony numbers each category and level from 001. */
class CertificateNumbersTests {

    @Test
    void numbersRunPerCategoryAndLevelWithinTheAwardYear() {
        CertificateNumbers numbers = new CertificateNumbers(2024);
        assertThat(numbers.next(Category.MANUFACTURING, Level.EXCELLENT_PARTNER)).isEqualTo("CPP-2024-M-E-001");
        assertThat(numbers.next(Category.MANUFACTURING, Level.EXCELLENT_PARTNER)).isEqualTo("CPP-2024-M-E-002");
        assertThat(numbers.next(Category.MANUFACTURING, Level.PARTNER)).isEqualTo("CPP-2024-M-P-001");
        assertThat(numbers.next(Category.SOURCING, Level.PARTNER)).isEqualTo("CPP-2024-S-P-001");
        assertThat(numbers.next(Category.ET_SERVICE_PROVIDER, Level.PARTNER)).isEqualTo("CPP-2024-T-P-001");
        assertThat(numbers.next(Category.MANUFACTURING, Level.EXCELLENT_PARTNER)).isEqualTo("CPP-2024-M-E-003");
    }

    @Test
    void aSequenceBeyond999GrowsADigitAndNoneIsBelowOne() {
        assertThat(CertificateNumbers.format(2025, Category.SOURCING, Level.PARTNER, 999)).isEqualTo("CPP-2025-S-P-999");
        // a ceremony larger than any so far still gets a number each, one digit longer
        assertThat(CertificateNumbers.format(2025, Category.SOURCING, Level.PARTNER, 1000)).isEqualTo("CPP-2025-S-P-1000");
        assertThatThrownBy(() -> CertificateNumbers.format(2025, Category.SOURCING, Level.PARTNER, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
