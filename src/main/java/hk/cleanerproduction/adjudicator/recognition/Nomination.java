package hk.cleanerproduction.adjudicator.recognition;

import hk.cleanerproduction.adjudicator.enterprise.Connection;
import hk.cleanerproduction.adjudicator.enterprise.Region;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A nomination to the Hong Kong-Guangdong Cleaner Production Partners Recognition Scheme, exactly as
 * SPEC.md "Recognition nomination" fixes it. What needs no policy is checked here: required fields,
 * formats, sane bounds, the level a category can seek (R-LEV-1) and the facts a connection needs.
 * The score-part maxima are policy [A], so the rules check them (R-SCORE) and report them as input errors.
 */
@LevelWithinCategory
@EnterpriseFactsPresent
public record Nomination(
        @NotBlank @Size(max = 40) String nominationId,
        @NotNull @Min(value = 2009, message = "must be a year of the scheme (2009 or later)") @Max(9999) Integer awardYear,
        @NotNull Category category,
        @NotNull Level levelSought,
        @NotNull @Valid Enterprise enterprise,
        @NotNull Boolean documentCheckPassed,
        @NotNull Boolean onSiteAssessmentPassed,
        @NotNull @PositiveOrZero Integer environmentalPenaltiesLast12Months,
        @NotNull Boolean substantiatedObjection,
        @NotNull @Valid Scores scores,
        List<@NotNull @Min(value = 2009, message = "must be a year of the scheme (2009 or later)") @Max(9999) Integer> priorAwardYears,
        @NotNull Boolean cleanerProductionAuditCompleted,
        @PositiveOrZero Integer supplierFactoriesWithCleanerProduction,
        @PositiveOrZero Integer programmeProjectsCompleted,
        @PositiveOrZero Integer substantiatedComplaints,
        /* extension: the dates of penalties, so that a changed look-back period can be applied */
        List<@NotNull LocalDate> environmentalPenaltyDates) {

    /** The CSV columns that hold lists (one cell, items separated by ';'). */
    public static final Set<String> LIST_FIELDS = Set.of("priorAwardYears", "environmentalPenaltyDates");

    public record Enterprise(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "\\d{8}", message = "must be a Hong Kong Business Registration number of 8 digits")
            String businessRegistrationNo,
            Region region,
            Connection connection,
            @DecimalMin("0") @DecimalMax("100") BigDecimal residentShareOfFactoryPercent,
            @DecimalMin("0") @DecimalMax("100") BigDecimal residentShareOfApplicantPercent,
            @NotNull LocalDate operatingSince) {
    }

    /**
     * The five parts of the score (R-SCORE). The bound here is only a sanity check; the maximum of
     * each part is a parameter in rules/recognition/parameters/score-parts.drl.csv.
     */
    public record Scores(
            @NotNull @Min(0) @Max(100) Integer management,
            @NotNull @Min(0) @Max(100) Integer measures,
            @NotNull @Min(0) @Max(100) Integer results,
            @NotNull @Min(0) @Max(100) Integer compliance,
            @NotNull @Min(0) @Max(100) Integer promotion) {

        /** A part by the name the rules' score-part table uses (its JSON field name). */
        public Integer part(String name) {
            return switch (name) {
                case "management" -> management;
                case "measures" -> measures;
                case "results" -> results;
                case "compliance" -> compliance;
                case "promotion" -> promotion;
                default -> throw new IllegalArgumentException("no score part '" + name + "'");
            };
        }
    }

    /** Prior award years default to none (a first nomination leaves the field empty). */
    public List<Integer> priorAwardYears() {
        return priorAwardYears == null ? List.of() : priorAwardYears;
    }

    /** Counts that do not apply to the category may be left out; they are then none. */
    public Integer supplierFactoriesWithCleanerProduction() {
        return supplierFactoriesWithCleanerProduction == null ? 0 : supplierFactoriesWithCleanerProduction;
    }

    public Integer programmeProjectsCompleted() {
        return programmeProjectsCompleted == null ? 0 : programmeProjectsCompleted;
    }

    public Integer substantiatedComplaints() {
        return substantiatedComplaints == null ? 0 : substantiatedComplaints;
    }
}
