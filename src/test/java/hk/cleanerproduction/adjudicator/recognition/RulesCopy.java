package hk.cleanerproduction.adjudicator.recognition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of a rules folder that a test may edit, as a policy officer edits a candidate. */
final class RulesCopy {

    private RulesCopy() {
    }

    static Path of(Path source, Path into) throws IOException {
        Path copy = into.resolve("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
