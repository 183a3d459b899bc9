package hk.cleanerproduction.adjudicator.testdata;
import hk.cleanerproduction.adjudicator.testing.Decider;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.funding.FundingApplication;
import hk.cleanerproduction.adjudicator.adjudication.FlatRecords;
import hk.cleanerproduction.adjudicator.adjudication.InputReader;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** test-data/funding: reproducible from its generator, the same in both formats, and covering every outcome and reason. */
class FundingDataSetTests {

    static final Path JSONL = Path.of("test-data/funding/applications.jsonl");
    static final Path CSV = Path.of("test-data/funding/applications.csv");

    @TempDir
    Path temp;

    @Test
    void theCheckedInFilesAreWhatTheGeneratorMakesWithItsDefaultSeed() throws Exception {
        DataSetWriter.write(new FundingDataGenerator(FundingDataGenerator.DEFAULT_SEED).generate(FundingDataGenerator.DEFAULT_COUNT),
                temp.resolve("a.jsonl"), temp.resolve("a.csv"));
        assertThat(Files.readString(temp.resolve("a.jsonl"))).isEqualTo(Files.readString(JSONL));
        assertThat(Files.readString(temp.resolve("a.csv"))).isEqualTo(Files.readString(CSV));
    }

    @Test
    void csvAndJsonLinesHoldTheSameApplications() throws Exception {
        InputReader reader = new InputReader();
        List<FundingApplication> fromJson = Files.readAllLines(JSONL).stream()
                .map(line -> reader.read(line, FundingApplication.class)).toList();
        List<FundingApplication> fromCsv;
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(CSV.toFile())) {
            fromCsv = rows.readAll().stream()
                    .map(row -> reader.read(FlatRecords.toTree(row, Set.of("factory.environmentalPenaltyDates")), FundingApplication.class))
                    .toList();
        }
        assertThat(fromJson).hasSizeGreaterThanOrEqualTo(300);
        assertThat(fromCsv).isEqualTo(fromJson);
    }

    @Test
    void everyOutcomeAndEveryFundingReasonCodeAppears() throws Exception {
        Ruleset ruleset = new RulesetLoader(1).load(FixtureRules.DIR);
        Decider adjudicator = Decider.funding(() -> ruleset, Clock.systemUTC());
        InputReader reader = new InputReader();
        Set<String> outcomes = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        for (String line : Files.readAllLines(JSONL)) {
            Decision decision = adjudicator.decide(reader.read(line, FundingApplication.class));
            outcomes.add(decision.outcome());
            decision.reasons().stream().map(Reason::code).forEach(codes::add);
        }
        ruleset.close();
        assertThat(outcomes).containsExactlyInAnyOrder("ELIGIBLE", "INELIGIBLE", "REFER");
        assertThat(codes).contains("OUTSIDE_APPLICATION_WINDOW", "BUSINESS_REGISTRATION_EXPIRED", "NO_HONG_KONG_CONNECTION",
                "PROCESSING_AGREEMENT_EXPIRED", "HK_RESIDENT_SHARE_TOO_LOW", "FACTORY_LOCATION_NOT_ELIGIBLE",
                "FACTORY_NOT_OPERATING", "TECHNOLOGY_NOT_FUNDABLE", "PROJECT_TOO_LONG", "COMPLETION_AFTER_PROGRAMME_END",
                "NON_TARGET_INDUSTRY", "RECENT_ENVIRONMENTAL_PENALTY", "GRANT_CAPPED_AT_CEILING",
                "GRANT_REDUCED_TO_PHASE_LIMIT", "PHASE_LIMIT_REACHED");
    }
}
