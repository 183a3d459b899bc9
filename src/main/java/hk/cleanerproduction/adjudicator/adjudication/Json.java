package hk.cleanerproduction.adjudicator.adjudication;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON settings every input and output shares: ISO dates, and pretty output for people. */
public final class Json {

    // Money and shares are decimals: read them as BigDecimal, never through a double.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonMapper PRETTY = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static JsonMapper pretty() {
        return PRETTY;
    }
}
