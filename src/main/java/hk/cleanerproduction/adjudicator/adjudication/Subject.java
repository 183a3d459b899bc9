package hk.cleanerproduction.adjudicator.adjudication;

/**
 * What a report shows of a subject that its decision does not carry.
 *
 * @param name      the applicant or enterprise
 * @param category  recognition: the nomination's category (certificate numbers are per category); else null
 * @param awardYear recognition: the award year; else null
 */
public record Subject(String name, String category, Integer awardYear) {
}
