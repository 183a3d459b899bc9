package hk.cleanerproduction.adjudicator.adjudication;

import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The programmes this build can decide, one per kind of decision (META-INF/services lists them). */
public final class Programmes {

    private static final Programmes INSTALLED = load();

    private final Map<DecisionKind, Programme<?>> byKind;

    private Programmes(Map<DecisionKind, Programme<?>> byKind) {
        this.byKind = byKind;
    }

    public static Programmes installed() {
        return INSTALLED;
    }

    @SuppressWarnings("rawtypes")
    private static Programmes load() {
        Map<DecisionKind, Programme<?>> byKind = new EnumMap<>(DecisionKind.class);
        for (Programme programme : ServiceLoader.load(Programme.class, Programme.class.getClassLoader())) {
            byKind.put(programme.kind(), programme);
        }
        for (DecisionKind kind : DecisionKind.values()) {
            if (!byKind.containsKey(kind)) {
                throw new IllegalStateException("no programme for " + kind + " in META-INF/services");
            }
        }
        return new Programmes(byKind);
    }

    @SuppressWarnings("unchecked")
    public <T> Programme<T> get(DecisionKind kind) {
        return (Programme<T>) byKind.get(kind);
    }
}
