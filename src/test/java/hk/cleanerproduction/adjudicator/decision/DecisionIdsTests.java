package hk.cleanerproduction.adjudicator.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionIdsTests {

    @Test
    void idsAreVersion7UuidsThatSortInTheOrderTheyWereMade() {
        List<String> ids = new ArrayList<>();
        for (long millis = 1_750_000_000_000L; millis < 1_750_000_000_000L + 5_000; millis += 7) {
            ids.add(DecisionIds.next(Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC)));
        }

        assertThat(ids).isSorted();
        UUID first = UUID.fromString(ids.get(0));
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.getMostSignificantBits() >>> 16).isEqualTo(1_750_000_000_000L);
    }

    @Test
    void idsMadeInTheSameMillisecondAreStillUnique() {
        Clock frozen = Clock.fixed(Instant.parse("2025-06-16T02:15:30Z"), ZoneOffset.UTC);
        HashSet<String> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(DecisionIds.next(frozen));
        }
        assertThat(ids).hasSize(100_000);
    }
}
