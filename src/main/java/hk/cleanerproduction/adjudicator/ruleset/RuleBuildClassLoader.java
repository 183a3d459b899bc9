package hk.cleanerproduction.adjudicator.ruleset;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The class loader the rules are built and run with: the application's, except that it says "no such
 * class" at once for a name it knows is not there.
 *
 * <p>Why: compiling the rules, Drools resolves every type name by trying it in each imported package
 * ({@code java.lang.FundingApplication}, {@code org.kie.api.definition.type.hk}, ...). A cold build
 * asked for about 13,000 classes that do not exist, and the application's class loader answers each
 * by looking in every one of the ~140 jars of the class path, about 0.1 ms a name: 1.5 s of CPU in
 * each build. This loader answers a name in a package that neither the JDK's modules nor any entry
 * of the class path holds without asking, and remembers the other misses (a class path does not change
 * while the application runs). Every class it does load comes from the application's loader, so the
 * rules see the same classes as the rest of the application. If the class path cannot be listed
 * (an unusual launcher), it only remembers misses.
 */
final class RuleBuildClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final class Shared {
        static final RuleBuildClassLoader INSTANCE = new RuleBuildClassLoader(RuleBuildClassLoader.class.getClassLoader(),
                RuleBuildClassLoader::classPathPackages);
    }

    private final Supplier<Optional<Set<String>>> classPathPackages;
    private volatile Set<String> knownPackages; // null: not listed yet (or unknown), ask the parent about every name
    private volatile boolean listed;
    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    RuleBuildClassLoader(ClassLoader parent, Optional<Set<String>> classPathPackages) {
        this(parent, () -> classPathPackages);
        beforeCompiling();
    }

    /** The class path is listed only when rules are compiled: see {@link #beforeCompiling()}. */
    RuleBuildClassLoader(ClassLoader parent, Supplier<Optional<Set<String>>> classPathPackages) {
        super("rules", parent);
        this.classPathPackages = classPathPackages;
    }

    /**
     * Lists the class path, once, before the first compilation, which tries thousands of names that do
     * not exist. Reading back a rule base already built tries only a few (the types the rules declare,
     * defined from the cache after the parent says no), so a command on unchanged rules does not read the
     * directories of ~140 jars.
     */
    synchronized void beforeCompiling() {
        if (listed) {
            return;
        }
        Optional<Set<String>> classPath = classPathPackages.get();
        if (classPath.isPresent()) {
            Set<String> packages = new HashSet<>(classPath.get());
            ModuleLayer.boot().modules().forEach(m -> packages.addAll(m.getPackages()));
            this.knownPackages = Set.copyOf(packages);
        }
        listed = true;
    }

    /** The one instance of the application: its memory of misses serves every build and reload. */
    static RuleBuildClassLoader shared() {
        return Shared.INSTANCE;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Set<String> known = knownPackages;
        if (missing.contains(name) || (known != null && !known.contains(packageOf(name)))) {
            throw new NoSuchClass(name);
        }
        try {
            return getParent().loadClass(name);
        } catch (ClassNotFoundException e) {
            missing.add(name);
            throw e;
        }
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /**
     * The packages of every class on the class path: its folders and jars, and the jars their
     * manifests' Class-Path names (how both the launcher's unpacked jar and Maven's test runner list
     * their libraries). Empty when any entry cannot be read: better slow than wrong.
     */
    static Optional<Set<String>> classPathPackages() {
        Set<String> packages = new HashSet<>();
        Deque<Path> entries = new ArrayDeque<>();
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath());
            }
        }
        Set<Path> seen = new HashSet<>();
        try {
            while (!entries.isEmpty()) {
                Path entry = entries.poll();
                if (!seen.add(entry) || !Files.exists(entry)) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    addFolder(entry, packages);
                } else {
                    addJar(entry, packages, entries);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(packages);
    }

    private static void addFolder(Path folder, Set<String> packages) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".class")).forEach(f -> {
                Path dir = folder.relativize(f).getParent();
                packages.add(dir == null ? "" : dir.toString().replace(java.io.File.separatorChar, '.'));
            });
        }
    }

    private static void addJar(Path jar, Set<String> packages, Deque<Path> entries) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry e : (Iterable<JarEntry>) file.stream()::iterator) {
                String name = e.getName();
                if (name.endsWith(".class")) {
                    if (name.startsWith("META-INF/versions/")) { // a multi-release jar's classes for later JDKs
                        int afterVersion = name.indexOf('/', "META-INF/versions/".length());
                        name = name.substring(afterVersion + 1);
                    }
                    int slash = name.lastIndexOf('/');
                    packages.add(slash < 0 ? "" : name.substring(0, slash).replace('/', '.'));
                }
            }
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath != null) {
                URI base = jar.toUri();
                for (String ref : classPath.trim().split("\\s+")) {
                    if (!ref.isEmpty()) {
                        entries.add(Path.of(base.resolve(ref)));
                    }
                }
            }
        }
    }

    /** A miss answered without a stack trace: Drools expects thousands of them and uses none. */
    private static final class NoSuchClass extends ClassNotFoundException {
        NoSuchClass(String name) {
            super(name);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
