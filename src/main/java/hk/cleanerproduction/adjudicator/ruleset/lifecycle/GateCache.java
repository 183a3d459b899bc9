package hk.cleanerproduction.adjudicator.ruleset.lifecycle;

import hk.cleanerproduction.adjudicator.ruleset.BuiltRulesCache;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers, on disk, which rules passed the gate, by the SHA-256 of their files: the gate is
 * deterministic (the same files and the same application give the same checks and the same scenario
 * results), so a second command on unchanged rules need not run the checks and scenarios again.
 * Only a pass is remembered. An entry is trusted only when it names the very content hash asked for,
 * was written by this build of the application, and its own checksum holds; anything else (a damaged
 * file, an entry copied from elsewhere, an older application) is ignored and the gate runs in full.
 */
public final class GateCache {

    /** Where entries go unless configured: beside the embedded database. */
    public static final Path DEFAULT_DIR = Path.of("data", "gate");

    private final Path dir;
    private final String applicationBuild;
    private final BuiltRulesCache built;

    public GateCache(Path dir) {
        this(dir, applicationBuild());
    }

    GateCache(Path dir, String applicationBuild) {
        this.dir = dir;
        this.applicationBuild = applicationBuild;
        this.built = new BuiltRulesCache(dir, applicationBuild);
    }

    /** Beside each pass, what the rules built: a second command on unchanged rules reads it back instead of compiling. */
    public BuiltRulesCache built() {
        return built;
    }

    /** What the gate found for these files when they passed. */
    public record Pass(int ruleCount, int scenariosRun) {
    }

    public Optional<Pass> find(String contentHash) {
        Path file = dir.resolve(contentHash + ".properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int split = text.indexOf('\n');
            if (split < 0 || !text.substring(0, split).equals("# " + sha256(text.substring(split + 1)))) {
                return Optional.empty();
            }
            Properties entry = new Properties();
            entry.load(new StringReader(text.substring(split + 1)));
            if (!contentHash.equals(entry.getProperty("contentHash"))
                    || !applicationBuild.equals(entry.getProperty("applicationBuild"))) {
                return Optional.empty();
            }
            return Optional.of(new Pass(Integer.parseInt(entry.getProperty("ruleCount")),
                    Integer.parseInt(entry.getProperty("scenariosRun"))));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // never trusted: the gate runs in full and writes a good entry
        }
    }

    /** Remembers a pass; a cache that cannot be written only costs the next command a full check. */
    public void remember(String contentHash, Pass pass) {
        String body = "contentHash=" + contentHash + "\napplicationBuild=" + applicationBuild + "\nruleCount="
                + pass.ruleCount() + "\nscenariosRun=" + pass.scenariosRun() + "\n";
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, contentHash, ".tmp");
            Files.writeString(temp, "# " + sha256(body) + "\n" + body, StandardCharsets.UTF_8);
            Files.move(temp, dir.resolve(contentHash + ".properties"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException ignored) {
            // read-only or full disk: nothing is lost but time
        }
    }

    /** Identifies the application's code (its jar or classes folder, by size and time): new checks, new results. */
    private static String applicationBuild() {
        try {
            Path code = Path.of(GateCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.size(code) + "-" + Files.getLastModifiedTime(code).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // never matches: always check in full
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
