package hk.cleanerproduction.adjudicator.funding;
import hk.cleanerproduction.adjudicator.enterprise.Connection;
import hk.cleanerproduction.adjudicator.enterprise.Region;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A funding application of the Cleaner Production Partnership Programme, exactly as SPEC.md "Funding
 * application" fixes it. The rules read it as it is; what can be checked without policy (required
 * fields, formats, ranges, the facts each connection needs) is checked here, before the rules run.
 */
public record FundingApplication(
        @NotBlank @Size(max = 40) String applicationId,
        @NotNull LocalDate receivedOn,
        @NotNull ProjectType projectType,
        @NotNull @Valid Applicant applicant,
        @NotNull @Valid Factory factory,
        @NotNull @Valid Project project,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal priorGrantsThisPhaseHkd) {

    /** F-APP-1: a Hong Kong Business Registration number has 8 digits; anything else is an input error. */
    public record Applicant(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "\\d{8}", message = "must be a Hong Kong Business Registration number of 8 digits")
            String businessRegistrationNo,
            @NotNull LocalDate businessRegistrationExpiry) {
    }

    @ConnectionFactsPresent
    public record Factory(
            @NotBlank @Size(max = 200) String name,
            @NotNull Region region,
            @Size(max = 100) String city,
            @NotNull Connection connection,
            LocalDate processingAgreementExpiry,
            @DecimalMin("0") @DecimalMax("100") BigDecimal residentShareOfFactoryPercent,
            @DecimalMin("0") @DecimalMax("100") BigDecimal residentShareOfApplicantPercent,
            @NotNull Industry industry,
            @NotNull Boolean operating,
            @NotNull @PositiveOrZero Integer environmentalPenaltiesLast12Months,
            /* extension: the dates of penalties, so that a changed look-back period can be applied */
            List<@NotNull LocalDate> environmentalPenaltyDates) {
    }

    public record Project(
            @NotBlank @Size(max = 300) String title,
            @NotNull Boolean technologyOnList,
            @NotNull Boolean meetsNewTechnologyCriteria,
            @NotNull TechnologyOrigin technologyOrigin,
            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal eligibleCostHkd,
            @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal requestedGrantHkd,
            @NotNull LocalDate plannedStart,
            @NotNull LocalDate plannedCompletion,
            @Valid ExpectedAnnualSavings expectedAnnualSavings) {
    }

    public record ExpectedAnnualSavings(
            @PositiveOrZero BigDecimal electricityKwh,
            @PositiveOrZero BigDecimal waterM3,
            @PositiveOrZero BigDecimal vocTonnes,
            @PositiveOrZero BigDecimal co2eTonnes) {
    }

    /** Prior grants default to none, as the application form leaves the field empty for a first project. */
    public BigDecimal priorGrantsThisPhaseHkd() {
        return priorGrantsThisPhaseHkd == null ? BigDecimal.ZERO : priorGrantsThisPhaseHkd;
    }
}
