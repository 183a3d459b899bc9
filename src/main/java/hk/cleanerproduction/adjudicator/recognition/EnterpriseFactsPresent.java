package hk.cleanerproduction.adjudicator.recognition;

import hk.cleanerproduction.adjudicator.enterprise.Connection;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-GATE-4 needs the facts of a manufacturing enterprise's Hong Kong connection: its region and
 * connection, and for HK_RESIDENT_OWNED both resident shares. Without them the nomination cannot be
 * decided, so each missing fact is an input error on its own field. Sourcing enterprises and
 * environmental technology service providers need neither.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EnterpriseFactsPresent.Validator.class)
public @interface EnterpriseFactsPresent {
    String message() default "is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EnterpriseFactsPresent, Nomination> {
        @Override
        public boolean isValid(Nomination nomination, ConstraintValidatorContext context) {
            Nomination.Enterprise enterprise = nomination == null ? null : nomination.enterprise();
            if (enterprise == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (nomination.category() == Category.MANUFACTURING) {
                String why = "is required for a MANUFACTURING nomination";
                valid = require(enterprise.region() != null, "enterprise.region", why, context);
                valid &= require(enterprise.connection() != null, "enterprise.connection", why, context);
            }
            if (enterprise.connection() == Connection.HK_RESIDENT_OWNED) {
                String why = "is required when the connection is HK_RESIDENT_OWNED";
                valid &= require(enterprise.residentShareOfFactoryPercent() != null, "enterprise.residentShareOfFactoryPercent", why, context);
                valid &= require(enterprise.residentShareOfApplicantPercent() != null, "enterprise.residentShareOfApplicantPercent", why, context);
            }
            return valid;
        }

        private static boolean require(boolean present, String field, String message, ConstraintValidatorContext context) {
            if (!present) {
                String[] path = field.split("\\.");
                var builder = context.buildConstraintViolationWithTemplate(message).addPropertyNode(path[0]);
                for (int i = 1; i < path.length; i++) {
                    builder = builder.addPropertyNode(path[i]);
                }
                builder.addConstraintViolation();
            }
            return present;
        }
    }
}
