package hk.cleanerproduction.adjudicator.ruleset.check;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.CheckReport;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetGate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ways a rule might try to run code outside its job, each refused by the gate at its file and line, none
 * ever run (each would leave a marker file). The compiled-code check is also tried alone, on rules built
 * without the source-level check, for every attempt that compiles: it is the check that holds.
 */
class EscapeGalleryTests {

    private static final String RULE = """
            package hk.cleanerproduction.rules.attempt;

            import hk.cleanerproduction.adjudicator.funding.FundingApplication;
            %s
            rule "F-ESC-1 an attempt"
            when
                %s
            then
                try {
                    %s
                } catch (Throwable ignored) {
                }
            end
            """;

    /** A rule whose action is {@code body}; {@code // here} marks the line that must be named. */
    private static Arguments action(String name, String body) {
        return Arguments.of(name, RULE.formatted("", "FundingApplication()", body), true);
    }

    private static Arguments rule(String name, String imports, String when, String body, boolean compiledCheckSeesIt) {
        return Arguments.of(name, RULE.formatted(imports, when, body), compiledCheckSeesIt);
    }

    static Stream<Arguments> attempts() {
        return Stream.of(
                action("reflection through names in strings", """
                        Object rt = Class.class.getMethod("forName", String.class).invoke(null, "java.lang.Runtime"); // here
                        Object r = ((Class) rt).getMethod("getRuntime").invoke(null);
                        ((Class) rt).getMethod("exec", String[].class).invoke(r, (Object) new String[] {"touch", "MARKER"});"""),
                action("method handles", """
                        java.lang.invoke.MethodHandles.lookup(); // here"""),
                action("a lambda", """
                        java.util.function.Supplier<Object> s = () -> new java.io.File("MARKER").mkdir(); // here
                        s.get();"""),
                action("an anonymous class", """
                        Object o = new Object() { public String toString() { try { return java.nio.file.Files.createFile(java.nio.file.Path.of("MARKER")).toString(); } catch (Exception e) { return ""; } } }; // here
                        o.toString();"""),
                action("getClass", """
                        Object loader = "x".getClass().getClassLoader(); // here"""),
                // Drools does not read unicode escapes in an action (the rule would not build); the names are refused first
                Arguments.of("a unicode escape", """
                        package hk.cleanerproduction.rules.attempt;

                        import hk.cleanerproduction.adjudicator.funding.FundingApplication;

                        rule "F-ESC-1 an attempt"
                        when
                            FundingApplication()
                        then
                            Object r = \\u0052untime.getRuntime(); // here
                        end
                        """, false),
                action("a fully qualified name", """
                        java.nio.file.Files.writeString(java.nio.file.Path.of("MARKER"), "ran"); // here"""),
                action("System", """
                        System.exit(3); // here"""),
                action("a thread", """
                        new Thread(() -> { }).start(); // here"""),
                action("serialization", """
                        new java.io.ObjectOutputStream(new java.io.ByteArrayOutputStream()); // here"""),
                action("the clock", """
                        Object today = java.time.LocalDate.now(); // here"""),
                action("an endless loop", """
                        while (true) { } // here"""),
                action("a counted loop", """
                        for (int i = 0; i < 10; i++) { } // here"""),
                rule("a static import", "import function java.lang.Runtime.getRuntime;\n", "FundingApplication()", """
                        getRuntime().gc(); // here""", true),
                rule("a DRL function", """
                        function void escape() {
                            try {
                                java.nio.file.Files.writeString(java.nio.file.Path.of("MARKER"), "ran"); // here
                            } catch (Exception e) {
                            }
                        }
                        """, "FundingApplication()", "escape();", true),
                rule("a loop in a DRL function", """
                        function int spin() {
                            int i = 0;
                            while (i >= 0) { i++; } // here
                            return i;
                        }
                        """, "FundingApplication()", "spin();", true),
                rule("recursion in a DRL function", """
                        function int deeper(int n) {
                            return deeper(n + 1); // here
                        }
                        """, "FundingApplication()", "deeper(0);", true),
                rule("eval", "", "FundingApplication()\n    eval( System.getenv(\"HOME\") != null ) // here", "int x = 1;", true),
                rule("from with a method call", "", "$home : String() from System.getProperty(\"user.home\") // here", "int x = 1;",
                        false),
                rule("reflection in a condition", "", "FundingApplication( this.getClass().getClassLoader() != null ) // here",
                        "int x = 1;", false),
                rule("MVEL's class property in a condition", "", "FundingApplication( this.class.classLoader != null ) // here",
                        "int x = 1;", false),
                rule("a name in a string in a condition", "",
                        "FundingApplication( String.valueOf(1).getClass().forName(\"java.lang.Runtime\") != null ) // here", "int x = 1;", false),
                rule("an accumulate", "", """
                        $t : Object() from accumulate( FundingApplication(), init( Object o = Thread.currentThread(); ), action( ), result( o ) ) // here""",
                        "int x = 1;", true));
    }

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void theGateRefusesItAtItsLineAndRunsNothing(String name, String drl, boolean compiledCheckSeesIt) throws Exception {
        Path marker = temp.resolve("ran");
        Path rules = rulesWith(drl.replace("MARKER", marker.toString()));

        CheckReport report = RulesetGate.standard(new RulesetLoader(1)).check(rules);

        assertThat(report.passed()).isFalse();
        assertThat(report.scenariosRun()).isZero();
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).endsWith("funding/attempt.drl");
            assertThat(p.line()).isEqualTo(hereLine(drl));
        });
        assertThat(marker).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void theCompiledCodeCheckAloneRefusesIt(String name, String drl, boolean compiledCheckSeesIt) throws Exception {
        if (!compiledCheckSeesIt) {
            return; // written in MVEL, evaluated by Drools' interpreter: the source-level check holds it
        }
        Path marker = temp.resolve("ran");
        Ruleset built = new RulesetLoader(1).load(rulesWith(drl.replace("MARKER", marker.toString())));
        try {
            List<RuleProblem> problems = new CompiledCodeCheck().check(built);

            assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.message()).contains("refused"));
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.file()).endsWith("funding/attempt.drl");
                assertThat(p.line()).isEqualTo(hereLine(drl));
            });
        } finally {
            built.close();
        }
        assertThat(marker).doesNotExist();
    }

    private Path rulesWith(String drl) throws Exception {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules.resolve("funding"));
        Files.writeString(rules.resolve("funding/attempt.drl"), drl);
        Files.writeString(rules.resolve("ruleset.properties"), "label=attempt\n");
        return rules;
    }

    private static int hereLine(String drl) {
        List<String> lines = drl.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// here")) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line marked // here");
    }
}
