package hk.cleanerproduction.adjudicator.security;

/**
 * The roles of SPEC.md "Access". They are cumulative: a policy officer can do all a decision client
 * can, and the secretariat all a policy officer can (policy officers work in the programme
 * secretariat, which also runs the ceremony batches), so a user needs only the highest role.
 */
public final class Roles {

    public static final String DECISION_CLIENT = "DECISION_CLIENT";
    public static final String POLICY_OFFICER = "POLICY_OFFICER";
    public static final String SECRETARIAT = "SECRETARIAT";

    private Roles() {
    }
}
