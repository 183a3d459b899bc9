package hk.cleanerproduction.adjudicator.recognition;

import hk.cleanerproduction.adjudicator.testing.SampleInput;
import java.nio.file.Path;

/**
 * The README's Excellent Partner nomination (SPEC.md's example), changed field by field:
 * {@code sample().with("scores.management", 10)}. Values go through the same reader as real input.
 */
public final class SampleNomination extends SampleInput<SampleNomination, Nomination> {

    public static final Path FILE = Path.of("test-data/recognition/excellent-partner-manufacturing.json");

    private SampleNomination(Path file) {
        super(file, Nomination.class);
    }

    public static SampleNomination sample() {
        return from(FILE);
    }

    public static SampleNomination from(Path file) {
        return new SampleNomination(file);
    }

    /** A total score, split over the parts within their default maxima (20/30/30/10/10). */
    public SampleNomination withScore(int total) {
        int[] maxima = {20, 30, 30, 10, 10};
        String[] names = {"management", "measures", "results", "compliance", "promotion"};
        int left = total;
        for (int i = 0; i < names.length; i++) {
            int part = Math.min(maxima[i], left);
            with("scores." + names[i], part);
            left -= part;
        }
        return this;
    }

    /** A sourcing enterprise that is otherwise the same (Partner sought, supporting three suppliers). */
    public SampleNomination asSourcing() {
        return with("category", "SOURCING").with("levelSought", "PARTNER").with("enterprise.connection", null)
                .with("enterprise.region", "HONG_KONG").with("supplierFactoriesWithCleanerProduction", 3);
    }

    /** An environmental technology service provider (Partner sought, two programme projects completed). */
    public SampleNomination asServiceProvider() {
        return with("category", "ET_SERVICE_PROVIDER").with("levelSought", "PARTNER").with("enterprise.connection", null)
                .with("enterprise.region", "HONG_KONG").with("programmeProjectsCompleted", 2);
    }
}
