package hk.cleanerproduction.adjudicator.testdata;
import hk.cleanerproduction.adjudicator.testing.Decider;
import hk.cleanerproduction.adjudicator.testing.FixtureRuleset;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.Reason;
import hk.cleanerproduction.adjudicator.adjudication.FlatRecords;
import hk.cleanerproduction.adjudicator.adjudication.InputReader;
import hk.cleanerproduction.adjudicator.recognition.Nomination;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * test-data/recognition/nominations-2024.* is the 2024 ceremony: made by the checked-in generator with
 * its fixed seed, and decided by the default rules into exactly the reference result of the 2024 ceremony (docs/policy/recognition.md)
 * Part 1, with a refusal for every recognition reason code.
 */
class RecognitionCeremonyDataTests {

    static final Path JSONL = Path.of("test-data/recognition/nominations-2024.jsonl");
    static final Path CSV = Path.of("test-data/recognition/nominations-2024.csv");
    static final List<String> EVERY_RECOGNITION_CODE = List.of("ASSESSMENT_NOT_PASSED", "RECENT_ENVIRONMENTAL_PENALTY",
            "SUBSTANTIATED_OBJECTION", "NOT_HONG_KONG_OWNED", "OPERATING_LESS_THAN_ONE_YEAR", "SCORE_BELOW_THRESHOLD",
            "EXCELLENT_CRITERIA_NOT_MET", "NO_SUPPLIER_WITH_CLEANER_PRODUCTION", "NO_PROGRAMME_PROJECT_COMPLETED",
            "SUBSTANTIATED_COMPLAINT");

    @RegisterExtension
    static final FixtureRuleset RULESET = new FixtureRuleset();
    private static final Decider adjudicator = Decider.recognition(RULESET, Clock.systemUTC());

    static List<Nomination> readJsonLines() throws IOException {
        InputReader reader = new InputReader();
        return Files.readAllLines(JSONL).stream().map(line -> reader.read(line, Nomination.class)).toList();
    }

    static List<Nomination> readCsv() throws IOException {
        InputReader reader = new InputReader();
        List<Nomination> nominations = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(CSV);
                MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (rows.hasNext()) {
                nominations.add(reader.read(FlatRecords.toTree(rows.next(), Nomination.LIST_FIELDS), Nomination.class));
            }
        }
        return nominations;
    }

    @Test
    void theCheckedInFilesAreWhatTheGeneratorMakesWithItsSeed(@TempDir Path out) throws IOException {
        DataSetWriter.write(new RecognitionDataGenerator(RecognitionDataGenerator.DEFAULT_SEED).generateCeremony(),
                out.resolve("n.jsonl"), out.resolve("n.csv"));
        assertThat(Files.readString(out.resolve("n.jsonl"))).isEqualTo(Files.readString(JSONL));
        assertThat(Files.readString(out.resolve("n.csv"))).isEqualTo(Files.readString(CSV));
    }

    @Test
    void theCsvAndTheJsonLinesHoldTheSameNominations() throws IOException {
        List<Nomination> fromJson = readJsonLines();
        List<Nomination> fromCsv = readCsv();
        assertThat(fromCsv).hasSize(240);
        for (int i = 0; i < fromJson.size(); i++) {
            // an empty list is an empty cell, read back as absent; decimals compare by value (90.90 = 90.9)
            assertThat(fromCsv.get(i)).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .ignoringFields("priorAwardYears")
                    .isEqualTo(fromJson.get(i));
            assertThat(fromCsv.get(i).priorAwardYears()).isEqualTo(fromJson.get(i).priorAwardYears());
        }
    }

    @Test
    void theDefaultRulesGiveExactlyThe2024Ceremony() throws IOException {
        List<Decision> decisions = readJsonLines().stream().map(adjudicator::decide).toList();
        List<Nomination> nominations = readJsonLines();
        Map<String, Long> awards = new TreeMap<>();
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            if (decision.outcome().equals("AWARDED")) {
                awards.merge(nominations.get(i).category() + " " + decision.level(), 1L, Long::sum);
            }
        }
        assertThat(decisions).hasSize(240);
        assertThat(awards).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MANUFACTURING EXCELLENT_PARTNER", 42L,
                "MANUFACTURING PARTNER", 149L,
                "SOURCING PARTNER", 3L,
                "ET_SERVICE_PROVIDER PARTNER", 21L));
        assertThat(decisions.stream().filter(d -> d.outcome().equals("AWARDED")).count()).isEqualTo(215);
        assertThat(decisions.stream().filter(d -> d.outcome().equals("NOT_AWARDED")).count()).isEqualTo(25);

        Map<String, Long> codes = decisions.stream().flatMap(d -> d.reasons().stream())
                .collect(Collectors.groupingBy(Reason::code, TreeMap::new, Collectors.counting()));
        assertThat(codes.keySet()).containsExactlyInAnyOrderElementsOf(EVERY_RECOGNITION_CODE);
        assertThat(decisions).filteredOn(d -> d.outcome().equals("NOT_AWARDED"))
                .allSatisfy(d -> assertThat(d.reasons()).anySatisfy(r -> assertThat(r.effect().name()).isEqualTo("NOT_AWARDED")));
        assertThat(decisions).filteredOn(d -> d.outcome().equals("AWARDED"))
                .allSatisfy(d -> assertThat(d.labelValidUntil()).hasToString("2025-12-31"));
    }
}
