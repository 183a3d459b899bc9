package hk.cleanerproduction.adjudicator.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class LocalUsersTests {

    private final PasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream announce = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void theLocalUsersShareTheGivenPasswordAndOneRoleEachWithTwoPolicyOfficers() {
        List<UserDetails> users = LocalUsers.create("s3cret", encoder, announce);

        assertThat(users).extracting(UserDetails::getUsername).containsExactly("client", "officer", "reviewer", "secretariat");
        assertThat(users).extracting(u -> u.getAuthorities().iterator().next().getAuthority())
                .containsExactly("ROLE_DECISION_CLIENT", "ROLE_POLICY_OFFICER", "ROLE_POLICY_OFFICER", "ROLE_SECRETARIAT");
        assertThat(users).allSatisfy(u -> assertThat(encoder.matches("s3cret", u.getPassword())).isTrue());
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("a chosen password is not printed").isEmpty();
    }

    @Test
    void withoutAPasswordARandomOneIsPrintedOnceAndWorks() {
        List<UserDetails> users = LocalUsers.create(null, encoder, announce);

        Matcher m = Pattern.compile("password (\\S+) ").matcher(printed.toString(StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        String password = m.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(users).allSatisfy(u -> assertThat(encoder.matches(password, u.getPassword())).isTrue());
        assertThat(users.get(0).getPassword()).doesNotContain(password);
    }
}
