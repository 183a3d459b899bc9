package hk.cleanerproduction.adjudicator.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.testing.FixtureRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule base read back from the cache decides as the one compiled; an entry that cannot be trusted is never used. */
class BuiltRulesCacheTests {

    private static RulesDirectory rules;
    private static Ruleset compiled;

    @TempDir
    Path cacheDir;

    @BeforeAll
    static void compile() throws Exception {
        rules = RulesDirectory.read(FixtureRules.DIR);
        compiled = new RulesetLoader(1).build(rules);
    }

    @AfterAll
    static void close() {
        compiled.close();
    }

    @Test
    void aRuleBaseReadBackDecidesEveryApplicationAsTheCompiledOne() throws Exception {
        BuiltRulesCache cache = new BuiltRulesCache(cacheDir, "build-1");
        cache.remember(compiled);
        Ruleset readBack = cache.find(rules, 1).orElseThrow();
        try {
            assertThat(readBack.ruleNames()).isEqualTo(compiled.ruleNames());
            assertThat(readBack.version()).isEqualTo(compiled.version());
            Adjudication adjudication = new Adjudication(Clock.systemUTC());
            List<String> lines = Files.readAllLines(Path.of("test-data/funding/applications.jsonl"), StandardCharsets.UTF_8);
            assertThat(lines).hasSizeGreaterThan(100);
            for (String line : lines) {
                Object input = adjudication.read(DecisionKind.FUNDING, line);
                Decision expected = adjudication.decide(compiled, DecisionKind.FUNDING, input);
                Decision actual = adjudication.decide(readBack, DecisionKind.FUNDING, input);
                assertThat(actual.outcome()).as(expected.subjectId()).isEqualTo(expected.outcome());
                assertThat(actual.grantHkd()).as(expected.subjectId()).isEqualTo(expected.grantHkd());
                assertThat(actual.reasons()).as(expected.subjectId()).isEqualTo(expected.reasons());
                assertThat(actual.firedRules()).as(expected.subjectId()).isEqualTo(expected.firedRules());
                assertThat(actual.asOf()).as(expected.subjectId()).isEqualTo(expected.asOf());
            }
        } finally {
            readBack.close();
        }
    }

    @Test
    void aDamagedEntryIsIgnoredAndBuiltAgain() throws Exception {
        BuiltRulesCache cache = new BuiltRulesCache(cacheDir, "build-1");
        cache.remember(compiled);
        Path entry = entry();
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(entry, bytes);
        assertThat(cache.find(rules, 1)).isEmpty();

        Ruleset rebuilt = new RulesetLoader(1).buildOrReuse(rules, cache);
        rebuilt.close();
        assertThat(Files.readAllBytes(entry)).isNotEqualTo(bytes);
        Optional<Ruleset> again = cache.find(rules, 1);
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void aTruncatedEntryIsIgnored() throws Exception {
        BuiltRulesCache cache = new BuiltRulesCache(cacheDir, "build-1");
        cache.remember(compiled);
        Path entry = entry();
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 1000));
        assertThat(cache.find(rules, 1)).isEmpty();
    }

    @Test
    void anEntryOfOtherFilesOrOfAnotherBuildIsIgnored() throws Exception {
        new BuiltRulesCache(cacheDir, "build-1").remember(compiled);
        assertThat(new BuiltRulesCache(cacheDir, "build-2").find(rules, 1)).as("written by another build").isEmpty();

        // the entry of these rules, copied under the name of other rules' content hash
        Path other = Files.createTempDirectory(cacheDir.getParent(), "other-rules");
        copy(FixtureRules.DIR, other);
        Path table = Files.list(other.resolve("funding")).filter(f -> f.toString().endsWith(".drl")).findFirst().orElseThrow();
        Files.writeString(table, Files.readString(table) + "\n// edited\n");
        RulesDirectory edited = RulesDirectory.read(other);
        Files.copy(entry(), cacheDir.resolve(edited.contentHash() + ".rules"));
        assertThat(new BuiltRulesCache(cacheDir, "build-1").find(edited, 1)).as("another content hash").isEmpty();
    }

    private Path entry() {
        return cacheDir.resolve(rules.contentHash() + ".rules");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
