package hk.cleanerproduction.adjudicator.ruleset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
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

    /** One timer thread for every run's time limit: it only halts sessions, never runs rules. */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rule-run-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true); // thousands of decisions a second finish long before their limit
        return timer;
    }

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
        List<String> fired = new ArrayList<>();
        AgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        };
        session.addEventListener(listener);
        // the last guard: halt() stops the run between two firings once the time is up
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            session.halt();
        }, limits.maxTime().toMillis(), TimeUnit.MILLISECONDS);
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            int firings = session.fireAllRules(limits.maxFirings() + 1);
            watchdog.cancel(false);
            if (firings > limits.maxFirings()) {
                throw new RuleRunLimitException(RuleRunLimitException.Limit.FIRINGS, "the rules fired more than "
                        + limits.maxFirings() + " times for one decision (max-firings-per-decision); most often: "
                        + mostFired(fired));
            }
            if (timedOut.get()) {
                throw new RuleRunLimitException(RuleRunLimitException.Limit.TIME, "the rules ran longer than "
                        + limits.maxTime().toMillis() + " ms for one decision (max-millis-per-decision); the last to fire: "
                        + (fired.isEmpty() ? "none" : fired.get(fired.size() - 1)));
            }
            return new RuleRun(new ArrayList<>(session.getObjects()), fired);
        } finally {
            watchdog.cancel(false);
            session.removeEventListener(listener);
            session.dispose(); // a pooled session is reset and returned, not destroyed
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
