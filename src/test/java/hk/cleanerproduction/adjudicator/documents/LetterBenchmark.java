package hk.cleanerproduction.adjudicator.documents;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.adjudication.Subject;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.ruleset.Ruleset;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;
import hk.cleanerproduction.adjudicator.ruleset.RulesetLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The letters of the 240 nominations of 2024 under rules/, made on every core as a batch makes them,
 * a few rounds: wall time, the process's CPU time and the size of the letters of each round.
 * {@code java -cp "$CP" hk.cleanerproduction.adjudicator.documents.LetterBenchmark 3}
 */
public final class LetterBenchmark {

    private LetterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        RulesDirectory rules = RulesDirectory.read(Path.of("rules"));
        Wording wording = Wording.of(rules);
        Adjudication adjudication = new Adjudication(Clock.systemUTC());
        List<Letter> letters;
        try (var lines = Files.lines(Path.of("test-data/recognition/nominations-2024.jsonl"))) {
            Ruleset ruleset = new RulesetLoader(1).build(rules);
            letters = lines.filter(line -> !line.isBlank()).map(line -> {
                Object input = adjudication.read(DecisionKind.RECOGNITION, line);
                Decision decision = adjudication.decide(ruleset, DecisionKind.RECOGNITION, input);
                Subject subject = adjudication.subject(DecisionKind.RECOGNITION, input);
                return new Letter(decision, subject.name(), subject.category());
            }).toList();
        }
        PdfRenderer renderer = new PdfRenderer();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= Integer.parseInt(args[0]); round++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            long bytes = letters.parallelStream().mapToLong(letter -> letter.pdf(wording, renderer).length).sum();
            System.out.printf("round %d: %d letters in %d ms (process CPU %d ms), %,d bytes%n", round, letters.size(),
                    (System.nanoTime() - wall) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000, bytes);
        }
        System.exit(0);
    }
}
