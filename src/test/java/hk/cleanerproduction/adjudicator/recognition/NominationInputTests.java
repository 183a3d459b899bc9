package hk.cleanerproduction.adjudicator.recognition;

import static hk.cleanerproduction.adjudicator.recognition.SampleNomination.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hk.cleanerproduction.adjudicator.adjudication.FieldError;
import hk.cleanerproduction.adjudicator.adjudication.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A nomination that cannot be decided is answered by naming every bad field. */
class NominationInputTests {

    private static List<FieldError> errorsOf(SampleNomination nomination) {
        return catchThrowableOfType(InvalidInputException.class, nomination::read).errors();
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void theSpecExampleIsValid() {
        Nomination nomination = sample().read();
        assertThat(nomination.nominationId()).isEqualTo("RS24-0042");
        assertThat(nomination.scores().part("measures")).isEqualTo(26);
        assertThat(nomination.priorAwardYears()).containsExactly(2021, 2022, 2023);
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() {
        List<FieldError> errors = errorsOf(sample()
                .with("nominationId", " ")
                .with("awardYear", "twenty-four")
                .with("category", "MINING")
                .with("enterprise.businessRegistrationNo", "1234")
                .with("enterprise.operatingSince", "2012-13-01")
                .with("documentCheckPassed", null)
                .with("environmentalPenaltiesLast12Months", -1)
                .with("scores.management", -1)
                .with("scores.promotion", null)
                .with("priorAwardYears", List.of(2021, 1999)));
        assertThat(fields(errors)).containsExactly("awardYear", "category", "documentCheckPassed",
                "enterprise.businessRegistrationNo", "enterprise.operatingSince", "environmentalPenaltiesLast12Months",
                "nominationId", "priorAwardYears[1]", "scores.management", "scores.promotion");
        assertThat(errors).contains(new FieldError("category", "'MINING' is not one of MANUFACTURING, SOURCING, ET_SERVICE_PROVIDER"),
                new FieldError("enterprise.businessRegistrationNo", "must be a Hong Kong Business Registration number of 8 digits"));
    }

    @Test
    void aResidentOwnedEnterpriseWithoutBothSharesNamesEachMissingShare() {
        assertThat(fields(errorsOf(sample().with("enterprise.connection", "HK_RESIDENT_OWNED"))))
                .containsExactly("enterprise.residentShareOfApplicantPercent", "enterprise.residentShareOfFactoryPercent");
    }

    @Test
    void aManufacturerMustSayHowItIsConnectedAndWhere() {
        assertThat(errorsOf(sample().with("enterprise.connection", null).with("enterprise.region", null)))
                .containsExactly(new FieldError("enterprise.connection", "is required for a MANUFACTURING nomination"),
                        new FieldError("enterprise.region", "is required for a MANUFACTURING nomination"));
        assertThat(sample().asSourcing().with("enterprise.region", null).read().enterprise().connection()).isNull();
    }

    @Test
    void countsThatDoNotApplyMayBeLeftOut() {
        Nomination nomination = sample().with("supplierFactoriesWithCleanerProduction", null)
                .with("programmeProjectsCompleted", null).with("substantiatedComplaints", null).with("priorAwardYears", null).read();
        assertThat(nomination.supplierFactoriesWithCleanerProduction()).isZero();
        assertThat(nomination.priorAwardYears()).isEmpty();
    }
}
