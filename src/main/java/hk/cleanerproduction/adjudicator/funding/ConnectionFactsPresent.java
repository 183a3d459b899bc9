package hk.cleanerproduction.adjudicator.funding;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A connection needs the facts that prove it: PROCESSING_AGREEMENT its expiry date, HK_RESIDENT_OWNED
 * both resident shares. Without them the application cannot be decided, so this is an input error,
 * reported on each missing field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConnectionFactsValidator.class)
public @interface ConnectionFactsPresent {
    String message() default "is required for this connection";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
