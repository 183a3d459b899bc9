package hk.cleanerproduction.adjudicator.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users of a local run with no users configured: {@code client}, {@code officer}, {@code reviewer} (a
 * second policy officer, to approve what {@code officer} drafts) and {@code secretariat}, sharing the password
 * given, or a random one that is printed once.
 */
final class LocalUsers {

    private LocalUsers() {
    }

    static List<UserDetails> create(String password, PasswordEncoder encoder, PrintStream announce) {
        String effective = password;
        if (effective == null || effective.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            effective = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            announce.println("No users are configured: the local users client, officer, reviewer and secretariat have the "
                    + "password " + effective + " (set ADJUDICATOR_LOCAL_PASSWORD to choose it).");
        }
        String hash = encoder.encode(effective);
        return List.of(
                User.withUsername("client").password(hash).roles(Roles.DECISION_CLIENT).build(),
                User.withUsername("officer").password(hash).roles(Roles.POLICY_OFFICER).build(),
                User.withUsername("reviewer").password(hash).roles(Roles.POLICY_OFFICER).build(),
                User.withUsername("secretariat").password(hash).roles(Roles.SECRETARIAT).build());
    }
}
