package hk.cleanerproduction.adjudicator.ruleset.check;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check (b): rules may use the fact model and the basics of java.lang, java.time, java.math and the
 * java.util collections, nothing else. Rules are code that runs inside the decision service, so a
 * rule that reads a file, opens a connection, starts a process or a thread, uses reflection or calls
 * System.exit is refused before it can run. The check reads the text (DRL files, and every code cell,
 * Import row and value cell of a CSV decision table, since a value is pasted into code), with
 * comments and string literals blanked out so that a message may say anything. A spreadsheet
 * ({@code .drl.xlsx}) is checked through the DRL Drools makes of it.
 */
public final class SafetyCheck implements RuleCheck {

    /** Packages a rule may import from or name in full. */
    static final List<String> ALLOWED_PACKAGES = List.of(
            "java.lang.", "java.time.", "java.math.", "java.util.",
            "hk.cleanerproduction.adjudicator.decision.", "hk.cleanerproduction.adjudicator.enterprise.", "hk.cleanerproduction.adjudicator.funding.",
            "hk.cleanerproduction.adjudicator.recognition.", "hk.cleanerproduction.rules.");

    /** Inside the allowed packages, what still reaches out of a decision. */
    static final List<String> REFUSED_PACKAGES = List.of(
            "java.lang.reflect.", "java.lang.invoke.", "java.lang.management.", "java.lang.instrument.",
            "java.lang.ref.", "java.lang.module.", "java.util.concurrent.", "java.util.logging.",
            "java.util.prefs.", "java.util.zip.", "java.util.jar.", "java.util.spi.");

    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+|function\\s+)?([\\w.]+\\*?)\\s*;?");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*)");

    /** Names that reach files, the network, processes, threads, reflection or the JVM itself. */
    private static final List<Refused> REFUSED = List.of(
            new Refused("\\bSystem\\s*\\.", "System (exit, properties, environment, streams)"),
            new Refused("\\bRuntime\\b", "Runtime (processes, exit)"),
            new Refused("\\bProcess(Builder|Handle)?\\b", "processes"),
            new Refused("\\b(Thread|ThreadGroup|ThreadLocal|Executors?|ExecutorService|ForkJoinPool|CompletableFuture|Timer)\\b", "threads"),
            new Refused("\\b(Class\\s*\\.\\s*forName|getClass\\s*\\(|ClassLoader|getDeclared\\w*|setAccessible|MethodHandles?|Proxy\\.newProxyInstance)\\b", "reflection"),
            new Refused("\\b(File|Files|Paths?|FileSystems?|RandomAccessFile|\\w*(Input|Output)Stream|\\w*Reader|\\w*Writer)\\b", "files"),
            new Refused("\\b(Socket|ServerSocket|URL|URI|HttpClient|InetAddress|DatagramSocket)\\b", "the network"),
            new Refused("\\b(exit|halt|exec|load|loadLibrary)\\s*\\(", "the JVM (exit, exec, native code)"),
            new Refused("\\b(ScriptEngine\\w*|InitialContext|Unsafe|SecurityManager)\\b", "scripting, naming or unsafe access"),
            new Refused("\\.\\s*class\\b(?!\\s*\\()|\\bclassLoader\\b", "classes (a class literal, or MVEL's class property)"),
            new Refused("\\bkcontext\\b|\\bdrools\\s*\\.\\s*get(KieRuntime|WorkingMemory|Channels)", "the engine's internals"));

    private record Refused(Pattern pattern, String what) {
        Refused(String regex, String what) {
            this(Pattern.compile(regex), what);
        }
    }

    @Override
    public List<RuleProblem> check(RulesDirectory directory) {
        CallNames calls = callNames(directory);
        return RuleSources.check(directory, (name, drl, problems) -> checkCode(name, drl, 1, calls, problems),
                (name, table, problems) -> checkTable(name, table, calls, problems));
    }

    /** What the rules of this folder may call: reached from what they import, and what they declare. */
    private static CallNames callNames(RulesDirectory directory) {
        List<String> imports = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        RuleSources.check(directory, (name, drl, none) -> {
            String code = JavaText.code(drl);
            texts.add(code);
            Matcher m = IMPORT.matcher(code);
            while (m.find()) {
                imports.add(m.group(1));
            }
        }, (name, table, none) -> table.lines().forEach(line -> {
            if (line.cell(0).equalsIgnoreCase("Import")) {
                for (String imported : line.cell(1).split(",")) {
                    imports.add(imported.trim());
                }
            } else {
                texts.add(String.join(" ", line.cells()));
            }
        }));
        return new CallNames(CallNames.imported(imports, texts), texts);
    }

    private static void checkTable(String name, DecisionTable table, CallNames calls, List<RuleProblem> problems) {
        for (DecisionTable.Line line : table.lines()) {
            String keyword = line.cell(0);
            if (keyword.equalsIgnoreCase("Import")) {
                for (String imported : line.cell(1).split(",")) {
                    checkImport(name, line.number(), imported.trim(), problems);
                }
            } else if (keyword.equalsIgnoreCase("Functions") || keyword.equalsIgnoreCase("Variables")
                    || keyword.equalsIgnoreCase("Queries") || keyword.equalsIgnoreCase("Declare")) {
                checkCode(name, line.cell(1), line.number(), calls, problems);
            }
        }
        for (DecisionTable.Table t : table.tables()) {
            for (DecisionTable.Column column : t.columns()) {
                if (column.isProse()) {
                    continue;
                }
                checkCode(name, column.objectType(), t.objectTypes().number(), calls, problems);
                checkCode(name, column.code(), t.code().number(), calls, problems);
                for (DecisionTable.Line row : t.rows()) {
                    checkCode(name, row.cell(column.index()), row.number(), calls, problems);
                }
            }
        }
    }

    /** Checks code whose first line is {@code firstLine} of the file. */
    static void checkCode(String name, String text, int firstLine, CallNames calls, List<RuleProblem> problems) {
        if (text == null || text.isBlank()) {
            return;
        }
        String code = JavaText.code(text);
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            checkImport(name, firstLine - 1 + JavaText.lineOf(code, imports.start()), imports.group(1), problems);
        }
        String withoutImports = IMPORT.matcher(code).replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
        Matcher qualified = QUALIFIED_NAME.matcher(withoutImports);
        while (qualified.find()) {
            String qualifiedName = qualified.group(1);
            if (isPackageDeclaration(withoutImports, qualified.start())) {
                continue;
            }
            if (!allowed(qualifiedName)) {
                problems.add(new RuleProblem(name, firstLine - 1 + JavaText.lineOf(withoutImports, qualified.start()),
                        "refused: " + qualifiedName + " is outside the packages rules may use (" + allowedList() + ")"));
            }
        }
        for (CallNames.Refused call : calls.refused(withoutImports)) {
            problems.add(new RuleProblem(name, firstLine - 1 + JavaText.lineOf(withoutImports, call.position()),
                    "refused: '" + call.name() + "' is not a method of anything rules may use (the fact model and "
                            + "java.lang, java.time, java.math and java.util basics)"));
        }
        for (Refused refused : REFUSED) {
            Matcher m = refused.pattern().matcher(withoutImports);
            while (m.find()) {
                problems.add(new RuleProblem(name, firstLine - 1 + JavaText.lineOf(withoutImports, m.start()),
                        "refused: '" + m.group().trim() + "' reaches " + refused.what() + "; rules may only use the fact model and "
                                + "java.lang, java.time, java.math and java.util basics"));
            }
        }
    }

    private static boolean isPackageDeclaration(String code, int at) {
        int lineStart = code.lastIndexOf('\n', at) + 1;
        return code.substring(lineStart, at).trim().equals("package");
    }

    private static void checkImport(String name, int line, String imported, List<RuleProblem> problems) {
        if (imported.isEmpty()) {
            return;
        }
        if (!allowed(imported)) {
            problems.add(new RuleProblem(name, line, "refused import " + imported + ": rules may only import from "
                    + allowedList()));
        }
    }

    static boolean allowed(String qualifiedName) {
        String name = qualifiedName.endsWith("*") ? qualifiedName.substring(0, qualifiedName.length() - 1) : qualifiedName;
        if (REFUSED_PACKAGES.stream().anyMatch(name::startsWith)) {
            return false;
        }
        return ALLOWED_PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static String allowedList() {
        return "java.lang, java.time, java.math, java.util and the fact model";
    }
}
