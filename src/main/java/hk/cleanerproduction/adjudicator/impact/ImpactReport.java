package hk.cleanerproduction.adjudicator.impact;

import static hk.cleanerproduction.adjudicator.decision.Amounts.grouped;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every changed decision and the totals, as a policy officer reads them before a change goes live. */
public final class ImpactReport {

    private final String activeVersion;
    private final String candidateVersion;
    private final List<DecisionChange> changes = new ArrayList<>();
    private final List<String> badRows = new ArrayList<>();
    private final Map<String, Integer> transitions = new TreeMap<>();
    private int decided;
    private long grantBefore;
    private long grantAfter;

    ImpactReport(String activeVersion, String candidateVersion) {
        this.activeVersion = activeVersion;
        this.candidateVersion = candidateVersion;
    }

    void add(DecisionChange change) {
        decided++;
        grantBefore += change.active().grantHkd() == null ? 0 : change.active().grantHkd();
        grantAfter += change.candidate().grantHkd() == null ? 0 : change.candidate().grantHkd();
        if (change.changed()) {
            changes.add(change);
            if (!change.active().outcome().equals(change.candidate().outcome())) {
                transitions.merge(change.active().outcome() + " -> " + change.candidate().outcome(), 1, Integer::sum);
            } else if (!java.util.Objects.equals(change.active().level(), change.candidate().level())) {
                transitions.merge("level " + change.active().level() + " -> " + change.candidate().level(), 1, Integer::sum);
            }
        }
    }

    void bad(int row, String problem) {
        badRows.add("row " + row + ": " + problem);
    }

    public void print(PrintStream out) {
        out.println("Impact of the candidate rules " + candidateVersion + " against the active rules " + activeVersion);
        for (DecisionChange c : changes) {
            out.println("row " + c.row() + " " + c.subjectId() + ": " + String.join("; ", c.differences()));
        }
        for (String bad : badRows) {
            out.println("not decided, " + bad);
        }
        out.println("Totals: " + decided + " decided, " + changes.size() + " changed, " + (decided - changes.size())
                + " unchanged, " + badRows.size() + " bad row(s)");
        transitions.forEach((transition, count) -> out.println("  " + transition + ": " + count));
        if (grantBefore != 0 || grantAfter != 0) {
            long change = grantAfter - grantBefore;
            out.println("  total grant HK$" + grouped(grantBefore) + " -> HK$" + grouped(grantAfter) + " ("
                    + (change >= 0 ? "+" : "") + grouped(change) + ")");
        }
    }
}
