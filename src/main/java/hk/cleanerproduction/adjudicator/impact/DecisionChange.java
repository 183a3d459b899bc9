package hk.cleanerproduction.adjudicator.impact;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one input's decision differs between the active and the candidate rules: outcome, grant,
 * level and reason codes. Empty {@link #differences()} means the decision is the same.
 */
public record DecisionChange(int row, String subjectId, Decision active, Decision candidate, List<String> differences) {

    static DecisionChange between(int row, Decision active, Decision candidate) {
        List<String> differences = new ArrayList<>();
        if (!Objects.equals(active.outcome(), candidate.outcome())) {
            differences.add("outcome " + active.outcome() + " -> " + candidate.outcome());
        }
        if (!Objects.equals(active.grantHkd(), candidate.grantHkd())) {
            differences.add("grantHkd " + active.grantHkd() + " -> " + candidate.grantHkd());
        }
        if (!Objects.equals(active.level(), candidate.level())) {
            differences.add("level " + active.level() + " -> " + candidate.level());
        }
        List<String> before = codes(active);
        List<String> after = codes(candidate);
        List<String> added = new ArrayList<>(after);
        before.forEach(added::remove);
        List<String> removed = new ArrayList<>(before);
        after.forEach(removed::remove);
        if (!added.isEmpty()) {
            differences.add("reasons added " + added);
        }
        if (!removed.isEmpty()) {
            differences.add("reasons removed " + removed);
        }
        return new DecisionChange(row, active.subjectId(), active, candidate, List.copyOf(differences));
    }

    public boolean changed() {
        return !differences.isEmpty();
    }

    private static List<String> codes(Decision decision) {
        return decision.reasons().stream().map(Reason::code).sorted().toList();
    }
}
