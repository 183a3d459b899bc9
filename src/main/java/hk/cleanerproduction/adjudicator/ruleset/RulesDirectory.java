package hk.cleanerproduction.adjudicator.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reads a rules directory as one snapshot: every file with its bytes, the label from
 * {@code ruleset.properties} and a content hash over all of it, so that the version names exactly
 * what was read.
 */
public final class RulesDirectory {

    static final String LABEL_FILE = "ruleset.properties";

    private final Path root;
    private final String displayRoot;
    private final List<RuleFile> files;

    private RulesDirectory(Path root, String displayRoot, List<RuleFile> files) {
        this.root = root;
        this.displayRoot = displayRoot;
        this.files = files;
    }

    public static RulesDirectory read(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("the rules directory " + root + " does not exist");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<RuleFile> files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .sorted()
                    .map(p -> new RuleFile(root.relativize(p).toString().replace('\\', '/'), p, readAll(p)))
                    .toList();
            return new RulesDirectory(root, root.toString().replace('\\', '/'), files);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A snapshot kept elsewhere (the database of ruleset versions), rebuilt exactly: the same paths and
     * bytes give the same content hash and version as the directory that was read at the time.
     *
     * @param displayRoot how messages name the snapshot, e.g. {@code ruleset 2025.1-3f9c2a1e}
     * @param files       relative path (forward slashes) to content
     */
    public static RulesDirectory of(String displayRoot, java.util.Map<String, byte[]> files) {
        Path root = Path.of(displayRoot);
        List<RuleFile> list = files.entrySet().stream()
                .map(e -> new RuleFile(e.getKey(), root.resolve(e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparing(f -> f.path()))
                .toList();
        return new RulesDirectory(root, displayRoot, list);
    }

    /** Editor backups and hidden files (.#x.drl, .x.drl.swp) are not part of the policy. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public List<RuleFile> files() {
        return files;
    }

    public List<RuleFile> compiledFiles() {
        return files.stream().filter(RuleFile::isCompiled).toList();
    }

    /** How a policy officer names a file in a message: the directory as given, then the file. */
    public String display(String relativePath) {
        return displayRoot.endsWith("/") ? displayRoot + relativePath : displayRoot + "/" + relativePath;
    }

    /** The label the officers give the ruleset in ruleset.properties ({@code label=2025.1}), or "unlabelled". */
    public String label() {
        return properties().getProperty("label", "unlabelled").trim();
    }

    /**
     * How far one decision may run, from ruleset.properties: {@code max-firings-per-decision} (default
     * {@value RunLimits#DEFAULT_MAX_FIRINGS}) and {@code max-millis-per-decision} (default
     * {@value RunLimits#DEFAULT_MAX_MILLIS}). A value that is not a positive whole number is the default.
     */
    public RunLimits limits() {
        Properties p = properties();
        return new RunLimits(positive(p, "max-firings-per-decision", RunLimits.DEFAULT_MAX_FIRINGS),
                Duration.ofMillis(positive(p, "max-millis-per-decision", RunLimits.DEFAULT_MAX_MILLIS)));
    }

    private static int positive(Properties p, String key, int otherwise) {
        try {
            int value = Integer.parseInt(p.getProperty(key, "").trim());
            return value > 0 ? value : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        files.stream().filter(f -> f.relativePath().equals(LABEL_FILE)).findFirst().ifPresent(f -> {
            try {
                p.load(new java.io.StringReader(new String(f.content(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return p;
    }

    /** SHA-256 over every file's relative path and bytes, in path order. */
    public String contentHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleFile f : files) {
                sha.update(f.relativePath().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.content());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code label-hash8}, e.g. {@code 2025.1-3f9c2a1e}. */
    public String version() {
        return label() + "-" + contentHash().substring(0, 8);
    }
}
