package hk.cleanerproduction.adjudicator.decision;

import static org.assertj.core.api.Assertions.assertThat;

import hk.cleanerproduction.adjudicator.adjudication.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A reason's margins are an optional part of the decision JSON: decisions stored without them read and write as they were. */
class ReasonJsonTests {

    private static final String STORED_WITHOUT_MARGINS = "{\"ruleId\":\"R-MAN-2\",\"code\":\"SCORE_BELOW_THRESHOLD\","
            + "\"effect\":\"NOT_AWARDED\",\"message\":\"The score, 58, is below the 60 points a Partner needs.\","
            + "\"messageZh\":\"評分為58分，低於伙伴所需的60分。\",\"source\":\"docs/policy/recognition.md#r-man-2 [A]\"}";

    @Test
    void aReasonStoredBeforeMarginsReadsWithNoneAndWritesBackTheSameBytes() {
        Reason reason = Json.mapper().readValue(STORED_WITHOUT_MARGINS, Reason.class);

        assertThat(reason.margins()).isEmpty();
        assertThat(reason).isEqualTo(new Reason("R-MAN-2", "SCORE_BELOW_THRESHOLD", Effect.NOT_AWARDED,
                "The score, 58, is below the 60 points a Partner needs.", "評分為58分，低於伙伴所需的60分。",
                "docs/policy/recognition.md#r-man-2 [A]"));
        assertThat(Json.mapper().writeValueAsString(reason)).isEqualTo(STORED_WITHOUT_MARGINS);
    }

    @Test
    void aMarginIsWrittenWithItsFiguresAndReadBackEqual() {
        Reason reason = Json.mapper().readValue(STORED_WITHOUT_MARGINS, Reason.class)
                .withMargin(Margin.atLeast("score", 58, 60, Margin.Unit.POINTS));

        String json = Json.mapper().writeValueAsString(reason);

        assertThat(json).endsWith(",\"margins\":[{\"measure\":\"score\",\"found\":\"58\",\"bound\":\"AT_LEAST\","
                + "\"required\":\"60\",\"by\":2,\"unit\":\"POINTS\"}]}");
        assertThat(Json.mapper().readValue(json, Reason.class)).isEqualTo(reason);
    }

    @Test
    void theFactoriesWorkOutTheDistanceTheSameWayEverywhere() {
        assertThat(Margin.moreThan("share", new BigDecimal("45.50"), 50, Margin.Unit.PERCENT))
                .isEqualTo(new Margin("share", "45.5", Margin.Bound.MORE_THAN, "50", new BigDecimal("4.5"), Margin.Unit.PERCENT));
        assertThat(Margin.atMost("grant", 700_000L, 650_000L, Margin.Unit.HKD).by()).hasToString("50000");
        assertThat(Margin.onOrBefore("received", LocalDate.parse("2027-07-07"), LocalDate.parse("2027-06-30")).by())
                .isEqualTo(BigDecimal.valueOf(7));
        assertThat(Margin.onOrAfter("received", LocalDate.parse("2025-03-25"), LocalDate.parse("2025-04-01")).by())
                .isEqualTo(BigDecimal.valueOf(7));
    }
}
