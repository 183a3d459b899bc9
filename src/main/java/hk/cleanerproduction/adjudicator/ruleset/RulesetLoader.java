package hk.cleanerproduction.adjudicator.ruleset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a rules directory at run time with the classic KIE API: every {@code *.drl} and every
 * decision table ({@code *.drl.csv}, {@code *.drl.xlsx}) below it, nothing from the classpath.
 * A directory that does not build is refused with every problem, as {@code file:line: message}.
 */
public final class RulesetLoader {

    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private final int sessionPoolSize;

    public RulesetLoader() {
        this(Runtime.getRuntime().availableProcessors() * 2);
    }

    public RulesetLoader(int sessionPoolSize) {
        this.sessionPoolSize = sessionPoolSize;
    }

    public Ruleset load(Path rulesDir) throws RulesetBuildException {
        RulesDirectory dir;
        try {
            dir = RulesDirectory.read(rulesDir);
        } catch (IOException e) {
            throw new RulesetBuildException(List.of(new RuleProblem(rulesDir.toString(), 0, "cannot be read: " + e.getMessage())));
        }
        return build(dir);
    }

    /**
     * The rule base these files built before, read back from {@code cache}, or else built now (and then
     * remembered there): the same rules either way, the first much sooner.
     */
    public Ruleset buildOrReuse(RulesDirectory dir, BuiltRulesCache cache) throws RulesetBuildException {
        Optional<Ruleset> built = cache.find(dir, sessionPoolSize);
        if (built.isPresent()) {
            return built.get();
        }
        Ruleset ruleset = build(dir);
        cache.remember(ruleset);
        return ruleset;
    }

    public Ruleset build(RulesDirectory dir) throws RulesetBuildException {
        // one build at a time in a JVM: two at once (a reload and the follower of another replica's
        // activation, or two replicas in one test JVM) failed to resolve the types their DRL declares
        synchronized (BUILD_LOCK) {
            return buildAlone(dir);
        }
    }

    private static final Object BUILD_LOCK = new Object();

    private Ruleset buildAlone(RulesDirectory dir) throws RulesetBuildException {
        List<RuleFile> compiled = dir.compiledFiles();
        if (compiled.isEmpty()) {
            throw new RulesetBuildException(List.of(new RuleProblem(dir.display(""), 0,
                    "holds no rules (no *.drl, *.drl.csv or *.drl.xlsx file)")));
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A new release id per build: the KieRepository must never hand back an earlier build.
        ReleaseId releaseId = ks.newReleaseId("hk.cleanerproduction", "rules", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        for (RuleFile file : compiled) {
            kfs.write(RESOURCES + file.relativePath(), ks.getResources().newByteArrayResource(file.content()));
        }
        RuleBuildClassLoader.shared().beforeCompiling();
        KieBuilder builder = ks.newKieBuilder(kfs, RuleBuildClassLoader.shared());
        try {
            builder.buildAll(DrlProject.class);
        } catch (RuntimeException unreadable) {
            // Drools throws, rather than reports, when a decision table cannot be read (a cell with an
            // unquoted comma makes a column with no header): still a problem at its file and row
            throw new RulesetBuildException(List.of(unreadableProblem(dir, unreadable)));
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new RulesetBuildException(errors.stream().map(m -> toProblem(dir, m))
                    .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)).toList());
        }
        KieContainer container = ks.newKieContainer(releaseId, RuleBuildClassLoader.shared());
        ks.getRepository().removeKieModule(releaseId);
        KieBase kieBase = container.newKieBase(Ruleset.kieBaseConfiguration(RuleBuildClassLoader.shared()));
        return new Ruleset(dir, container, kieBase, ruleNames(kieBase), Instant.now(), sessionPoolSize);
    }

    private static final Pattern TABLE_FILE = Pattern.compile("\\[([^\\]]+\\.drl\\.(?:csv|xlsx|xls))]");
    private static final Pattern TABLE_CELL = Pattern.compile("\\bcell [A-Z]+(\\d+)");

    /** The innermost message of what Drools threw, at the table and row it names (when it names them). */
    static RuleProblem unreadableProblem(RulesDirectory dir, RuntimeException thrown) {
        String file = "";
        String message = thrown.getMessage();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher named = TABLE_FILE.matcher(t.getMessage());
                if (file.isEmpty() && named.find()) {
                    file = named.group(1);
                }
                message = t.getMessage();
            }
        }
        String text = message == null ? thrown.getClass().getSimpleName() : message.replaceAll("^\\[[^\\]]*]\\s*", "");
        Matcher cell = TABLE_CELL.matcher(text);
        int line = cell.find() ? Integer.parseInt(cell.group(1)) : 0;
        String hint = text.contains("column header") ? " (a value with a comma in it must be in double quotes)" : "";
        return new RuleProblem(dir.display(file), line, "cannot be read: " + plain(text) + hint);
    }

    static List<String> ruleNames(KieBase kieBase) {
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(r.getName());
            }
        }
        names.sort(null);
        return names;
    }

    private static RuleProblem toProblem(RulesDirectory dir, Message m) {
        String path = m.getPath() == null ? "" : m.getPath();
        String relative = path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
        if (relative.contains(".drl.")) {
            // a decision table: the line Drools gives is one of the rules it generated, not of the table
            Optional<RuleProblem> atRow = dir.compiledFiles().stream().filter(f -> f.relativePath().equals(relative))
                    .findFirst().flatMap(table -> UnknownTableValue.locate(table, dir.display(relative), plain(m.getText())));
            if (atRow.isPresent()) {
                return atRow.get();
            }
        }
        return new RuleProblem(dir.display(relative), Math.max(m.getLine(), 0), plain(m.getText()));
    }

    /** Drools messages span lines and repeat the expression with carets; keep the first meaningful sentence. */
    static String plain(String text) {
        if (text == null) {
            return "unknown problem";
        }
        String oneLine = text.replaceAll("\\s*\\^\\s*", " ").replaceAll("\\s+", " ").trim();
        return oneLine.length() > 400 ? oneLine.substring(0, 400) + " ..." : oneLine;
    }
}
