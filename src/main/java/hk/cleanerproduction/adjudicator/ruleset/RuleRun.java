package hk.cleanerproduction.adjudicator.ruleset;

import java.util.List;
import java.util.Optional;

/** What one run of the rules left: every fact in the session at the end, and the rules that fired. */
public record RuleRun(List<Object> facts, List<String> firedRules) {

    public <T> List<T> all(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T> Optional<T> one(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
