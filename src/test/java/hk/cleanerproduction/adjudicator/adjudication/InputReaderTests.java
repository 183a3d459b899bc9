package hk.cleanerproduction.adjudicator.adjudication;

import static hk.cleanerproduction.adjudicator.funding.SampleApplication.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import hk.cleanerproduction.adjudicator.funding.FundingApplication;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bad input is answered by naming every bad field with its path and a plain message. */
class InputReaderTests {

    private final InputReader reader = new InputReader();

    private List<FieldError> errorsOf(SampleApplication application) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> reader.read(application.json(), FundingApplication.class)).errors();
    }

    private List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void theSampleIsValid() {
        FundingApplication application = sample().read();
        assertThat(application.applicationId()).isEqualTo("CP25-000123");
        assertThat(application.factory().environmentalPenaltiesLast12Months()).isZero();
    }

    @Test
    void everyBadFieldIsNamedInOneAnswer() {
        List<FieldError> errors = errorsOf(sample()
                .with("applicationId", "")
                .with("receivedOn", "2025-02-30")
                .with("projectType", "SOLAR_PANELS")
                .with("applicant.businessRegistrationNo", "1234567")
                .with("factory.region", "FUJIAN")
                .with("project.eligibleCostHkd", -5)
                .with("project.plannedStart", "next week")
                .with("factory.operating", null));
        assertThat(fields(errors)).containsExactly("applicant.businessRegistrationNo", "applicationId", "factory.operating",
                "factory.region", "project.eligibleCostHkd", "project.plannedStart", "projectType", "receivedOn");
        assertThat(errors).contains(
                new FieldError("receivedOn", "'2025-02-30' is not a date (YYYY-MM-DD)"),
                new FieldError("applicant.businessRegistrationNo", "must be a Hong Kong Business Registration number of 8 digits"));
        assertThat(errors).filteredOn(e -> e.field().equals("factory.region")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("'FUJIAN' is not one of HONG_KONG, GUANGDONG, MACAO"));
    }

    @Test
    void aConnectionWithoutTheFactsItNeedsNamesEachMissingFact() {
        assertThat(fields(errorsOf(sample().with("factory.connection", "HK_RESIDENT_OWNED"))))
                .containsExactly("factory.residentShareOfApplicantPercent", "factory.residentShareOfFactoryPercent");
        assertThat(fields(errorsOf(sample().with("factory.connection", "PROCESSING_AGREEMENT"))))
                .containsExactly("factory.processingAgreementExpiry");
    }

    @Test
    void sharesAboveAHundredPercentAndMissingSectionsAreNamed() {
        assertThat(fields(errorsOf(sample().with("factory.connection", "HK_RESIDENT_OWNED")
                .with("factory.residentShareOfFactoryPercent", 120).with("factory.residentShareOfApplicantPercent", 40)
                .with("project", null))))
                .containsExactly("factory.residentShareOfFactoryPercent", "project");
    }

    @Test
    void aWordWhereANumberBelongsAndAnUnknownFieldAreNamed() {
        List<FieldError> errors = errorsOf(sample().with("project.eligibleCostHkd", "a lot").with("factory.colour", "red"));
        assertThat(errors).containsExactly(
                new FieldError("factory.colour", "is not a field of this input"),
                new FieldError("project.eligibleCostHkd", "'a lot' is not a number"));
    }

    @Test
    void jsonThatDoesNotParseIsOneErrorOnTheWholeInput() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> reader.read("{\"applicationId\": ", FundingApplication.class));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.field()).isEqualTo("$");
            assertThat(err.message()).startsWith("is not valid JSON");
        });
    }

    @Test
    void onlyOneJsonObjectIsAnInput() {
        String sample = sample().json();
        assertThat(onlyErrorOf("")).isEqualTo(new FieldError("$", "must be a JSON object"));
        assertThat(onlyErrorOf("[" + sample + "]")).isEqualTo(new FieldError("$", "must be a JSON object"));
        assertThat(onlyErrorOf("\"" + sample.replace("\"", "'") + "\"")).isEqualTo(new FieldError("$", "must be a JSON object"));
        assertThat(onlyErrorOf(sample + " " + sample)).isEqualTo(new FieldError("$", "is not valid JSON: more follows the object"));
        assertThat(onlyErrorOf(sample + " x").message()).startsWith("is not valid JSON");
    }

    private FieldError onlyErrorOf(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> reader.read(json, FundingApplication.class));
        assertThat(e).as("no error for %s", json).isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }

    @Test
    void aCsvRowReadsToTheSameApplicationAsItsJson() {
        FundingApplication fromJson = sample().with("factory.environmentalPenaltyDates", List.of("2025-01-02", "2025-02-03")).read();
        Map<String, String> row = FlatRecords.flatten(Json.mapper().valueToTree(fromJson));
        assertThat(row).containsEntry("factory.region", "GUANGDONG").containsEntry("factory.environmentalPenaltyDates", "2025-01-02;2025-02-03");
        FundingApplication fromCsv = reader.read(FlatRecords.toTree(row, Set.of("factory.environmentalPenaltyDates")), FundingApplication.class);
        assertThat(fromCsv).isEqualTo(fromJson);
    }
}
