package hk.cleanerproduction.adjudicator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class CachingAuthenticationManagerTests {

    private final AtomicInteger checks = new AtomicInteger();
    private final MutableClock clock = new MutableClock();

    /** Stands for the bcrypt check: "right" is the only password of user "client". */
    private final AuthenticationManager passwordCheck = request -> {
        checks.incrementAndGet();
        if (!"right".equals(request.getCredentials())) {
            throw new BadCredentialsException("bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null,
                AuthorityUtils.createAuthorityList("ROLE_DECISION_CLIENT"));
    };

    private final CachingAuthenticationManager manager =
            new CachingAuthenticationManager(passwordCheck, Duration.ofMinutes(5), clock);

    private static Authentication signIn(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("client", password);
    }

    @Test
    void aRightPasswordIsCheckedOnceThenRemembered() {
        manager.authenticate(signIn("right"));
        Authentication again = manager.authenticate(signIn("right"));

        assertThat(again.isAuthenticated()).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsRefusedEveryTimeEvenAfterTheRightOne() {
        manager.authenticate(signIn("right"));

        assertThatThrownBy(() -> manager.authenticate(signIn("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager.authenticate(signIn("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void aRememberedSignInIsCheckedAgainAfterItExpires() {
        manager.authenticate(signIn("right"));
        clock.advance(Duration.ofMinutes(6));
        manager.authenticate(signIn("right"));

        assertThat(checks).hasValue(2);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
