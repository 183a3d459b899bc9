package hk.cleanerproduction.adjudicator.http;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.adjudication.Subject;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.documents.Letter;
import hk.cleanerproduction.adjudicator.documents.PdfRenderer;
import hk.cleanerproduction.adjudicator.documents.Wording;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetVersions;
import hk.cleanerproduction.adjudicator.store.StoredDecision;
import org.springframework.stereotype.Service;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The letter about a stored decision: the same letter a batch writes with {@code --letters}, from the
 * decision as stored, the enterprise named in its stored input, and the wording of the ruleset version
 * that made it (so a later change of wording does not change an old decision's letter).
 */
@Service
public class DecisionLetters {

    /** Reads a stored decision as it was made: decidedAt keeps its Hong Kong offset (the letter's date). */
    private static final JsonMapper STORED = Json.mapper().rebuild()
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();

    private final DecisionService decisions;
    private final ActiveRuleset activeRuleset;
    private final RulesetVersions versions;
    private final Adjudication adjudication;
    private final PdfRenderer renderer;

    public DecisionLetters(DecisionService decisions, ActiveRuleset activeRuleset, RulesetVersions versions,
            Adjudication adjudication, PdfRenderer renderer) {
        this.decisions = decisions;
        this.activeRuleset = activeRuleset;
        this.versions = versions;
        this.adjudication = adjudication;
        this.renderer = renderer;
    }

    /** The letter as PDF; {@link DecisionNotFoundException} for an unknown id. */
    public byte[] letter(String decisionId) {
        StoredDecision stored = decisions.stored(decisionId);
        Decision decision = STORED.readValue(stored.decisionJson(), Decision.class);
        DecisionKind kind = DecisionKind.valueOf(stored.kind());
        Subject subject = adjudication.subject(kind, adjudication.read(kind, stored.inputJson()));
        return new Letter(decision, subject.name(), subject.category()).pdf(wording(stored.rulesetVersion()), renderer);
    }

    private Wording wording(String version) {
        Ruleset active = activeRuleset.get();
        if (active.version().equals(version)) {
            return Wording.of(active.directory());
        }
        return versions.files(version).map(Wording::of).orElseGet(() -> Wording.of(active.directory()));
    }
}
