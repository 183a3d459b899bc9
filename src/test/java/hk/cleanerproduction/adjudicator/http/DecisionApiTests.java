package hk.cleanerproduction.adjudicator.http;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import hk.cleanerproduction.adjudicator.adjudication.InputReader;
import hk.cleanerproduction.adjudicator.decision.DecisionKind;
import hk.cleanerproduction.adjudicator.funding.FundingApplication;
import hk.cleanerproduction.adjudicator.funding.SampleApplication;
import hk.cleanerproduction.adjudicator.ruleset.ActiveRuleset;
import hk.cleanerproduction.adjudicator.security.SecurityConfiguration;
import hk.cleanerproduction.adjudicator.ruleset.lifecycle.RulesetVersions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The HTTP edge of deciding, with the deciding itself stubbed: what a client sees for good and bad
 * requests. Input binding is real (the same reader as the command line).
 */
@WebMvcTest(controllers = {DecisionController.class, RulesetController.class})
@Import({SecurityConfiguration.class, RequestBodies.class, DecisionApiTests.Clocks.class})
@ActiveProfiles("test")
class DecisionApiTests {

    private static final String DECIDE = "/api/v1/funding/decisions";
    private static final RequestPostProcessor CLIENT = user("grant-system").roles("DECISION_CLIENT");
    private static final byte[] DECISION_JSON = "{\"decisionId\":\"d-1\",\"outcome\":\"ELIGIBLE\",\"grantHkd\":650000,\"note\":\"合資格\"}"
            .getBytes(StandardCharsets.UTF_8);

    @TestConfiguration
    static class Clocks {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DecisionService decisions;

    @MockitoBean
    DecisionReplay replays;

    @MockitoBean
    DecisionLetters letters;

    @MockitoBean
    ActiveRuleset activeRuleset;

    @MockitoBean
    RulesetVersions versions;

    @BeforeEach
    void fundingIsDecided() {
        given(decisions.read(eq(DecisionKind.FUNDING), any()))
                .willAnswer(call -> new InputReader().read((String) call.getArgument(1), FundingApplication.class));
        given(decisions.decide(eq(DecisionKind.FUNDING), any(), any(), any()))
                .willReturn(new DecisionService.Decided("d-1", DECISION_JSON, false));
    }

    private static String sample() throws Exception {
        return Files.readString(SampleApplication.FILE, StandardCharsets.UTF_8);
    }

    @Test
    void aDecisionIsReturnedAsStoredWithItsLocation() throws Exception {
        mvc.perform(post(DECIDE).with(CLIENT).contentType(MediaType.APPLICATION_JSON).content(sample()))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", "/api/v1/decisions/d-1"))
                .andExpect(header().string("Content-Type", "application/json"))
                .andExpect(header().longValue("Content-Length", DECISION_JSON.length))
                .andExpect(content().bytes(DECISION_JSON));
    }

    @Test
    void everyBadFieldIsNamedInAProblemDocument() throws Exception {
        String bad = SampleApplication.sample().with("factory.region", "FUJIAN")
                .with("applicant.businessRegistrationNo", "12-34").with("receivedOn", "16/06/2025").json();
        mvc.perform(post(DECIDE).with(CLIENT).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[?(@.field == 'factory.region')].message").value(
                        hasItem(startsWith("'FUJIAN' is not one of HONG_KONG"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'applicant.businessRegistrationNo')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'receivedOn')]").exists());
        verify(decisions, never()).decide(any(), any(), any(), any());
    }

    @Test
    void malformedJsonIsBadInputNotAServerError() throws Exception {
        mvc.perform(post(DECIDE).with(CLIENT).contentType(MediaType.APPLICATION_JSON).content("{\"applicationId\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("is not valid JSON")));
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIsBadInput() throws Exception {
        mvc.perform(post(DECIDE).with(CLIENT).contentType(MediaType.APPLICATION_JSON).content("[1,2]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("must be a JSON object"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415() throws Exception {
        mvc.perform(post(DECIDE).with(CLIENT).contentType(MediaType.TEXT_PLAIN).content(sample()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anOversizedBodyIsRefusedWith413() throws Exception {
        String huge = "{\"applicationId\": \"" + "x".repeat(70_000) + "\"}";
        mvc.perform(post(DECIDE).with(CLIENT).contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("65536 bytes")));
        verify(decisions, never()).decide(any(), any(), any(), any());
    }

    @Test
    void theIdempotencyKeyIsTheClientsAndBoundToTheBody() throws Exception {
        mvc.perform(post(DECIDE).with(CLIENT).header("Idempotency-Key", "form-1")
                        .contentType(MediaType.APPLICATION_JSON).content(sample()))
                .andExpect(status().isOk());
        verify(decisions).decide(eq(DecisionKind.FUNDING), any(FundingApplication.class), eq(sample()),
                eq(new Idempotency("grant-system", "form-1",
                        RequestBodies.sha256(sample().getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void aRepeatedRequestSaysSo() throws Exception {
        given(decisions.decide(eq(DecisionKind.FUNDING), any(), any(), any()))
                .willReturn(new DecisionService.Decided("d-1", DECISION_JSON, true));
        mvc.perform(post(DECIDE).with(CLIENT).header("Idempotency-Key", "form-1")
                        .contentType(MediaType.APPLICATION_JSON).content(sample()))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().bytes(DECISION_JSON));
    }

    @Test
    void aReusedIdempotencyKeyWithAnotherBodyIsAConflict() throws Exception {
        given(decisions.decide(eq(DecisionKind.FUNDING), any(), any(), any()))
                .willThrow(new IdempotencyConflictException("form-1", "d-0"));
        mvc.perform(post(DECIDE).with(CLIENT).header("Idempotency-Key", "form-1")
                        .contentType(MediaType.APPLICATION_JSON).content(sample()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("form-1")));
    }

    @Test
    void anOverlongIdempotencyKeyIsBadInput() throws Exception {
        mvc.perform(post(DECIDE).with(CLIENT).header("Idempotency-Key", "k".repeat(201))
                        .contentType(MediaType.APPLICATION_JSON).content(sample()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void anUnknownDecisionIsNotFound() throws Exception {
        given(decisions.stored("nope")).willThrow(new DecisionNotFoundException("nope"));
        mvc.perform(get("/api/v1/decisions/nope").with(CLIENT))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnexpectedFailureIsA500ProblemThatShowsNoInternals() throws Exception {
        given(decisions.stored("d-9")).willThrow(new IllegalStateException("jdbc:hsqldb:file:/secret/path broke"));
        mvc.perform(get("/api/v1/decisions/d-9").with(CLIENT))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("secret"))));
    }

    @Test
    void withoutCredentialsTheAnswerIs401AsProblemJson() throws Exception {
        mvc.perform(post(DECIDE).contentType(MediaType.APPLICATION_JSON).content(sample()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aDecisionClientCannotReadTheRuleset() throws Exception {
        mvc.perform(get("/api/v1/ruleset").with(CLIENT))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
