package hk.cleanerproduction.adjudicator.security;

import static hk.cleanerproduction.adjudicator.security.Roles.DECISION_CLIENT;
import static hk.cleanerproduction.adjudicator.security.Roles.POLICY_OFFICER;
import static hk.cleanerproduction.adjudicator.security.Roles.SECRETARIAT;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what (SPEC.md "Access"): HTTP Basic, stateless, roles cumulative (see {@link Roles}).
 * Health and the API description are open; everything else needs a user, and the paths of the
 * ruleset and the batches need the higher roles. 401 and 403 are answered as problem+json.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // batch runs without a web server
@EnableConfigurationProperties(UserAccounts.class)
public class SecurityConfiguration {

    /** How long a checked password is remembered (see {@link CachingAuthenticationManager}). */
    private static final Duration SIGN_IN_REMEMBERED = Duration.ofMinutes(5);

    /** Swagger UI styles itself inline; everything else comes from this server only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    SecurityFilterChain api(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder, Clock clock,
            @Value("${adjudicator.sign-in.max-failures:10}") int maxFailures,
            @Value("${adjudicator.sign-in.window:60s}") Duration window,
            @Value("${adjudicator.sign-in.block:60s}") Duration block) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        ProblemSecurityAnswers answers = new ProblemSecurityAnswers();
        AuthenticationManager checked = new ThrottledSignIn(new ProviderManager(provider), clock, maxFailures, window, block);
        http.authenticationManager(new CachingAuthenticationManager(checked, SIGN_IN_REMEMBERED, clock))
                .csrf(csrf -> csrf.disable()) // no cookies, no sessions: every request carries its credentials
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // nothing to log out of and no request to resume after a sign-in page: two filters fewer on
                // every request
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(answers))
                // the API answers JSON and the API browser is served from here: nothing may frame it or load
                // scripts from elsewhere (Spring Security already sends nosniff, no-store and X-Frame-Options)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/funding/decisions", "/api/v1/recognition/decisions")
                        .hasRole(DECISION_CLIENT)
                        .requestMatchers(HttpMethod.GET, "/api/v1/decisions/**").hasRole(DECISION_CLIENT)
                        .requestMatchers("/api/v1/ruleset", "/api/v1/ruleset/**").hasRole(POLICY_OFFICER)
                        .requestMatchers("/api/v1/drafts", "/api/v1/drafts/**", "/api/v1/data-sets").hasRole(POLICY_OFFICER)
                        .requestMatchers("/api/v1/batches", "/api/v1/batches/**").hasRole(SECRETARIAT)
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(DECISION_CLIENT)
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * No Micrometer observations from Spring Security. Without this bean it wraps each of the chain's
     * filters, the sign-in and every authorization in an observation (turning them off by property
     * only makes them no-ops, still wrapped): ~5% of the service's CPU on 2 cores (JFR), for metrics
     * nobody reads. {@code http.server.requests} and the decision metrics stay.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(SECRETARIAT).implies(POLICY_OFFICER)
                .role(POLICY_OFFICER).implies(DECISION_CLIENT)
                .build();
    }

    /** {@code {bcrypt}…}, {@code {argon2}…} and the other Spring Security formats; a bare hash is read as bcrypt. */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }

    @Bean
    UserDetailsService users(UserAccounts accounts, PasswordEncoder encoder) {
        List<UserDetails> users = accounts.users().isEmpty()
                ? LocalUsers.create(accounts.localPassword(), encoder, System.err)
                : accounts.users().stream().map(SecurityConfiguration::user).toList();
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails user(UserAccounts.Account account) {
        if (account.name() == null || account.passwordHash() == null || account.roles().isEmpty()) {
            throw new IllegalStateException("adjudicator.users: every user needs a name, a password-hash and roles");
        }
        return User.withUsername(account.name()).password(account.passwordHash())
                .roles(account.roles().toArray(String[]::new)).build();
    }
}
