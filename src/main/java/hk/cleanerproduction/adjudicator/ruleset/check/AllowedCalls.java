package hk.cleanerproduction.adjudicator.ruleset.check;

import java.util.List;
import java.util.Set;

/**
 * What rules may use, by JVM class name: the fact model and decision API of the adjudicator and of the
 * rules themselves, and the plain values and collections of {@code java.lang}, {@code java.time},
 * {@code java.math} and {@code java.util}. Anything else — {@code Class} and reflection, method handles,
 * class loaders, {@code System}, {@code Runtime}, processes, threads, files, the network, serialization,
 * {@code Unsafe}, streams (which can be endless) — is not on the list and is refused.
 */
final class AllowedCalls {

    private AllowedCalls() {
    }

    /** Whole packages (the class must be directly in it). */
    private static final Set<String> PACKAGES = Set.of(
            "hk/cleanerproduction/adjudicator/decision",
            "hk/cleanerproduction/adjudicator/enterprise",
            "hk/cleanerproduction/adjudicator/funding",
            "hk/cleanerproduction/adjudicator/recognition",
            "java/math",
            "java/time",
            "java/time/format",
            "java/time/temporal",
            "java/time/chrono",
            "java/util/function");

    /** The rules' own packages (declared types, functions), at any depth. */
    private static final String RULES = "hk/cleanerproduction/rules/";

    private static final Set<String> CLASSES = Set.of(
            "java/lang/Object", "java/lang/String", "java/lang/StringBuilder", "java/lang/CharSequence",
            "java/lang/Math", "java/lang/StrictMath", "java/lang/Number", "java/lang/Integer", "java/lang/Long",
            "java/lang/Short", "java/lang/Byte", "java/lang/Double", "java/lang/Float", "java/lang/Boolean",
            "java/lang/Character", "java/lang/Comparable", "java/lang/Iterable", "java/lang/Enum",
            "java/lang/Throwable", "java/lang/Exception", "java/lang/RuntimeException",
            "java/lang/IllegalArgumentException", "java/lang/IllegalStateException", "java/lang/ArithmeticException",
            "java/lang/NullPointerException", "java/lang/IndexOutOfBoundsException", "java/lang/NumberFormatException",
            "java/lang/UnsupportedOperationException", "java/lang/AssertionError",
            "java/util/Collection", "java/util/List", "java/util/ArrayList", "java/util/LinkedList", "java/util/Set",
            "java/util/HashSet", "java/util/LinkedHashSet", "java/util/TreeSet", "java/util/SortedSet",
            "java/util/NavigableSet", "java/util/Map", "java/util/Map$Entry", "java/util/HashMap",
            "java/util/LinkedHashMap", "java/util/TreeMap", "java/util/SortedMap", "java/util/NavigableMap",
            "java/util/EnumMap", "java/util/EnumSet", "java/util/Queue", "java/util/Deque", "java/util/ArrayDeque",
            "java/util/Iterator", "java/util/ListIterator", "java/util/Collections", "java/util/Arrays",
            "java/util/Objects", "java/util/Optional", "java/util/OptionalInt", "java/util/OptionalLong",
            "java/util/Comparator", "java/util/StringJoiner", "java/util/NoSuchElementException");

    /**
     * What a rule action calls on Drools' helper ({@code drools}, implicit in every action): changing the
     * facts of this decision, nothing of the engine or the session.
     */
    private static final Set<String> DROOLS_HELPER = Set.of("insert", "insertLogical", "update", "delete", "retract",
            "getFactHandle", "getRule", "getMatch");
    private static final List<String> DROOLS_HELPER_TYPES = List.of(
            "org/drools/core/rule/consequence/KnowledgeHelper", "org/drools/base/rule/consequence/KnowledgeHelper",
            "org/kie/api/runtime/rule/RuleContext");
    private static final Set<String> DROOLS_VALUES = Set.of("org/kie/api/runtime/rule/FactHandle",
            "org/drools/util/bitmask/BitMask", "org/drools/util/bitmask/AllSetBitMask", "org/drools/util/bitmask/LongBitMask",
            "org/drools/util/bitmask/EmptyBitMask", "org/drools/base/util/bitmask/BitMask", "org/kie/api/definition/rule/Rule",
            // an accumulate's or a from's literals, made by the code Drools generates for them
            "org/drools/mvel/field/FieldFactory", "org/drools/base/rule/accessor/FieldValue");

    /** Methods every object has that reach its class, its monitor or the collector. */
    static final Set<String> NEVER = Set.of("getClass", "getDeclaringClass", "wait", "notify", "notifyAll",
            "finalize", "describeConstable", "resolveConstantDesc");

    /** Decisions are made as of the subject's date: reading the clock would make a decision unrepeatable. */
    private static final String CLOCK = "now";

    /** Whether rules may use the class at all (a field, a new instance, a cast, a class literal). */
    static boolean type(String internalName) {
        String name = elementType(internalName);
        if (name == null) {
            return true; // a primitive or an array of one
        }
        int slash = name.lastIndexOf('/');
        String pkg = slash < 0 ? "" : name.substring(0, slash);
        return CLASSES.contains(name) || PACKAGES.contains(pkg) || name.startsWith(RULES)
                || DROOLS_VALUES.contains(name) || DROOLS_HELPER_TYPES.contains(name);
    }

    /** Whether rules may call the method; null when allowed, else why not. */
    static String call(String owner, String method) {
        if (NEVER.contains(method)) {
            return "'" + method + "' reaches the class or the monitor of an object";
        }
        if (CLOCK.equals(method) && owner.startsWith("java/time/") || "java/time/Clock".equals(owner)) {
            return "'" + readable(owner) + "." + method + "' reads the clock; a decision is made as of the subject's date";
        }
        if (DROOLS_HELPER_TYPES.contains(owner) && !DROOLS_HELPER.contains(method)) {
            return "'drools." + method + "' reaches the engine, not the facts of the decision";
        }
        return type(owner) ? null : "'" + readable(owner) + "." + method + "' is outside what rules may use";
    }

    /** {@code [[Ljava/lang/String;} and {@code java/lang/String} both give {@code java/lang/String}; null for primitives. */
    private static String elementType(String internalName) {
        String name = internalName;
        while (name.startsWith("[")) {
            name = name.substring(1);
        }
        if (name.startsWith("L") && name.endsWith(";")) {
            return name.substring(1, name.length() - 1);
        }
        return name.length() == 1 ? null : name;
    }

    static String readable(String internalName) {
        String name = elementType(internalName);
        return name == null ? internalName : name.replace('/', '.').replace('$', '.');
    }
}
