package hk.cleanerproduction.adjudicator.ruleset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;

/**
 * A built, immutable ruleset: the rule base, the files it was built from and its version. Safe to
 * use from many threads; each run takes a session from a pool and gives it back.
 */
public final class Ruleset {

    private final RulesDirectory directory;
    private final KieContainer container;
    private final KieBase kieBase;
    private final List<String> ruleNames;
    private final Instant builtAt;
    private final KieContainerSessionsPool pool;
    private final String version;
    private final String contentHash;

    Ruleset(RulesDirectory directory, KieContainer container, KieBase kieBase, List<String> ruleNames,
            Instant builtAt, int poolSize) {
        this.directory = directory;
        this.container = container;
        this.kieBase = kieBase;
        this.ruleNames = List.copyOf(ruleNames);
        this.builtAt = builtAt;
        this.pool = container.newKieSessionsPool(poolSize);
        this.contentHash = directory.contentHash();
        this.version = directory.label() + "-" + contentHash.substring(0, 8);
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
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            return new RuleRun(new ArrayList<>(session.getObjects()), fired);
        } finally {
            session.removeEventListener(listener);
            session.dispose(); // a pooled session is reset and returned, not destroyed
        }
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
        container.dispose();
    }
}
