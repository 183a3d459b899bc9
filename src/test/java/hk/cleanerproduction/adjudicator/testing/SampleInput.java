package hk.cleanerproduction.adjudicator.testing;

import hk.cleanerproduction.adjudicator.adjudication.InputReader;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sample input file, changed field by field: {@code sample().with("factory.region", "MACAO")}.
 * Values go through the same reader as real input, so a test input is exactly what a client would send.
 *
 * @param <S> the sample itself, so that {@link #with} chains with the sample's own methods
 * @param <T> what the input reads as
 */
public abstract class SampleInput<S extends SampleInput<S, T>, T> {

    private final ObjectNode tree;
    private final Class<T> type;

    protected SampleInput(Path file, Class<T> type) {
        try {
            this.tree = (ObjectNode) Json.mapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.type = type;
    }

    /** Sets the value at a dotted path; null removes nothing but writes JSON null. */
    @SuppressWarnings("unchecked")
    public S with(String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode parent = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        parent.set(parts[parts.length - 1], Json.mapper().valueToTree(value));
        return (S) this;
    }

    public JsonNode tree() {
        return tree;
    }

    public String json() {
        return Json.mapper().writeValueAsString(tree);
    }

    public T read() {
        return new InputReader().read(tree, type);
    }
}
