package hk.cleanerproduction.adjudicator.funding;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports each fact a connection needs and lacks, on the field itself (factory.processingAgreementExpiry, ...). */
public class ConnectionFactsValidator implements ConstraintValidator<ConnectionFactsPresent, FundingApplication.Factory> {

    @Override
    public boolean isValid(FundingApplication.Factory factory, ConstraintValidatorContext context) {
        if (factory == null || factory.connection() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        switch (factory.connection()) {
            case PROCESSING_AGREEMENT -> valid = require(factory.processingAgreementExpiry() != null,
                    "processingAgreementExpiry", "is required when the connection is PROCESSING_AGREEMENT", context);
            case HK_RESIDENT_OWNED -> {
                String why = "is required when the connection is HK_RESIDENT_OWNED";
                valid = require(factory.residentShareOfFactoryPercent() != null, "residentShareOfFactoryPercent", why, context);
                valid &= require(factory.residentShareOfApplicantPercent() != null, "residentShareOfApplicantPercent", why, context);
            }
            default -> { }
        }
        return valid;
    }

    private static boolean require(boolean present, String field, String message, ConstraintValidatorContext context) {
        if (!present) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        }
        return present;
    }
}
