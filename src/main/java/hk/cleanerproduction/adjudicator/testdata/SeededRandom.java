package hk.cleanerproduction.adjudicator.testdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The random choices the data generators make, all drawn from one seeded {@link Random}: the same seed
 * gives the same data set, as long as the choices are made in the same order.
 */
final class SeededRandom {

    private final Random random;

    SeededRandom(long seed) {
        this.random = new Random(seed);
    }

    /** From 0 to {@code bound} - 1. */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }

    /** From {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** A day from {@code first} to {@code last}, both included. */
    LocalDate between(LocalDate first, LocalDate last) {
        return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
    }

    /** A percentage from {@code low} to below {@code high}, to two places. */
    BigDecimal percent(double low, double high) {
        return BigDecimal.valueOf(low + random.nextDouble() * (high - low)).setScale(2, RoundingMode.DOWN);
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** One of the options, each as often as its percentage says (the percentages add up to 100). */
    <T> T weighted(List<T> options, int... percents) {
        int roll = random.nextInt(100);
        for (int i = 0; i < options.size() - 1; i++) {
            roll -= percents[i];
            if (roll < 0) {
                return options.get(i);
            }
        }
        return options.get(options.size() - 1);
    }

    /** A Hong Kong Business Registration number: 8 digits. */
    String businessRegistrationNo() {
        return String.format("%08d", 10_000_000 + random.nextInt(89_999_999));
    }

    void shuffle(List<?> list) {
        Collections.shuffle(list, random);
    }
}
