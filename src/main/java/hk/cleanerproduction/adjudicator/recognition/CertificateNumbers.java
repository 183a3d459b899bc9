package hk.cleanerproduction.adjudicator.recognition;

import java.util.EnumMap;
import java.util.Map;

/**
 * Certificate numbers of one ceremony (R-LAB-1: unique [V]): {@code CPP-2024-M-E-001} is the award
 * year, the category (M manufacturing, S sourcing, T environmental technology service), the level
 * (E Excellent Partner, P Partner) and a sequence within that category and level, of three digits or, past
 * 999, as many as it takes (a ceremony of any size is numbered, each number unique). A batch
 * numbers its awardees with one instance, in a stable order, so a rerun gives the same numbers.
 * Not thread-safe: one batch, one numbering.
 */
public final class CertificateNumbers {

    private final int awardYear;
    private final Map<Category, Map<Level, Integer>> issued = new EnumMap<>(Category.class);

    public CertificateNumbers(int awardYear) {
        this.awardYear = awardYear;
    }

    /** The next number for an awardee of this category and level. */
    public String next(Category category, Level level) {
        int sequence = issued.computeIfAbsent(category, c -> new EnumMap<>(Level.class)).merge(level, 1, Integer::sum);
        return format(awardYear, category, level, sequence);
    }

    public static String format(int awardYear, Category category, Level level, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("a certificate sequence starts at 1, not " + sequence);
        }
        return String.format("CPP-%04d-%s-%s-%03d", awardYear, categoryLetter(category), levelLetter(level), sequence);
    }

    private static String categoryLetter(Category category) {
        return switch (category) {
            case MANUFACTURING -> "M";
            case SOURCING -> "S";
            case ET_SERVICE_PROVIDER -> "T";
        };
    }

    private static String levelLetter(Level level) {
        return switch (level) {
            case EXCELLENT_PARTNER -> "E";
            case PARTNER -> "P";
        };
    }
}
