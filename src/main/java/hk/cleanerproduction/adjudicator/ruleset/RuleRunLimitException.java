package hk.cleanerproduction.adjudicator.ruleset;

/**
 * A decision stopped because its rules ran past a limit of ruleset.properties: too many firings (the
 * message names the rules that kept firing) or too long. Nothing was decided; the ruleset is at fault,
 * not the input.
 */
public class RuleRunLimitException extends RuntimeException {

    public enum Limit { FIRINGS, TIME }

    private final Limit limit;

    public RuleRunLimitException(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
