package hk.cleanerproduction.adjudicator.decision;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decision ids: UUID version 7 (RFC 9562), the milliseconds since the epoch in the first 48 bits, then
 * 74 random bits. Ids made later sort after ids made earlier, as text too, so each stored decision goes
 * at the end of the table's primary-key index: with random (version 4) ids every insert walked to a
 * random place in the on-disk index and read old rows back from the file, a third of the service's CPU.
 * The random bits keep ids unique across threads and restarts; they are not secrets (reading a decision
 * needs a role), so a fast non-cryptographic source is enough.
 */
public final class DecisionIds {

    private DecisionIds() {
    }

    public static String next(Clock clock) {
        long millis = clock.millis();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = 0x8000_0000_0000_0000L | (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(high, low).toString();
    }
}
