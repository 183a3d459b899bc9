package hk.cleanerproduction.adjudicator.ruleset.lifecycle;
import hk.cleanerproduction.adjudicator.testing.RulesCopy;
import hk.cleanerproduction.adjudicator.ruleset.RulesDirectory;

import static hk.cleanerproduction.adjudicator.funding.SampleApplication.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import hk.cleanerproduction.adjudicator.adjudication.Adjudication;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.decision.Decision;
import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A running service picks up a policy officer's change of rules/ only when it passes the gate: a
 * broken DRL, a forbidden call, an overlapping table row and a failing scenario are each refused with
 * their message while the old ruleset keeps answering; a good change goes live without a restart,
 * from a file save alone, and is stored as an activation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LiveReloadTests {

    private static final RulesCopy RULES;

    static {
        try {
            RULES = RulesCopy.of(Files.createTempDirectory("live-reload"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String POLICY = "funding/funding-policy.drl";
    private static final String AMOUNT = "funding/funding-amount.drl";
    private static final String PARAMETERS = "funding/parameters/programme-parameters.drl.csv";
    private static final String GRANT_TERMS = "funding/parameters/grant-terms.drl.csv";

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        registry.add("adjudicator.rules-dir", () -> RULES.root().toString());
        registry.add("adjudicator.reload.watch", () -> "true");
        registry.add("adjudicator.reload.debounce", () -> "200ms");
        registry.add("adjudicator.reload.grace", () -> "1s");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Adjudication adjudication;

    @Autowired
    ActiveRuleset activeRuleset;

    @Autowired
    RulesetReloader reloader;

    @Autowired
    RulesetHealth health;

    @Autowired
    RulesetVersions activations;

    static final List<RulesetActivated> PUBLISHED = java.util.Collections.synchronizedList(new ArrayList<>());

    @org.springframework.boot.test.context.TestConfiguration
    static class ListenToActivations {
        @org.springframework.context.event.EventListener
        void activated(RulesetActivated event) {
            PUBLISHED.add(event);
        }
    }

    private final List<String[]> originals = new ArrayList<>();
    private String versionBefore;

    @BeforeEach
    void remember() {
        versionBefore = reloader.active().version();
    }

    /** Puts every edited file back and makes sure the service is on the original rules again. */
    @AfterEach
    void restore() throws Exception {
        for (String[] original : originals) {
            Files.writeString(RULES.root().resolve(original[0]), original[1]);
        }
        originals.clear();
        mvc.perform(post("/api/v1/ruleset/reload").with(officer())).andExpect(status().isOk());
    }

    private void edit(String file, String text, String replacement) throws IOException {
        originals.add(new String[] {file, Files.readString(RULES.root().resolve(file))});
        RULES.replace(file, text, replacement);
    }

    private JsonNode reloadRefused() throws Exception {
        String body = mvc.perform(post("/api/v1/ruleset/reload").with(officer())).andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"))
                .andReturn().getResponse().getContentAsString();
        JsonNode refused = Json.mapper().readTree(body);
        assertThat(refused.get("type").asString()).isEqualTo("urn:cleaner-production-adjudicator:problem:ruleset-refused");
        assertThat(refused.get("status").asInt()).isEqualTo(422);
        return refused;
    }

    private Decision decideSample() {
        return adjudication.decide(activeRuleset.get(), DecisionKind.FUNDING, sample().read());
    }

    private void assertTheOldRulesetStillAnswers() throws Exception {
        Decision decision = decideSample();
        assertThat(decision.rulesetVersion()).isEqualTo(versionBefore);
        assertThat(decision.grantHkd()).isEqualTo(650_000L);
        JsonNode active = rulesetState();
        assertThat(active.get("version").asString()).isEqualTo(versionBefore);
        assertThat(active.get("changeRefused").asBoolean()).isTrue();
        assertThat(active.get("lastAttempt").get("result").asString()).isEqualTo("REFUSED");
        assertThat(active.get("lastAttempt").get("problems")).isNotEmpty();
        Health h = health.health();
        assertThat(h.getStatus().getCode()).isEqualTo("UP");
        assertThat(h.getDetails()).containsEntry("changeRefused", true).containsEntry("version", versionBefore);
    }

    private JsonNode rulesetState() throws Exception {
        return Json.mapper().readTree(mvc.perform(get("/api/v1/ruleset").with(officer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static List<String> problems(JsonNode attempt) {
        List<String> problems = new ArrayList<>();
        attempt.get("problems").values().forEach(p -> problems.add(p.asString()));
        return problems;
    }

    @Test
    void aBrokenDrlIsRefusedWithFileAndLineWhileTheOldRulesetKeepsAnswering() throws Exception {
        edit(POLICY, "factory.operating == true", "factory.running == true");

        JsonNode attempt = reloadRefused();

        assertThat(attempt.get("result").asString()).isEqualTo("REFUSED");
        assertThat(problems(attempt)).anySatisfy(p -> assertThat(p)
                .startsWith(RULES.where(POLICY, "factory.running")).contains("running"));
        assertTheOldRulesetStillAnswers();
    }

    /** Changes the gate refuses for a problem on a line of the changed file: the change, and the problem it must name. */
    static Stream<Arguments> refusedChanges() {
        return Stream.of(
                argumentSet("a DRL with a forbidden call", AMOUNT, "    modify($assessment) { setGrantHkd($ceiling) }",
                        "    modify($assessment) { setGrantHkd($ceiling) }\n    System.exit(1);",
                        (Consumer<String>) p -> assertThat(p).isEqualTo(RULES.where(AMOUNT, "System.exit")
                                + ": refused: 'System.' reaches System (exit, properties, environment, "
                                + "streams); rules may only use the fact model and java.lang, java.time, java.math and java.util basics")),
                argumentSet("an overlapping table row", PARAMETERS, "F-PEN-1 penalty look-back,2008-04-01,,,,12,",
                        "F-PEN-1 penalty look-back,2008-04-01,,,,12,\nF-PEN-1 penalty look-back from 2026,2026-01-01,,,,24,",
                        (Consumer<String>) p -> assertThat(p).startsWith(RULES.where(PARAMETERS, "from 2026")
                                + ": overlapping rows: 'F-PEN-1 penalty look-back from 2026' and line")));
    }

    @ParameterizedTest
    @MethodSource("refusedChanges")
    void aChangeIsRefusedWithItsProblem(String file, String text, String replacement, Consumer<String> problem) throws Exception {
        edit(file, text, replacement);

        JsonNode attempt = reloadRefused();

        assertThat(problems(attempt)).anySatisfy(problem);
        assertTheOldRulesetStillAnswers();
    }

    @Test
    void aChangeThatFailsAScenarioIsRefused() throws Exception {
        edit(GRANT_TERMS, "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000", "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,600000");

        JsonNode attempt = reloadRefused();

        assertThat(attempt.get("scenariosFailed").asInt()).isGreaterThan(10);
        assertThat(problems(attempt)).anySatisfy(p -> assertThat(p).contains("/funding/scenarios/grant.yaml:")
                .contains("expected grantHkd 650000, got 600000"));
        assertTheOldRulesetStillAnswers();
    }

    @Test
    void revertingARefusedChangeMakesStateAndHealthTrueAgain() throws Exception {
        edit(GRANT_TERMS, "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000", "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,600000");
        reloadRefused();
        RULES.replace(GRANT_TERMS, "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,600000", "NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000");

        mvc.perform(post("/api/v1/ruleset/reload").with(officer())).andExpect(status().isOk());

        JsonNode state = rulesetState();
        assertThat(state.get("version").asString()).isEqualTo(versionBefore);
        assertThat(state.get("changeRefused").asBoolean()).isFalse();
        assertThat(state.get("lastAttempt").get("result").asString()).isEqualTo("UNCHANGED");
        assertThat(health.health().getDetails()).containsEntry("changeRefused", false).doesNotContainKey("problems");
    }

    @Test
    void aGoodChangeGoesLiveFromAFileSaveWithoutARestartAndIsStored() throws Exception {
        long activationsBefore = activations.activationCount();
        edit(AMOUNT, "\"元上限為限。\"", "\"元的上限為限。\"");

        String edited = hk.cleanerproduction.adjudicator.ruleset.RulesDirectory.read(RULES.root()).version();

        // no POST: the watcher sees the save; the event is the last step of an activation
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (PUBLISHED.stream().noneMatch(e -> e.ruleset().version().equals(edited)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertThat(reloader.active().version()).isEqualTo(edited).isNotEqualTo(versionBefore);
        assertThat(reloader.lastAttempt().result()).isEqualTo(ReloadAttempt.Result.ACTIVATED);
        assertThat(reloader.lastAttempt().trigger()).isEqualTo("file change");
        Decision decision = decideSample();
        assertThat(decision.rulesetVersion()).isEqualTo(reloader.active().version());
        assertThat(decision.reasons().get(0).messageZh()).isEqualTo("資助額以港幣650,000元的上限為限。");
        assertThat(health.health().getDetails()).containsEntry("changeRefused", false);
        assertThat(activations.activationCount()).isEqualTo(activationsBefore + 1);
        assertThat(activations.recentActivations(1).get(0)).containsEntry("VERSION", reloader.active().version())
                .containsEntry("RELOAD_TRIGGER", "file change");

    }

    @Test
    void decisionsInFlightDuringReloadsAllSucceed() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger decided = new AtomicInteger();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    try {
                        decideSample();
                        decided.incrementAndGet();
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        String label = Files.readString(RULES.root().resolve("ruleset.properties"));
        originals.add(new String[] {"ruleset.properties", label});
        for (int i = 0; i < 4; i++) {
            Files.writeString(RULES.root().resolve("ruleset.properties"), label.replace("label=2025.1", "label=2025.1-r" + i));
            // the watcher may have brought the save live first; then this reload finds it unchanged
            assertThat(reloader.reload("test").result()).isIn(ReloadAttempt.Result.ACTIVATED, ReloadAttempt.Result.UNCHANGED);
            assertThat(reloader.active().version()).startsWith("2025.1-r" + i + "-");
        }
        running.set(false);
        for (Thread t : clients) {
            t.join();
        }

        assertThat(failures).isEmpty();
        assertThat(decided.get()).isPositive();
        assertThat(reloader.active().version()).startsWith("2025.1-r3-");
    }

    /** The reload endpoints are the policy officers' (the test users of application-test.properties). */
    private static RequestPostProcessor officer() {
        return httpBasic("officer", "test-password");
    }
}
