package hk.cleanerproduction.adjudicator.ruleset.check;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a rule may call as {@code x.name(...)}, in its conditions as in its actions: the public
 * methods of the classes rules may use (those of {@link AllowedCalls} that the text can reach: the plain
 * values and collections of the JDK and the fact model the rules import, with the types their methods
 * return) and the functions and declared types of the rules themselves. Conditions are evaluated by
 * Drools' MVEL interpreter, never compiled to a class the compiled-code check could read, so this is
 * what holds them: reflection, processes and the like need names ({@code getMethod}, {@code invoke},
 * {@code forName}, {@code getRuntime}, {@code exec}) that no allowed class has.
 */
final class CallNames {

    private static final Pattern MEMBER_CALL = Pattern.compile("\\.\\s*([A-Za-z_$][\\w$]*)\\s*\\(");
    private static final Pattern FUNCTION = Pattern.compile("\\bfunction\\s+[\\w<>\\[\\], ?.]+?\\s+(\\w+)\\s*\\(");
    private static final Pattern DECLARED_FIELD = Pattern.compile("(?m)^\\s*(\\w+)\\s*:\\s*[\\w.<>\\[\\]]+");

    /** JDK classes a rule may call methods on (the rest of {@link AllowedCalls}' list has nothing more to call). */
    private static final List<Class<?>> JDK = List.of(String.class, StringBuilder.class, CharSequence.class, Math.class,
            Integer.class, Long.class, Short.class, Byte.class, Double.class, Float.class, Boolean.class, Character.class,
            Enum.class, Comparable.class, Iterable.class, Throwable.class,
            java.math.BigDecimal.class, java.math.BigInteger.class, java.math.RoundingMode.class,
            java.time.LocalDate.class, java.time.LocalDateTime.class, java.time.LocalTime.class, java.time.YearMonth.class,
            java.time.Year.class, java.time.MonthDay.class, java.time.Month.class, java.time.DayOfWeek.class,
            java.time.Period.class, java.time.Duration.class, java.time.temporal.ChronoUnit.class,
            java.time.format.DateTimeFormatter.class,
            java.util.List.class, java.util.ArrayList.class, java.util.Map.class, java.util.Map.Entry.class,
            java.util.HashMap.class, java.util.TreeMap.class, java.util.Set.class, java.util.HashSet.class,
            java.util.TreeSet.class, java.util.Collection.class, java.util.Collections.class, java.util.Arrays.class,
            java.util.Objects.class, java.util.Optional.class, java.util.Comparator.class, java.util.Iterator.class,
            java.util.function.Function.class, java.util.function.Predicate.class);

    private final Set<String> names = new HashSet<>();

    /** The names callable in rules that import {@code imported} (class names) and declare what {@code texts} declare. */
    CallNames(Set<String> imported, List<String> texts) {
        Deque<Class<?>> reachable = new ArrayDeque<>(JDK);
        for (String name : imported) {
            if (AllowedCalls.type(name.replace('.', '/'))) {
                load(name).ifPresent(reachable::add);
            }
        }
        Set<Class<?>> seen = new HashSet<>();
        while (!reachable.isEmpty()) {
            Class<?> type = reachable.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                names.add(method.getName());
                Class<?> returned = method.getReturnType();
                if (!returned.isPrimitive() && !returned.isArray() && AllowedCalls.type(returned.getName().replace('.', '/'))) {
                    reachable.add(returned);
                }
            }
            for (Class<?> nested : type.getClasses()) {
                if (Modifier.isPublic(nested.getModifiers())) {
                    reachable.add(nested);
                }
            }
        }
        for (String text : texts) {
            declared(text);
        }
        AllowedCalls.NEVER.forEach(names::remove);
    }

    /** A DRL function, and the accessors Drools writes for each field of a declared type. */
    private void declared(String text) {
        Matcher function = FUNCTION.matcher(text);
        while (function.find()) {
            names.add(function.group(1));
        }
        Matcher field = DECLARED_FIELD.matcher(text);
        while (field.find()) {
            String capitalised = Character.toUpperCase(field.group(1).charAt(0)) + field.group(1).substring(1);
            names.add("get" + capitalised);
            names.add("set" + capitalised);
            names.add("is" + capitalised);
        }
    }

    /** A call of a name no class rules may use has, at {@code position} of the code. */
    record Refused(String name, int position) {
    }

    List<Refused> refused(String code) {
        List<Refused> refused = new ArrayList<>();
        Matcher call = MEMBER_CALL.matcher(code);
        while (call.find()) {
            if (!names.contains(call.group(1))) {
                refused.add(new Refused(call.group(1), call.start(1)));
            }
        }
        return refused;
    }

    /**
     * The classes a set of texts can name: each explicit import, and each capitalised name of the texts
     * looked up in each package imported with {@code .*} (decision tables import whole packages).
     */
    static Set<String> imported(List<String> imports, List<String> texts) {
        Set<String> classes = new HashSet<>();
        Set<String> wildcardPackages = new HashSet<>();
        for (String imported : imports) {
            if (imported.endsWith(".*")) {
                wildcardPackages.add(imported.substring(0, imported.length() - 2));
            } else {
                classes.add(imported);
            }
        }
        Pattern capitalised = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*\\b");
        for (String text : texts) {
            Matcher name = capitalised.matcher(text);
            while (name.find()) {
                for (String pkg : wildcardPackages) {
                    classes.add(pkg + "." + name.group());
                }
            }
        }
        return classes;
    }

    private static java.util.Optional<Class<?>> load(String name) {
        try {
            // only the fact model and the JDK's plain classes get here: loading them runs nothing of the rules
            return java.util.Optional.of(Class.forName(name, false, CallNames.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return java.util.Optional.empty();
        }
    }
}
