package hk.cleanerproduction.adjudicator.ruleset.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Walks the compiled classes of a rules package and reports, instruction by instruction, what rules may
 * not do: use a class or call a method off {@link AllowedCalls}, loop (a jump backwards: every decision
 * must end), call itself through any chain of the package's own methods (recursion), or hold a monitor.
 */
final class CodeWalk {

    /**
     * Something refused, in a class of the package (for a lambda's or an anonymous class's code, the class
     * it was written in), at a line of the source Drools generated for it.
     */
    record Finding(String className, String method, int generatedLine, String hint, String message) {
    }

    /** What was refused, and a word of it as the officer wrote it (to find the line in the rule's text). */
    private record Refusal(String hint, String message) {
    }

    private static final String LAMBDAS = "java/lang/invoke/LambdaMetafactory";
    private static final String STRING_CONCAT = "java/lang/invoke/StringConcatFactory";

    private final List<ClassNode> classes;
    private final Set<String> own = new HashSet<>();
    private final Map<String, Set<String>> calls = new HashMap<>();
    private final Map<String, Finding> callSites = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    CodeWalk(List<ClassNode> classes) {
        this.classes = classes;
        classes.forEach(c -> own.add(c.name));
    }

    List<Finding> findings() {
        for (ClassNode c : classes) {
            for (MethodNode m : c.methods) {
                walk(c, m);
            }
        }
        recursion();
        return findings;
    }

    private void walk(ClassNode c, MethodNode m) {
        String self = c.name + "." + m.name + m.desc;
        Map<LabelNode, Integer> labels = new HashMap<>();
        for (int i = 0; i < m.instructions.size(); i++) {
            if (m.instructions.get(i) instanceof LabelNode label) {
                labels.put(label, i);
            }
        }
        int line = 0;
        for (int i = 0; i < m.instructions.size(); i++) {
            AbstractInsnNode insn = m.instructions.get(i);
            if (insn instanceof LineNumberNode number) {
                line = number.line;
                continue;
            }
            Refusal refused = refused(insn, i, labels);
            if (refused != null) {
                findings.add(new Finding(host(c), m.name, line, refused.hint(), refused.message()));
            }
            if (insn instanceof MethodInsnNode call && own.contains(call.owner)) {
                String callee = call.owner + "." + call.name + call.desc;
                calls.computeIfAbsent(self, k -> new LinkedHashSet<>()).add(callee);
                callSites.putIfAbsent(self + "->" + callee, new Finding(host(c), m.name, line, call.name, ""));
            }
        }
    }

    /** Drools' class names hold '$' (its escapes of '-' and ':'), so nesting is read from the class file, not the name. */
    private static String host(ClassNode c) {
        return c.nestHostClass != null ? c.nestHostClass : c.outerClass != null ? c.outerClass : c.name;
    }

    private Refusal refused(AbstractInsnNode insn, int index, Map<LabelNode, Integer> labels) {
        if (insn instanceof MethodInsnNode call) {
            String why = own.contains(call.owner) ? null : AllowedCalls.call(call.owner, call.name);
            return why == null ? null : new Refusal("<init>".equals(call.name) ? simple(call.owner) : call.name, why);
        }
        if (insn instanceof FieldInsnNode field) {
            return own.contains(field.owner) || AllowedCalls.type(field.owner) ? null
                    : new Refusal(field.name, "'" + AllowedCalls.readable(field.owner) + "." + field.name + "' is outside what rules may use");
        }
        if (insn instanceof TypeInsnNode type) {
            return own.contains(type.desc) || AllowedCalls.type(type.desc) ? null : outside(type.desc);
        }
        if (insn instanceof MultiANewArrayInsnNode array) {
            return AllowedCalls.type(array.desc) ? null : outside(array.desc);
        }
        if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Type type && type.getSort() != Type.METHOD) {
            return own.contains(type.getInternalName()) || AllowedCalls.type(type.getInternalName()) ? null
                    : new Refusal(simple(type.getInternalName()), "'" + AllowedCalls.readable(type.getInternalName())
                            + ".class' is outside what rules may use");
        }
        if (insn instanceof LdcInsnNode ldc && (ldc.cst instanceof Handle || ldc.cst instanceof Type)) {
            return new Refusal("::", "a method handle is outside what rules may use");
        }
        if (insn instanceof InvokeDynamicInsnNode indy) {
            String why = dynamic(indy);
            return why == null ? null : new Refusal("->|::", why);
        }
        if (insn instanceof JumpInsnNode jump) {
            return labels.get(jump.label) <= index ? loop() : null;
        }
        if (insn instanceof TableSwitchInsnNode table) {
            return backwards(table.dflt, table.labels, index, labels);
        }
        if (insn instanceof LookupSwitchInsnNode lookup) {
            return backwards(lookup.dflt, lookup.labels, index, labels);
        }
        if (insn.getOpcode() == Opcodes.MONITORENTER) {
            return new Refusal("synchronized", "'synchronized' is outside what rules may use");
        }
        return null;
    }

    private static Refusal outside(String internalName) {
        return new Refusal(simple(internalName), "'" + AllowedCalls.readable(internalName) + "' is outside what rules may use");
    }

    private static String simple(String internalName) {
        String readable = AllowedCalls.readable(internalName);
        return readable.substring(readable.lastIndexOf('.') + 1);
    }

    /** A lambda is allowed when its interface and its body are; string concatenation always is. */
    private String dynamic(InvokeDynamicInsnNode indy) {
        String bootstrap = indy.bsm.getOwner();
        if (STRING_CONCAT.equals(bootstrap)) {
            return null;
        }
        if (LAMBDAS.equals(bootstrap) && indy.bsmArgs.length >= 2 && indy.bsmArgs[1] instanceof Handle body) {
            Type made = Type.getReturnType(indy.desc);
            if (!AllowedCalls.type(made.getInternalName())) {
                return "'" + AllowedCalls.readable(made.getInternalName()) + "' is outside what rules may use";
            }
            return own.contains(body.getOwner()) ? null : AllowedCalls.call(body.getOwner(), body.getName());
        }
        return "a dynamic call (" + AllowedCalls.readable(bootstrap) + ") is outside what rules may use";
    }

    private static Refusal backwards(LabelNode dflt, List<LabelNode> targets, int index, Map<LabelNode, Integer> labels) {
        if (labels.get(dflt) <= index || targets.stream().anyMatch(t -> labels.get(t) <= index)) {
            return loop();
        }
        return null;
    }

    private static Refusal loop() {
        return new Refusal("while|for|do", "a loop (for, while, do) is outside what rules may do: every decision must end; "
                + "let the rules fire once per fact, or join texts with Texts.join");
    }

    /** Any cycle through the package's own methods: a function (or an action) that ends up calling itself. */
    private void recursion() {
        Set<String> reported = new HashSet<>();
        for (String start : calls.keySet()) {
            Deque<List<String>> paths = new ArrayDeque<>();
            paths.push(List.of(start));
            Set<String> seen = new HashSet<>();
            while (!paths.isEmpty()) {
                List<String> path = paths.pop();
                String last = path.get(path.size() - 1);
                for (String next : calls.getOrDefault(last, Set.of())) {
                    if (next.equals(start) && reported.add(start)) {
                        Finding site = callSites.get(last + "->" + next);
                        findings.add(new Finding(site.className(), site.method(), site.generatedLine(), site.hint(),
                                "'" + name(start) + "' calls itself (recursion) through " + String.join(" -> ",
                                        path.stream().map(CodeWalk::name).toList()) + ": every decision must end"));
                    } else if (seen.add(next)) {
                        List<String> longer = new ArrayList<>(path);
                        longer.add(next);
                        paths.push(longer);
                    }
                }
            }
        }
    }

    private static String name(String method) {
        String owner = method.substring(0, method.indexOf('.'));
        String simple = owner.substring(owner.lastIndexOf('/') + 1);
        return simple + "." + method.substring(method.indexOf('.') + 1, method.indexOf('('));
    }
}
