package hk.cleanerproduction.adjudicator.http;

/**
 * An {@code Idempotency-Key} as a client sent it: keys belong to the client (two clients may use the
 * same key), and a key stands for one body, identified by its SHA-256.
 */
public record Idempotency(String client, String key, String bodySha256) {

    static final int MAX_KEY_LENGTH = 200;
}
