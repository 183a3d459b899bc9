package hk.cleanerproduction.adjudicator.ruleset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

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
     * Inserts the facts, fires every rule and returns all the facts the session ends with (the
     * inputs, the facts the rules derived, the reasons) and the names of the rules that fired, in order.
     */
    public RuleRun run(Collection<?> facts) {
        KieSession session = pool.newKieSession();
        Firings firings = new Firings(System.nanoTime() + limits.maxTime().toNanos());
        session.addEventListener(firings);
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            int fired = session.fireAllRules(limits.maxFirings() + 1);
            if (fired > limits.maxFirings()) {
                throw new RuleRunLimitException(RuleRunLimitException.Limit.FIRINGS, "the rules fired more than "
                        + limits.maxFirings() + " times for one decision (max-firings-per-decision); most often: "
                        + mostFired(firings.names));
            }
            if (firings.timedOut) {
                throw new RuleRunLimitException(RuleRunLimitException.Limit.TIME, "the rules ran longer than "
                        + limits.maxTime().toMillis() + " ms for one decision (max-millis-per-decision); the last to fire: "
                        + firings.names.get(firings.names.size() - 1));
            }
            return new RuleRun(new ArrayList<>(session.getObjects()), firings.names);
        } finally {
            session.removeEventListener(firings);
            session.dispose(); // a pooled session is reset and returned, not destroyed
        }
    }

    /**
     * The names of the rules that fired, in order, and the time limit: past its deadline the run is halted
     * before the next firing. Checked on the deciding thread after each firing, which is where a timer
     * thread's halt() would take effect too, without waking another thread for every decision.
     */
    private static final class Firings extends DefaultAgendaEventListener {

        final List<String> names = new ArrayList<>();
        private final long deadline;
        boolean timedOut;

        Firings(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            names.add(event.getMatch().getRule().getName());
            if (System.nanoTime() - deadline > 0) {
                timedOut = true;
                event.getKieRuntime().halt();
            }
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
