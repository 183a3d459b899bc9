package hk.cleanerproduction.adjudicator.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
