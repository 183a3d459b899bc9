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
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
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
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may do what (SPEC.md "Access"): systems use HTTP Basic, stateless; people sign in with a form to
 * the workbench pages (a session). Roles are cumulative (see {@link Roles}). Health and the API
 * description are open; everything else needs a user, and the paths of the ruleset, the drafts and the
 * batches need the higher roles. 401 and 403 of the API are answered as problem+json.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // batch runs without a web server
@EnableConfigurationProperties(UserAccounts.class)
public class SecurityConfiguration {

    /** How long a checked password is remembered (see {@link CachingAuthenticationManager}). */
    private static final Duration SIGN_IN_REMEMBERED = Duration.ofMinutes(5);

    /**
     * Swagger UI styles itself inline; scripts come from this server only, none inline (the workbench's
     * pages load theirs as files).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /**
     * The policy officers' pages and the API calls they make: a sign-in form and a session (a person
     * signs in once), with a CSRF token because the browser sends the session cookie by itself. Only
     * requests without an Authorization header come here: the pages' paths, and API calls carrying a
     * session cookie. Systems keep the stateless HTTP Basic chain below, unchanged.
     */
    @Bean
    @Order(1)
    SecurityFilterChain workbench(HttpSecurity http, AuthenticationManager signIn) {
        ProblemSecurityAnswers pageAnswers = new ProblemSecurityAnswers(false);
        http.securityMatcher(WorkbenchRequests::fromWorkbench)
                .authenticationManager(signIn)
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        // the pages read the token from its cookie and send it as it is (header or form field)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .formLogin(form -> form.loginPage(WorkbenchRequests.SIGN_IN_PAGE)
                        .loginProcessingUrl(WorkbenchRequests.SIGN_IN)
                        .defaultSuccessUrl(WorkbenchRequests.HOME, false)
                        .failureHandler(new SignInFailure())
                        .permitAll())
                .logout(logout -> logout.logoutUrl(WorkbenchRequests.SIGN_OUT)
                        .logoutSuccessUrl(WorkbenchRequests.SIGN_IN_PAGE + "?signed-out"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                // the pages' API calls answer 401/403 as problem+json, never a redirect to a form (and never
                // WWW-Authenticate: Basic, which would pop up the browser's own password dialog)
                .exceptionHandling(e -> e.authenticationEntryPoint(WorkbenchRequests.signInFirst(pageAnswers))
                        .defaultAccessDeniedHandlerFor(pageAnswers, WorkbenchRequests::api))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/", "/error").permitAll()
                            .requestMatchers(WorkbenchRequests.OPEN_ASSETS).permitAll();
                    apiAccess(requests);
                    requests.requestMatchers("/workbench", "/workbench/**").hasRole(POLICY_OFFICER)
                            .anyRequest().authenticated();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager signIn) {
        ProblemSecurityAnswers answers = new ProblemSecurityAnswers(true);
        http.authenticationManager(signIn)
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
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(EndpointRequest.to("health")).permitAll()
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                            .requestMatchers("/error").permitAll();
                    apiAccess(requests);
                    requests.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(DECISION_CLIENT)
                            .anyRequest().authenticated();
                });
        return http.build();
    }

    /** Who may call which part of the API: the same whether a system or the pages call it. */
    private static void apiAccess(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/v1/funding/decisions", "/api/v1/recognition/decisions")
                .hasRole(DECISION_CLIENT)
                .requestMatchers(HttpMethod.GET, "/api/v1/decisions", "/api/v1/decisions/**").hasRole(DECISION_CLIENT)
                .requestMatchers("/api/v1/ruleset", "/api/v1/ruleset/**").hasRole(POLICY_OFFICER)
                .requestMatchers("/api/v1/drafts", "/api/v1/drafts/**", "/api/v1/data-sets").hasRole(POLICY_OFFICER)
                .requestMatchers("/api/v1/batches", "/api/v1/batches/**").hasRole(SECRETARIAT);
    }

    /**
     * One password check for both chains (a form sign-in and HTTP Basic count against the same throttle):
     * throttled after repeated failures, a success remembered for a while.
     */
    @Bean
    AuthenticationManager signIn(UserDetailsService users, PasswordEncoder encoder, Clock clock,
            @Value("${adjudicator.sign-in.max-failures:10}") int maxFailures,
            @Value("${adjudicator.sign-in.window:60s}") Duration window,
            @Value("${adjudicator.sign-in.block:60s}") Duration block) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        AuthenticationManager checked = new ThrottledSignIn(new ProviderManager(provider), clock, maxFailures, window, block);
        return new CachingAuthenticationManager(checked, SIGN_IN_REMEMBERED, clock);
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
