package hk.cleanerproduction.adjudicator.recognition;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * R-LEV-1 [V categories]: only a MANUFACTURING enterprise can be an Excellent Partner, so seeking
 * EXCELLENT_PARTNER in another category is an input error on {@code levelSought}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LevelWithinCategory.Validator.class)
public @interface LevelWithinCategory {
    String message() default "EXCELLENT_PARTNER can be sought only in the MANUFACTURING category";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LevelWithinCategory, Nomination> {
        @Override
        public boolean isValid(Nomination nomination, ConstraintValidatorContext context) {
            if (nomination == null || nomination.levelSought() != Level.EXCELLENT_PARTNER
                    || nomination.category() == null || nomination.category() == Category.MANUFACTURING) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("EXCELLENT_PARTNER can be sought only in the MANUFACTURING category, not "
                    + nomination.category()).addPropertyNode("levelSought").addConstraintViolation();
            return false;
        }
    }
}
