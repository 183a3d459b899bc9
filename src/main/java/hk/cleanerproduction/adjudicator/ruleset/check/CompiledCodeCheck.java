package hk.cleanerproduction.adjudicator.ruleset.check;

import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.LineMappings;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.definition.KiePackage;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * The check that holds: reads the code Drools compiled from the rules (every rule action, every DRL
 * function, every Java {@code eval} and inline accumulate, and any class or lambda written in them) and
 * refuses anything that reaches outside a decision — a call, a field, a class literal or a new object of
 * a class that rules may not use ({@link AllowedCalls}), a loop ({@link CodeWalk}), recursion — at the
 * rule's {@code file:line}. A word list over the text can always be talked around (a name in a string
 * and reflection, a unicode escape); the compiled code says what will really run. It runs after the
 * build and before any scenario, so refused code never runs.
 *
 * <p>The glue Drools generates around each action (its {@code *Invoker} classes) is Drools' own
 * template, not the officers' code, and is not read. Conditions written in MVEL (the patterns of a
 * rule's {@code when}) are not compiled to classes here; the source-level {@link SafetyCheck} holds them.
 */
public final class CompiledCodeCheck {

    public List<RuleProblem> check(Ruleset ruleset) {
        List<RuleProblem> problems = new ArrayList<>();
        SourceLocator locator = new SourceLocator(ruleset);
        for (KiePackage kiePackage : ruleset.kieBase().getKiePackages()) {
            InternalKnowledgePackage pkg = (InternalKnowledgePackage) kiePackage;
            if (!(pkg.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData java)) {
                continue;
            }
            Map<String, LineMappings> lines = pkg.getDialectRuntimeRegistry().getLineMappings();
            List<ClassNode> classes = new ArrayList<>();
            for (Map.Entry<String, byte[]> entry : java.getStore().entrySet()) {
                if (entry.getKey().endsWith(".class") && !isDroolsGlue(entry.getKey())) {
                    ClassNode node = new ClassNode();
                    new ClassReader(entry.getValue()).accept(node, 0);
                    classes.add(node);
                }
            }
            for (CodeWalk.Finding finding : new CodeWalk(classes).findings()) {
                problems.add(locator.locate(finding, lines));
            }
        }
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return problems.stream().distinct().toList();
    }

    /** Drools' own generated glue around the officers' code: invokers built from fixed templates. */
    private static boolean isDroolsGlue(String resource) {
        return resource.endsWith("Invoker.class");
    }
}
