package hk.cleanerproduction.adjudicator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A policy officer's working copy of the fixture ruleset, edited file by file. */
public final class RulesCopy {

    private final Path root;

    private RulesCopy(Path root) {
        this.root = root;
    }

    public static RulesCopy of(Path parent) {
        Path copy = parent.resolve("rules");
        try (Stream<Path> files = Files.walk(FixtureRules.DIR)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(FixtureRules.DIR.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RulesCopy(copy);
    }

    /**
     * A copy in a new temporary folder whose decisions may take 30 s instead of 2: the limit guards against
     * rules that never stop, and on a machine shared by many builds a cold scenario has taken longer than 2 s.
     */
    public static RulesCopy patient(String prefix) {
        try {
            return of(Files.createTempDirectory(prefix))
                    .replace("ruleset.properties", "max-millis-per-decision=2000", "max-millis-per-decision=30000");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Points a test's service at this copy, at an in-memory database of its own (its activations must not
     * change what other tests' services see) and at a gate cache beside the copy.
     */
    public void isolate(DynamicPropertyRegistry registry, String database) {
        registry.add("adjudicator.rules-dir", () -> root.toString());
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:mem:" + database + ";shutdown=true");
        registry.add("adjudicator.gate-cache", () -> root.resolveSibling("gate").toString());
    }

    public Path root() {
        return root;
    }

    /** Replaces text in a file, failing the test when the text is not there (an edit that does nothing proves nothing). */
    public RulesCopy replace(String file, String text, String replacement) {
        Path path = root.resolve(file);
        try {
            String content = Files.readString(path);
            if (!content.contains(text)) {
                throw new IllegalArgumentException(file + " does not contain " + text);
            }
            Files.writeString(path, content.replace(text, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public RulesCopy write(String file, String content) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** How a problem is placed on the first line of the file containing the text: {@code root/file:line}. */
    public String where(String file, String text) {
        return root + "/" + file + ":" + lineOf(file, text);
    }

    /** The 1-based line of the first line containing the text. */
    public int lineOf(String file, String text) {
        try {
            var lines = Files.readAllLines(root.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(file + " does not contain " + text);
    }
}
