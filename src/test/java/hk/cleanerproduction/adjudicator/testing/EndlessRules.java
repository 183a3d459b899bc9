package hk.cleanerproduction.adjudicator.testing;

/** Rules that never finish on their own: two rules that turn one fact back and forth, for ever. */
public final class EndlessRules {

    private EndlessRules() {
    }

    /**
     * A DRL file whose rules start turning a ball for every funding application that matches
     * {@code constraint} (empty: every application); the rules' names start F-PING-1.
     */
    public static String forApplications(String constraint) {
        return """
                package hk.cleanerproduction.rules.pingpong;

                import hk.cleanerproduction.adjudicator.funding.FundingApplication;

                declare Ball
                    side : int
                end

                rule "F-PING-1 serve"
                when
                    FundingApplication( %s )
                then
                    insert(new Ball(0));
                end
                """.formatted(constraint) + flip("ping", 0, 1) + flip("pong", 1, 0);
    }

    /** A rule that turns the ball from one side to the other. */
    private static String flip(String name, int from, int to) {
        return """

                rule "F-PING-1 %s"
                when
                    $b : Ball( side == %d )
                then
                    modify($b) { setSide(%d) }
                end
                """.formatted(name, from, to);
    }
}
