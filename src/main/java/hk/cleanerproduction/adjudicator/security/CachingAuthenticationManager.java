package hk.cleanerproduction.adjudicator.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers successful HTTP Basic sign-ins for a few minutes. Checking a bcrypt hash deliberately
 * costs tens of milliseconds of CPU; paid on every request it would cap the service at a few dozen
 * decisions a second. The cache key is the user name and an HMAC of the password under a key made at
 * start, so the passwords themselves are never kept. Failures are never cached.
 */
final class CachingAuthenticationManager implements AuthenticationManager {

    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationManager delegate;
    private final Duration timeToLive;
    private final Clock clock;
    /** One per thread: a Mac is not thread-safe, and looking one up for each request was ~2% of the service's CPU. */
    private final ThreadLocal<Mac> macs;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(Authentication authentication, Instant until) {
    }

    CachingAuthenticationManager(AuthenticationManager delegate, Duration timeToLive, Clock clock) {
        this.delegate = delegate;
        this.timeToLive = timeToLive;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (!(request instanceof UsernamePasswordAuthenticationToken) || !(request.getCredentials() instanceof String password)) {
            return delegate.authenticate(request);
        }
        String cacheKey = request.getName() + '\n' + hmac(password);
        Instant now = clock.instant();
        Remembered hit = remembered.get(cacheKey);
        if (hit != null && now.isBefore(hit.until())) {
            return hit.authentication();
        }
        Authentication result = delegate.authenticate(request);
        if (remembered.size() >= MAX_ENTRIES) {
            remembered.clear(); // crude, but bounded; a full cache only costs some bcrypt checks
        }
        remembered.put(cacheKey, new Remembered(result, now.plus(timeToLive)));
        return result;
    }

    private String hmac(String password) {
        return HexFormat.of().formatHex(macs.get().doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }
}
