package hk.cleanerproduction.adjudicator.http;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetBuildException;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetVersions;
import hk.cleanerproduction.adjudicator.store.StoredDecision;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a stored decision again, from its stored input, under the ruleset version it was made with
 * (rebuilt from the stored files when it is not the active one), and says whether the two agree.
 * Nothing is stored: a replay is a check, not a decision.
 */
@Service
public class DecisionReplay {

    /** What is expected to differ between two makings of the same decision (a batch numbers certificates, not the rules). */
    private static final Set<String> NOT_COMPARED = Set.of("decisionId", "decidedAt", "certificateNumber");

    private final DecisionService decisions;
    private final ActiveRuleset activeRuleset;
    private final RulesetVersions versions;
    private final RulesetLoader loader;
    private final Adjudication adjudication;

    public DecisionReplay(DecisionService decisions, ActiveRuleset activeRuleset, RulesetVersions versions,
            RulesetLoader loader, Adjudication adjudication) {
        this.decisions = decisions;
        this.activeRuleset = activeRuleset;
        this.versions = versions;
        this.loader = loader;
        this.adjudication = adjudication;
    }

    public Replay replay(String decisionId) {
        StoredDecision stored = decisions.stored(decisionId);
        Decision original = Json.mapper().readValue(stored.decisionJson(), Decision.class);
        Ruleset active = activeRuleset.get();
        boolean rebuilt = !active.version().equals(stored.rulesetVersion());
        Ruleset ruleset = rebuilt ? rebuild(stored.rulesetVersion()) : active;
        try {
            Decision again = adjudication.decide(ruleset, DecisionKind.valueOf(stored.kind()), stored.inputJson());
            List<String> differences = differences(original, again);
            return new Replay(decisionId, stored.rulesetVersion(), differences.isEmpty(), differences, stored.decisionJson(), again);
        } finally {
            if (rebuilt) {
                ruleset.close();
            }
        }
    }

    private Ruleset rebuild(String version) {
        RulesDirectory files = versions.files(version).orElseThrow(() -> new ReplayUnavailableException(
                "The files of ruleset version " + version + " are not stored, so the decision cannot be replayed."));
        try {
            Ruleset ruleset = loader.build(files);
            if (!ruleset.version().equals(version)) {
                ruleset.close();
                throw new ReplayUnavailableException("The stored files of ruleset version " + version
                        + " rebuild into version " + ruleset.version() + ": the stored ruleset is damaged.");
            }
            return ruleset;
        } catch (RulesetBuildException e) {
            throw new ReplayUnavailableException("Ruleset version " + version + " no longer builds: " + e.getMessage());
        }
    }

    static List<String> differences(Decision original, Decision again) {
        ObjectNode a = Json.mapper().valueToTree(original);
        ObjectNode b = Json.mapper().valueToTree(again);
        Set<String> fields = new LinkedHashSet<>(a.propertyNames());
        fields.addAll(b.propertyNames());
        List<String> differences = new ArrayList<>();
        for (String field : fields) {
            JsonNode x = a.get(field);
            JsonNode y = b.get(field);
            if (!NOT_COMPARED.contains(field) && !(x == null ? y == null : x.equals(y))) {
                differences.add(field);
            }
        }
        return differences;
    }
}
