package hk.cleanerproduction.adjudicator.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
public class UserAccounts {

    private List<Account> users = new ArrayList<>();
    private String localPassword;

    public List<Account> getUsers() {
        return users;
    }

    public void setUsers(List<Account> users) {
        this.users = users;
    }

    public String getLocalPassword() {
        return localPassword;
    }

    public void setLocalPassword(String localPassword) {
        this.localPassword = localPassword;
    }

    /** One user: a name, a password hash ({@code {bcrypt}...}, or a bare bcrypt hash) and roles. */
    public static class Account {

        private String name;
        private String passwordHash;
        private List<String> roles = new ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPasswordHash() {
            return passwordHash;
        }

        public void setPasswordHash(String passwordHash) {
            this.passwordHash = passwordHash;
        }

        public List<String> getRoles() {
            return roles;
        }

        public void setRoles(List<String> roles) {
            this.roles = roles;
        }
    }
}
