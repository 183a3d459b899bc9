package hk.cleanerproduction.adjudicator.impact;

import static hk.cleanerproduction.adjudicator.decision.Amounts.grouped;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of an impact and its first changed decisions, as a policy officer reads them before a change
 * goes live. Every change is counted; only the first {@code changesKept} are kept in full.
 */
public final class ImpactReport {

    private final String activeVersion;
    private final String candidateVersion;
    private final int changesKept;
    private final List<DecisionChange> changes = new ArrayList<>();
    private int changed;
    private final List<String> badRows = new ArrayList<>();
    private final Map<String, Integer> transitions = new TreeMap<>();
    private final Map<String, Integer> outcomesBefore = new TreeMap<>();
    private final Map<String, Integer> outcomesAfter = new TreeMap<>();
    private int decided;
    private long grantBefore;
    private long grantAfter;

    ImpactReport(String activeVersion, String candidateVersion, int changesKept) {
        this.activeVersion = activeVersion;
        this.candidateVersion = candidateVersion;
        this.changesKept = changesKept;
    }

    void add(DecisionChange change) {
        decided++;
        outcomesBefore.merge(change.active().outcome(), 1, Integer::sum);
        outcomesAfter.merge(change.candidate().outcome(), 1, Integer::sum);
        grantBefore += change.active().grantHkd() == null ? 0 : change.active().grantHkd();
        grantAfter += change.candidate().grantHkd() == null ? 0 : change.candidate().grantHkd();
        if (change.changed()) {
            changed++;
            if (changes.size() < changesKept) {
                changes.add(change);
            }
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

    public String activeVersion() {
        return activeVersion;
    }

    public String candidateVersion() {
        return candidateVersion;
    }

    public int decided() {
        return decided;
    }

    /** How many decisions changed. */
    public int changed() {
        return changed;
    }

    /** The first changed decisions, in input order: as many as were asked to be kept. */
    public List<DecisionChange> changes() {
        return List.copyOf(changes);
    }

    /** Rows not decided, as {@code row N: problem}. */
    public List<String> badRows() {
        return List.copyOf(badRows);
    }

    /** How many decisions went from one outcome (or level) to another, e.g. {@code ELIGIBLE -> INELIGIBLE}. */
    public Map<String, Integer> transitions() {
        return Map.copyOf(transitions);
    }

    /** Decisions by outcome under the active rules. */
    public Map<String, Integer> outcomesBefore() {
        return new TreeMap<>(outcomesBefore);
    }

    /** Decisions by outcome under the candidate rules. */
    public Map<String, Integer> outcomesAfter() {
        return new TreeMap<>(outcomesAfter);
    }

    public long grantBefore() {
        return grantBefore;
    }

    public long grantAfter() {
        return grantAfter;
    }

    /** The first line of the printed impact, written before the first change is known. */
    public static String heading(String activeVersion, String candidateVersion) {
        return "Impact of the candidate rules " + candidateVersion + " against the active rules " + activeVersion;
    }

    /** One changed decision, as a line of the printed impact. */
    public static void printChange(PrintStream out, DecisionChange change) {
        out.println("row " + change.row() + " " + change.subjectId() + ": " + String.join("; ", change.differences()));
    }

    /** The rows not decided and the totals: the end of the printed impact. */
    public void printTotals(PrintStream out) {
        for (String bad : badRows) {
            out.println("not decided, " + bad);
        }
        out.println("Totals: " + decided + " decided, " + changed + " changed, " + (decided - changed)
                + " unchanged, " + badRows.size() + " bad row(s)");
        transitions.forEach((transition, count) -> out.println("  " + transition + ": " + count));
        if (grantBefore != 0 || grantAfter != 0) {
            long change = grantAfter - grantBefore;
            out.println("  total grant HK$" + grouped(grantBefore) + " -> HK$" + grouped(grantAfter) + " ("
                    + (change >= 0 ? "+" : "") + grouped(change) + ")");
        }
    }
}
