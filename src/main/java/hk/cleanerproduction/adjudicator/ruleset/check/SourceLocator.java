package hk.cleanerproduction.adjudicator.ruleset.check;

import hk.cleanerproduction.adjudicator.ruleset.RuleFile;
import hk.cleanerproduction.adjudicator.ruleset.RuleProblem;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Function;
import org.drools.base.rule.LineMappings;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;

/**
 * Maps a class Drools generated back to what an officer wrote: the rule (its action, evals) or the DRL
 * function it was compiled from, in which file, at which line. In a DRL file the line is the one of the
 * refused code (Drools keeps where each action starts in the generated source); in a decision table it is
 * the row of the rule.
 */
final class SourceLocator {

    private static final String RESOURCES = "src/main/resources/";
    private static final String INVOKER = "DefaultConsequenceInvoker";
    /** The method of a rule's class that holds its action (the rest: evals, accumulates). */
    private static final String ACTION = "defaultConsequence";

    private record Origin(Resource resource, String name, boolean function) {
    }

    private final Ruleset ruleset;
    private final Map<String, Origin> byClass = new HashMap<>();

    SourceLocator(Ruleset ruleset) {
        this.ruleset = ruleset;
        for (KiePackage kiePackage : ruleset.kieBase().getKiePackages()) {
            InternalKnowledgePackage pkg = (InternalKnowledgePackage) kiePackage;
            for (Rule rule : pkg.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                if (impl.getConsequence() != null) {
                    String invoker = impl.getConsequence().getClass().getName();
                    String ruleClass = invoker.endsWith(INVOKER) ? invoker.substring(0, invoker.length() - INVOKER.length()) : invoker;
                    byClass.put(ruleClass, new Origin(impl.getResource(), rule.getName(), false));
                }
            }
            for (Function function : pkg.getFunctions().values()) {
                byClass.put(function.getClassName(), new Origin(function.getResource(), function.getName(), true));
            }
        }
    }

    RuleProblem locate(CodeWalk.Finding finding, Map<String, LineMappings> lines) {
        String outer = finding.className().replace('/', '.');
        Origin origin = byClass.get(outer);
        if (origin == null) {
            return new RuleProblem(ruleset.directory().display(""), 0, "generated class " + outer + ": " + finding.message());
        }
        String what = (origin.function() ? "function " : "rule ") + "'" + origin.name() + "': refused: ";
        if (origin.function()) {
            return function(origin, lines.get(outer), finding, what);
        }
        String relative = relative(origin.resource());
        return new RuleProblem(ruleset.directory().display(relative), ruleLine(relative, origin.name(), finding), what + finding.message());
    }

    /**
     * A DRL function: Drools keeps no file for it, so the file is the one that declares it; its body is
     * compiled line for line, so the generated line maps back through Drools' line mapping.
     */
    private RuleProblem function(Origin origin, LineMappings mapping, CodeWalk.Finding finding, String what) {
        Pattern declaration = Pattern.compile("\\bfunction\\b[^(]*\\b" + Pattern.quote(origin.name()) + "\\s*\\(");
        for (RuleFile file : ruleset.files()) {
            List<String> fileLines = text(file.relativePath()).lines().toList();
            for (int i = 0; i < fileLines.size(); i++) {
                if (declaration.matcher(fileLines.get(i)).find()) {
                    int line = mapping != null && finding.generatedLine() > 0
                            ? mapping.getStartLine() + finding.generatedLine() - mapping.getOffset() : i + 1;
                    return new RuleProblem(ruleset.directory().display(file.relativePath()), Math.max(line, i + 1), what + finding.message());
                }
            }
        }
        return new RuleProblem(ruleset.directory().display(""), 0, what + finding.message());
    }

    /**
     * A rule's line: in a DRL file, the first line of the rule (of its action, for its action's code) that
     * names what was refused; Drools regenerates an action's text, so its own line mapping drifts with
     * comments and blank lines. In a decision table, the rule's row.
     */
    private int ruleLine(String relative, String ruleName, CodeWalk.Finding finding) {
        List<String> fileLines = text(relative).lines().toList();
        int start = -1;
        for (int i = 0; i < fileLines.size(); i++) {
            if (fileLines.get(i).contains(ruleName)) {
                start = i;
                break;
            }
        }
        if (start < 0 || !relative.endsWith(".drl")) {
            return start + 1;
        }
        int from = start;
        int end = fileLines.size();
        for (int i = start + 1; i < fileLines.size(); i++) {
            String line = fileLines.get(i).trim();
            if (line.equals("then") || line.startsWith("then ")) {
                from = ACTION.equals(finding.method()) ? i : from;
            }
            if (line.equals("end") || line.startsWith("rule ")) {
                end = i;
                break;
            }
        }
        Pattern hint = Pattern.compile("(^|\\W)(" + hintPattern(finding.hint()) + ")(\\W|$)");
        for (int i = from; i < end; i++) {
            if (hint.matcher(fileLines.get(i)).find()) {
                return i + 1;
            }
        }
        return from + 1;
    }

    private static String hintPattern(String hint) {
        return hint.contains("|") ? hint : Pattern.quote(hint); // "while|for|do" is already a pattern
    }

    private String text(String relative) {
        return ruleset.files().stream().filter(f -> f.relativePath().equals(relative)).findFirst()
                .map(RuleFile::content).map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse("");
    }

    private static String relative(Resource resource) {
        String path = resource.getSourcePath() == null ? "" : resource.getSourcePath();
        return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
    }
}
