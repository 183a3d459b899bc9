package hk.cleanerproduction.adjudicator.http;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RuleRunLimitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import hk.cleanerproduction.adjudicator.store.DecisionRequests;
import hk.cleanerproduction.adjudicator.store.DecisionStore;
import hk.cleanerproduction.adjudicator.store.DecisionWriter;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetVersions;
import hk.cleanerproduction.adjudicator.store.StoredDecision;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Decides one validated input and stores the decision before it is returned, so that every answer the
 * service gives can be read back and replayed. With an idempotency key, a repeated request gets the
 * stored decision back and nothing new is stored.
 */
@Service
public class DecisionService {

    private static final Logger log = LoggerFactory.getLogger(DecisionService.class);

    private final Adjudication adjudication;
    private final ActiveRuleset activeRuleset;
    private final DecisionStore store;
    private final DecisionRequests requests;
    private final RulesetVersions versions;
    private final DecisionMetrics metrics;
    private final DecisionWriter writer;
    private final DecidingThreads deciding;

    public DecisionService(Adjudication adjudication, ActiveRuleset activeRuleset, DecisionStore store,
            DecisionRequests requests, RulesetVersions versions, DecisionMetrics metrics, DecisionWriter writer,
            DecidingThreads deciding) {
        this.adjudication = adjudication;
        this.activeRuleset = activeRuleset;
        this.store = store;
        this.requests = requests;
        this.versions = versions;
        this.metrics = metrics;
        this.writer = writer;
        this.deciding = deciding;
    }

    /**
     * The decision as stored.
     *
     * @param json     the decision JSON in UTF-8, byte for byte what {@code GET /api/v1/decisions/{id}} returns
     * @param repeated true when an earlier request with the same idempotency key made it
     */
    public record Decided(String decisionId, byte[] json, boolean repeated) {
    }

    /** Reads and validates a request body; {@code InvalidInputException} names every bad field. */
    public Object read(DecisionKind kind, String json) {
        return adjudication.read(activeRuleset.get(), kind, json);
    }

    /**
     * Decides and stores; {@code inputJson} is the request body the input was read from, stored as received
     * (replay reads it again); {@code idempotency} may be null.
     */
    public Decided decide(DecisionKind kind, Object input, String inputJson, Idempotency idempotency) {
        if (idempotency != null) {
            Optional<Decided> earlier = earlier(idempotency);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        long start = System.nanoTime();
        // the version must be stored before a decision names it, or the decision could not be replayed
        Ruleset ruleset = activeRuleset.get();
        versions.ensureStored(ruleset);
        Decision decision;
        try {
            decision = deciding.decide(() -> adjudication.decide(ruleset, kind, input));
        } catch (RuleRunLimitException e) {
            metrics.stopped(kind, e);
            log.warn("A {} decision under ruleset {} was stopped: {}", kind, ruleset.version(), e.getMessage());
            throw e;
        }
        byte[] stored;
        try {
            // returns once the decision (and its key) is committed: on disk, with the decisions of concurrent requests
            stored = writer.write(inputJson, decision, idempotency == null ? null
                    : new DecisionWriter.Key(idempotency.client(), idempotency.key(), idempotency.bodySha256()));
        } catch (DuplicateKeyException raced) {
            // the same key arrived twice at once: the other request's decision stands, ours was rolled back
            return earlier(idempotency).orElseThrow(() -> raced);
        }
        metrics.decided(decision, System.nanoTime() - start);
        return new Decided(decision.decisionId(), stored, false);
    }

    private Optional<Decided> earlier(Idempotency idempotency) {
        return requests.find(idempotency.client(), idempotency.key()).map(request -> {
            if (!request.bodySha256().equals(idempotency.bodySha256())) {
                throw new IdempotencyConflictException(idempotency.key(), request.decisionId());
            }
            byte[] json = stored(request.decisionId()).decisionJson().getBytes(StandardCharsets.UTF_8);
            return new Decided(request.decisionId(), json, true);
        });
    }

    /** The decisions about one subject, newest first, at most {@code limit}, each as it was returned. */
    public List<String> about(String subjectId, int limit) {
        return store.decisionsAbout(subjectId, limit);
    }

    /** How many decisions were made at or after {@code since}: an operational figure for the workbench. */
    public long decidedSince(Instant since) {
        return store.countDecidedSince(since);
    }

    public StoredDecision stored(String decisionId) {
        return store.find(decisionId).orElseThrow(() -> new DecisionNotFoundException(decisionId));
    }
}
