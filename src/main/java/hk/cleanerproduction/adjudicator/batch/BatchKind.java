package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.recognition.Category;
import hk.cleanerproduction.adjudicator.recognition.CertificateNumbers;
import hk.cleanerproduction.adjudicator.recognition.Level;
import hk.cleanerproduction.adjudicator.recognition.Nomination;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a ceremony batch decides, and what it needs besides the programme: the columns of its CSV
 * that hold lists, and how awardees are numbered.
 */
public enum BatchKind {

    FUNDING(DecisionKind.FUNDING, Set.of("factory.environmentalPenaltyDates")),

    RECOGNITION(DecisionKind.RECOGNITION, Nomination.LIST_FIELDS) {

        /** R-LAB-1: one numbering per award year, per category and level, in nomination id order. */
        @Override
        Map<Integer, String> certificateNumbers(List<BatchRowStore.Awardee> awardees) {
            Map<Integer, CertificateNumbers> byYear = new HashMap<>();
            Map<Integer, String> numbers = new HashMap<>();
            for (BatchRowStore.Awardee awardee : awardees) {
                String number = byYear.computeIfAbsent(awardee.awardYear(), CertificateNumbers::new)
                        .next(Category.valueOf(awardee.category()), Level.valueOf(awardee.level()));
                numbers.put(awardee.rowNumber(), number);
            }
            return numbers;
        }
    };

    private final DecisionKind decisionKind;
    private final Set<String> listColumns;

    BatchKind(DecisionKind decisionKind, Set<String> listColumns) {
        this.decisionKind = decisionKind;
        this.listColumns = listColumns;
    }

    public DecisionKind decisionKind() {
        return decisionKind;
    }

    Set<String> listColumns() {
        return listColumns;
    }

    /** Certificate numbers by row number, for the awardees given in numbering order; none for funding. */
    Map<Integer, String> certificateNumbers(List<BatchRowStore.Awardee> awardees) {
        return Map.of();
    }
}
