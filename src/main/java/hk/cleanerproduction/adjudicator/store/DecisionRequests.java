package hk.cleanerproduction.adjudicator.store;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The idempotency keys clients sent with their decision requests: per client, the key, the SHA-256
 * of the body and the decision it gave. The primary key (client, key) makes a second insert of the
 * same key fail, which is how two concurrent retries end up with one decision.
 */
@Repository
public class DecisionRequests {

    private final JdbcTemplate jdbc;

    public DecisionRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record DecisionRequest(String bodySha256, String decisionId) {
    }

    public Optional<DecisionRequest> find(String client, String idempotencyKey) {
        return jdbc.query("select body_sha256, decision_id from decision_request where client = ? and idempotency_key = ?",
                (rs, n) -> new DecisionRequest(rs.getString(1), rs.getString(2)), client, idempotencyKey)
                .stream().findFirst();
    }

    /** Records the key; throws {@link org.springframework.dao.DuplicateKeyException} when the client used it already. */
    public void insert(String client, String idempotencyKey, String bodySha256, String decisionId) {
        jdbc.update("insert into decision_request (client, idempotency_key, body_sha256, decision_id) values (?, ?, ?, ?)",
                client, idempotencyKey, bodySha256, decisionId);
    }
}
