package hk.cleanerproduction.adjudicator.recognition;

import hk.cleanerproduction.adjudicator.adjudication.InputReader;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The README's Excellent Partner nomination (SPEC.md's example), changed field by field:
 * {@code sample().with("scores.management", 10)}. Values go through the same reader as real input.
 */
public final class SampleNomination {

    public static final Path FILE = Path.of("test-data/recognition/excellent-partner-manufacturing.json");

    private final ObjectNode tree;

    private SampleNomination(ObjectNode tree) {
        this.tree = tree;
    }

    public static SampleNomination sample() {
        return from(FILE);
    }

    public static SampleNomination from(Path file) {
        try {
            return new SampleNomination((ObjectNode) Json.mapper().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the value at a dotted path (JSON null for null). */
    public SampleNomination with(String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode parent = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        parent.set(parts[parts.length - 1], Json.mapper().valueToTree(value));
        return this;
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

    public JsonNode tree() {
        return tree;
    }

    public String json() {
        return Json.mapper().writeValueAsString(tree);
    }

    public Nomination read() {
        return new InputReader().read(tree, Nomination.class);
    }
}
