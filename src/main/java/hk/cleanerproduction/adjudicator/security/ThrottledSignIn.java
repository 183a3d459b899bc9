package hk.cleanerproduction.adjudicator.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Stops password guessing: after {@code maxFailures} failed sign-ins for one user within {@code window},
 * that user's sign-ins are refused (HTTP 429, with Retry-After) for {@code block}; after three times as
 * many from one address, everything from that address is, for five times as long. Each refused attempt
 * also spares the server a password check, which costs tens of milliseconds of CPU by design. The block
 * on a user is short, so that a stranger guessing cannot keep a real user out for long; the block on the
 * stranger's address is the longer one.
 */
final class ThrottledSignIn implements AuthenticationManager {

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationManager delegate;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration block;
    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    /** Failed sign-ins since {@code since}, and until when further ones are refused (null: not blocked). */
    private record Failures(Instant since, int count, Instant blockedUntil) {
    }

    ThrottledSignIn(AuthenticationManager delegate, Clock clock, int maxFailures, Duration window, Duration block) {
        this.delegate = delegate;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.block = block;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        Instant now = clock.instant();
        String user = request.getName();
        String address = request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        Instant until = latest(blockedUntil(byUser.get(user), now), blockedUntil(byAddress.get(address), now));
        if (until != null) {
            throw new SignInThrottledException(Duration.between(now, until));
        }
        try {
            Authentication result = delegate.authenticate(request);
            byUser.remove(user);
            return result;
        } catch (AuthenticationException failed) {
            failed(byUser, user, now, maxFailures, block);
            failed(byAddress, address, now, maxFailures * 3, block.multipliedBy(5));
            throw failed;
        }
    }

    private void failed(Map<String, Failures> failures, String key, Instant now, int limit, Duration blockFor) {
        if (failures.size() >= MAX_ENTRIES) {
            failures.clear(); // bounded: a stranger inventing names cannot fill the heap
        }
        failures.compute(key, (k, before) -> {
            Failures current = before == null || now.isAfter(before.since().plus(window)) && !blocked(before, now)
                    ? new Failures(now, 0, null) : before;
            int count = current.count() + 1;
            return new Failures(current.since(), count, count >= limit ? now.plus(blockFor) : current.blockedUntil());
        });
    }

    private static boolean blocked(Failures failures, Instant now) {
        return failures.blockedUntil() != null && now.isBefore(failures.blockedUntil());
    }

    private static Instant blockedUntil(Failures failures, Instant now) {
        return failures != null && blocked(failures, now) ? failures.blockedUntil() : null;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
