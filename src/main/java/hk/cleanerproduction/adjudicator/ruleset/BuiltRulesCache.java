package hk.cleanerproduction.adjudicator.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.definition.KiePackage;

/**
 * Remembers, on disk, what building a rules directory produced, by the SHA-256 of its files: the
 * compiled packages (rules, parameter tables, the Java Drools compiled for them) and the classes of the
 * types the rules declare. Reading them back and assembling the rule base takes a fraction of compiling
 * the files again, which was most of a command's start ({@code decide}, {@code rules check}, a batch).
 *
 * <p>An entry is used only when it names the very content hash asked for, was written by this build of
 * the application with this Drools, its checksum holds and it reads back whole; anything else (a damaged
 * or truncated file, an entry copied from another folder or written by another application) is ignored:
 * the files are compiled again and the entry is written anew. Only the classes of Drools, of the JDK and
 * of the application are read back from an entry, never any other.
 */
public final class BuiltRulesCache {

    private static final String FORMAT = "adjudicator built rules 1";
    private static final String SUFFIX = ".rules";

    private final Path dir;
    private final String applicationBuild;

    public BuiltRulesCache(Path dir, String applicationBuild) {
        this.dir = dir;
        this.applicationBuild = applicationBuild + " drools " + droolsVersion();
    }

    /** The rule base these very files built before, ready to decide; empty when there is no entry to trust. */
    public Optional<Ruleset> find(RulesDirectory directory, int sessionPoolSize) {
        Path file = dir.resolve(directory.contentHash() + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            if (!FORMAT.equals(in.readUTF()) || !directory.contentHash().equals(in.readUTF())
                    || !applicationBuild.equals(in.readUTF())) {
                return Optional.empty();
            }
            byte[] checksum = in.readNBytes(32);
            byte[] payload = in.readAllBytes();
            if (!Arrays.equals(checksum, sha256(payload))) {
                return Optional.empty();
            }
            return Optional.of(read(directory, payload, sessionPoolSize));
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError unreadable) {
            return Optional.empty(); // never trusted: the files are compiled again and a good entry written
        }
    }

    /** Remembers a rule base just built; a cache that cannot be written only costs the next command a build. */
    public void remember(Ruleset ruleset) {
        try {
            byte[] payload = write(ruleset);
            ByteArrayOutputStream file = new ByteArrayOutputStream(payload.length + 256);
            try (DataOutputStream out = new DataOutputStream(file)) {
                out.writeUTF(FORMAT);
                out.writeUTF(ruleset.contentHash());
                out.writeUTF(applicationBuild);
                out.write(sha256(payload));
                out.write(payload);
            }
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ruleset.contentHash(), ".tmp");
            Files.write(temp, file.toByteArray());
            Files.move(temp, dir.resolve(ruleset.contentHash() + SUFFIX), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException ignored) {
            // read-only or full disk, or a rule base Drools cannot write: nothing is lost but time
        }
    }

    private static byte[] write(Ruleset ruleset) throws IOException {
        InternalKnowledgeBase kieBase = (InternalKnowledgeBase) ruleset.kieBase();
        Map<String, byte[]> declaredClasses = ((ProjectClassLoader) kieBase.getRootClassLoader()).getStore();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(declaredClasses.size());
        for (Map.Entry<String, byte[]> c : declaredClasses.entrySet()) {
            data.writeUTF(c.getKey());
            data.writeInt(c.getValue().length);
            data.write(c.getValue());
        }
        data.flush();
        try (ObjectOutputStream packages = new DroolsObjectOutputStream(bytes)) {
            packages.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Ruleset read(RulesDirectory directory, byte[] payload, int sessionPoolSize)
            throws IOException, ClassNotFoundException {
        InputStream bytes = new ByteArrayInputStream(payload);
        DataInputStream data = new DataInputStream(bytes);
        int count = data.readInt();
        Map<String, byte[]> declaredClasses = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = data.readUTF();
            declaredClasses.put(name, data.readNBytes(data.readInt()));
        }
        ProjectClassLoader classes = ProjectClassLoader.createProjectClassLoader(RuleBuildClassLoader.shared(), declaredClasses);
        List<KiePackage> packages;
        try (ObjectInputStream in = new DroolsObjectInputStream(bytes, classes)) {
            in.setObjectInputFilter(BuiltRulesCache::onlyRuleClasses);
            packages = (List<KiePackage>) in.readObject();
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(Ruleset.kieBaseConfiguration(classes));
        kieBase.addPackages(packages);
        return new Ruleset(directory, null, kieBase, RulesetLoader.ruleNames(kieBase), Instant.now(), sessionPoolSize);
    }

    /** What an entry may hold: Drools' own classes, the JDK's, the application's and the rules' types. */
    private static ObjectInputFilter.Status onlyRuleClasses(ObjectInputFilter.FilterInfo info) {
        Class<?> type = info.serialClass();
        while (type != null && type.isArray()) {
            type = type.getComponentType();
        }
        if (type == null || type.isPrimitive()) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        String name = type.getName();
        boolean allowed = name.startsWith("java.") || name.startsWith("org.drools.") || name.startsWith("org.kie.")
                || name.startsWith("org.mvel2.") || name.startsWith("hk.cleanerproduction.");
        return allowed ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    private static String droolsVersion() {
        String version = InternalKnowledgeBase.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
