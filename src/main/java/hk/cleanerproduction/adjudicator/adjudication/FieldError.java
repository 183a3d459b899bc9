package hk.cleanerproduction.adjudicator.adjudication;

/**
 * One bad field of an input.
 *
 * @param field   the path as in SPEC.md, dotted ({@code factory.region}, {@code priorAwardYears[1]}); "$" for the whole input
 * @param message plain words
 */
public record FieldError(String field, String message) {
}
