package hk.cleanerproduction.adjudicator.batch;

import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.funding.FundingApplication;
import hk.cleanerproduction.adjudicator.recognition.Category;
import hk.cleanerproduction.adjudicator.recognition.CertificateNumbers;
import hk.cleanerproduction.adjudicator.recognition.Level;
import hk.cleanerproduction.adjudicator.recognition.Nomination;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a ceremony batch decides, and what it needs to know of each input besides the decision: the
 * columns of its CSV that hold lists, and the name and grouping the report shows.
 */
public enum BatchKind {

    FUNDING(DecisionKind.FUNDING, "applicationId", Set.of("factory.environmentalPenaltyDates")) {
        @Override
        SubjectFacts facts(Object input) {
            FundingApplication application = (FundingApplication) input;
            return new SubjectFacts(application.applicant().name(), null, null);
        }
    },

    RECOGNITION(DecisionKind.RECOGNITION, "nominationId", Nomination.LIST_FIELDS) {
        @Override
        SubjectFacts facts(Object input) {
            Nomination nomination = (Nomination) input;
            return new SubjectFacts(nomination.enterprise().name(), nomination.category().name(), nomination.awardYear());
        }

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
    private final String idField;
    private final Set<String> listColumns;

    BatchKind(DecisionKind decisionKind, String idField, Set<String> listColumns) {
        this.decisionKind = decisionKind;
        this.idField = idField;
        this.listColumns = listColumns;
    }

    /** The input field that identifies it (named on a bad row, when it can be read). */
    String idField() {
        return idField;
    }

    public DecisionKind decisionKind() {
        return decisionKind;
    }

    Set<String> listColumns() {
        return listColumns;
    }

    /** The facts of a validated input that the report needs and the decision does not carry. */
    abstract SubjectFacts facts(Object input);

    /** Certificate numbers by row number, for the awardees given in numbering order; none for funding. */
    Map<Integer, String> certificateNumbers(List<BatchRowStore.Awardee> awardees) {
        return Map.of();
    }

    /**
     * @param name      the applicant or enterprise, as the report prints it
     * @param category  recognition: the nomination's category (certificate numbers are per category)
     * @param awardYear recognition: the award year (it starts each certificate number)
     */
    record SubjectFacts(String name, String category, Integer awardYear) {
    }
}
