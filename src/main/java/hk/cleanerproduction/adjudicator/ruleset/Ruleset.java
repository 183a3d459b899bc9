package hk.cleanerproduction.adjudicator.ruleset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;

/**
 * A built, immutable ruleset: the rule base, the files it was built from and its version. Safe to
 * use from many threads; each run takes a session from a pool and gives it back.
 */
public final class Ruleset {

    private final RulesDirectory directory;
    private final KieContainer container; // null for a rule base read back from the BuiltRulesCache
    private final KieBase kieBase;
    private final List<String> ruleNames;
    private final Instant builtAt;
    private final KieSessionsPool pool;
    private final KieSessionConfiguration sessions = oneThreadAtATime();
    private final String version;
    private final String contentHash;
    private final RunLimits limits;

    Ruleset(RulesDirectory directory, KieContainer container, KieBase kieBase, List<String> ruleNames,
            Instant builtAt, int poolSize) {
        this.directory = directory;
        this.container = container;
        this.kieBase = kieBase;
        this.ruleNames = List.copyOf(ruleNames);
        this.builtAt = builtAt;
        this.pool = kieBase.newKieSessionsPool(poolSize);
        this.contentHash = directory.contentHash();
        this.version = directory.label() + "-" + contentHash.substring(0, 8);
        this.limits = directory.limits();
    }

    /**
     * How every rule base is configured. A built ruleset is never changed (an edit builds a new one), so
     * Drools may keep a session's facts in one identity map instead of a store for each fact class, which
     * it would otherwise build again for every decision (a sixth of a decision's time).
     */
    static KieBaseConfiguration kieBaseConfiguration(ClassLoader classes) {
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration(null, classes);
        conf.setOption(KieBaseMutabilityOption.DISABLED);
        return conf;
    }

    /**
     * A pooled session is used by one thread at a time and halted only from that thread (see Trail),
     * so it needs none of the locks Drools otherwise takes for each insert and propagation.
     */
    private static KieSessionConfiguration oneThreadAtATime() {
        KieSessionConfiguration conf = KieServices.Factory.get().newKieSessionConfiguration();
        conf.setOption(ThreadSafeOption.NO);
        return conf;
    }

    /**
     * Inserts the facts, fires every rule and returns all the facts the session ends with (the
     * inputs, the facts the rules derived, the reasons) and the names of the rules that fired, in order.
     */
    public RuleRun run(Collection<?> facts) {
        KieSession session = pool.newKieSession(sessions);
        Trail trail = new Trail(System.nanoTime() + limits.maxTime().toNanos());
        session.addEventListener((AgendaEventListener) trail);
        session.addEventListener((RuleRuntimeEventListener) trail);
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            int fired = session.fireAllRules(limits.maxFirings() + 1);
            if (fired > limits.maxFirings()) {
                throw new RuleRunLimitException(RuleRunLimitException.Limit.FIRINGS, "the rules fired more than "
                        + limits.maxFirings() + " times for one decision (max-firings-per-decision); most often: "
                        + mostFired(trail.fired));
            }
            if (trail.timedOut) {
                throw new RuleRunLimitException(RuleRunLimitException.Limit.TIME, "the rules ran longer than "
                        + limits.maxTime().toMillis() + " ms for one decision (max-millis-per-decision); the last to fire: "
                        + trail.fired.get(trail.fired.size() - 1));
            }
            return new RuleRun(trail.facts, trail.fired);
        } finally {
            session.removeEventListener((AgendaEventListener) trail);
            session.removeEventListener((RuleRuntimeEventListener) trail);
            session.dispose(); // a pooled session is reset and returned, not destroyed
        }
    }

    /**
     * What one run did: the rules that fired, in order, and the facts inserted and not deleted, in the
     * order they were inserted. The facts are kept here rather than read back from the session because
     * a rule base that cannot change lets Drools drop at once a fact no rule matches, such as a reason
     * no outcome rule looks at; the decision still needs it. Past its deadline the run is halted before
     * the next firing: checked on the deciding thread after each firing, which is where a timer
     * thread's halt() would take effect too, without waking another thread for every decision.
     */
    private static final class Trail extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

        final List<String> fired = new ArrayList<>();
        final List<Object> facts = new ArrayList<>();
        private final long deadline;
        boolean timedOut;

        Trail(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            fired.add(event.getMatch().getRule().getName());
            if (System.nanoTime() - deadline > 0) {
                timedOut = true;
                event.getKieRuntime().halt();
            }
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            facts.add(event.getObject());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            int index = indexOf(event.getOldObject());
            if (index >= 0) {
                facts.set(index, event.getObject()); // the same object after a modify, another after update(h, o)
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            int index = indexOf(event.getOldObject());
            if (index >= 0) {
                facts.remove(index);
            }
        }

        private int indexOf(Object fact) {
            for (int i = facts.size() - 1; i >= 0; i--) {
                if (facts.get(i) == fact) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The three rules that fired most, with how often: the ones that kept firing. */
    private static String mostFired(List<String> fired) {
        Map<String, Long> counts = fired.stream().collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .map(e -> "'" + e.getKey() + "' " + e.getValue() + " times").collect(Collectors.joining(", "));
    }

    public RunLimits limits() {
        return limits;
    }

    public String version() {
        return version;
    }

    public String contentHash() {
        return contentHash;
    }

    public String label() {
        return directory.label();
    }

    public RulesDirectory directory() {
        return directory;
    }

    public List<RuleFile> files() {
        return directory.files();
    }

    public List<String> ruleNames() {
        return ruleNames;
    }

    public Instant builtAt() {
        return builtAt;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Frees the session pool and the container; the ruleset must not be used afterwards. */
    public void close() {
        pool.shutdown();
        if (container != null) {
            container.dispose();
        }
    }
}
