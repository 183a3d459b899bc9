package hk.cleanerproduction.adjudicator.recognition;

import hk.cleanerproduction.adjudicator.adjudication.FieldError;

/**
 * A bad field that only the rules can see, because the limit is policy (a score part above its
 * maximum in parameters/score-parts, an award year with no ceremony date). The rules insert it as a
 * fact; the adjudicator answers the nomination as bad input (exit 2, HTTP 400) rather than deciding it.
 * It lives in the fact model, not in intake, because rules may only use the fact model.
 *
 * @param field   the dotted path, as in SPEC.md ({@code scores.management})
 * @param message plain words
 */
public record NominationInputError(String field, String message) {

    public FieldError toFieldError() {
        return new FieldError(field, message);
    }
}
