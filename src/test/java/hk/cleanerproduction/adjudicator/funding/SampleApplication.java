package hk.cleanerproduction.adjudicator.funding;

import hk.cleanerproduction.adjudicator.adjudication.InputReader;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The README's eligible sample application, changed field by field: {@code sample().with("factory.region", "MACAO")}.
 * Values go through the same reader as real input, so a test input is exactly what a client would send.
 */
public final class SampleApplication {

    public static final Path FILE = Path.of("test-data/funding/eligible-guangdong-wfoe.json");

    private final ObjectNode tree;

    private SampleApplication(ObjectNode tree) {
        this.tree = tree;
    }

    public static SampleApplication sample() {
        try {
            return new SampleApplication((ObjectNode) Json.mapper().readTree(Files.readString(FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the value at a dotted path; null removes nothing but writes JSON null. */
    public SampleApplication with(String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode parent = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        parent.set(parts[parts.length - 1], Json.mapper().valueToTree(value));
        return this;
    }

    public JsonNode tree() {
        return tree;
    }

    public String json() {
        return Json.mapper().writeValueAsString(tree);
    }

    public FundingApplication read() {
        return new InputReader().read(tree, FundingApplication.class);
    }
}
