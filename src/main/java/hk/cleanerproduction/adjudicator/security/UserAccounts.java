package hk.cleanerproduction.adjudicator.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The users, configured outside the code with hashed passwords, e.g.
 * <pre>
 * adjudicator.users[0].name=grant-system
 * adjudicator.users[0].password-hash={bcrypt}$2a$10$...
 * adjudicator.users[0].roles=DECISION_CLIENT
 * </pre>
 * With no users configured, a local run gets {@code client}, {@code officer} and {@code secretariat}
 * with the password {@code adjudicator.local-password} (the environment variable
 * {@code ADJUDICATOR_LOCAL_PASSWORD}), or a random one printed once at start.
 */
@ConfigurationProperties("adjudicator")
public record UserAccounts(@DefaultValue List<Account> users, String localPassword) {

    /** One user: a name, a password hash ({@code {bcrypt}...}, or a bare bcrypt hash) and roles. */
    public record Account(String name, String passwordHash, @DefaultValue List<String> roles) {
    }
}
