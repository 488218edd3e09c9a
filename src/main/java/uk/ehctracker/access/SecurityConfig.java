package uk.ehctracker.access;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import uk.ehctracker.directory.DirectoryService;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import uk.ehctracker.common.ProblemJson;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;

/**
 * The doors and their locks, one filter chain each:
 * <ol>
 *   <li>{@code /engine-rest/**}: Camunda's REST API, for ADMIN only (HTTP Basic or the session);</li>
 *   <li>{@code /camunda/**}: Cockpit, Tasklist and Admin, for ADMIN only, signed in through our login;</li>
 *   <li>{@code /api/**}: the application's REST API, HTTP Basic or the session;</li>
 *   <li>everything else: the Vaadin application with its login view.</li>
 * </ol>
 * Anonymous calls to the APIs get 401, never a login page.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    /** The sign-in page's route (ui/LoginView), named here so access does not depend on the screens. */
    public static final String LOGIN_ROUTE = "login";

    /**
     * A request that HTTP Basic will authenticate by itself: {@code Authorization: Basic} with a
     * well-formed {@code user:password}. Such a request never uses the session's sign-in (see
     * {@link #API_CONTEXTS}), so it is authenticated by Basic or refused 401: it needs no CSRF token.
     * Any other Authorization header (Bearer, empty, malformed) is no credential at all, and a
     * browser session sending it must show its token like any other.
     */
    static final RequestMatcher PRESENTS_BASIC_CREDENTIALS = request -> isBasic(request.getHeader("Authorization"));

    /** Without a session there is nothing to forge: an anonymous call is answered 401, not 403. */
    private static final RequestMatcher HAS_NO_SESSION = request -> request.getSession(false) == null;

    /**
     * The API's sign-in: a Basic request is judged on its own credentials, never on a session's
     * (else a session plus a wrong password would pass as "authenticated by Basic" and skip CSRF),
     * and nothing is ever written to the session, so Basic callers leave no session behind.
     */
    private static final SecurityContextRepository API_CONTEXTS = new SecurityContextRepository() {
        private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        private final RequestAttributeSecurityContextRepository perRequest = new RequestAttributeSecurityContextRepository();

        @Override
        @SuppressWarnings("deprecation")
        public SecurityContext loadContext(HttpRequestResponseHolder holder) {
            return loadDeferredContext(holder.getRequest()).get();
        }

        @Override
        public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
            return PRESENTS_BASIC_CREDENTIALS.matches(request) ? perRequest.loadDeferredContext(request) : sessions.loadDeferredContext(request);
        }

        @Override
        public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
            perRequest.saveContext(context, request, response);
        }

        @Override
        public boolean containsContext(HttpServletRequest request) {
            return PRESENTS_BASIC_CREDENTIALS.matches(request) ? perRequest.containsContext(request) : sessions.containsContext(request);
        }
    };

    /** 401 as problem details, like every other error of the API; no WWW-Authenticate, so a browser shows no password box. */
    private static final AuthenticationEntryPoint API_SIGN_IN_NEEDED = (request, response, e) -> ProblemJson.write(request, response,
            HttpStatus.UNAUTHORIZED.value(), "unauthorized", "Sign in needed",
            "Send your username and password (HTTP Basic), or call from a signed-in browser session.",
            "Authorization", "A username and password that are right are needed");

    /**
     * 403 as problem details: a signed-in browser session's change without its CSRF token (the
     * only 403 of the API; a case one may not see is "not found").
     */
    private static final AccessDeniedHandler API_TOKEN_NEEDED = (request, response, e) -> ProblemJson.write(request, response,
            HttpStatus.FORBIDDEN.value(), "forbidden", "The session's CSRF token is needed",
            "A browser session sends the CSRF token of its page (the X-CSRF-TOKEN header) with every change; HTTP Basic needs none.",
            "X-CSRF-TOKEN", "The session's CSRF token is missing or wrong");

    static boolean isBasic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Matches the whole path, whichever servlet serves it (Jersey, Vaadin or Spring MVC). */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** Every chain that can ride on a session: a disabled account's session ends at its next request. */
    private static HttpSecurity signOutDisabledAccounts(HttpSecurity http, DirectoryService directory) {
        return http.addFilterAfter(new DisabledAccountsSignedOut(directory, SecurityContextHolder.getContextHolderStrategy()),
                SecurityContextHolderFilter.class);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Should a path get past api.RejectedRequestFilter, Spring Security refuses it with 400 too, never 500. */
    @Bean
    WebSecurityCustomizer rejectedRequestsAre400() {
        return web -> web.requestRejectedHandler(new HttpStatusRequestRejectedHandler());
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http, DirectoryService directory) throws Exception {
        return signOutDisabledAccounts(http, directory).securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"))
                .httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http, DirectoryService directory) throws Exception {
        return signOutDisabledAccounts(http, directory).securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"))
                .httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                // the webapps protect themselves with their own CSRF cookie filter
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http, DirectoryService directory) throws Exception {
        return signOutDisabledAccounts(http, directory).securityMatcher(path("/api/**"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(API_SIGN_IN_NEEDED))
                .exceptionHandling(e -> e.authenticationEntryPoint(API_SIGN_IN_NEEDED).accessDeniedHandler(API_TOKEN_NEEDED))
                // a signed-in browser's session is used, but an API call never starts one
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(c -> c.securityContextRepository(API_CONTEXTS))
                // no "saved request" for a 401: saving it is what created a session per anonymous call
                .requestCache(c -> c.disable())
                .csrf(c -> c.ignoringRequestMatchers(PRESENTS_BASIC_CREDENTIALS, HAS_NO_SESSION))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain vaadinChain(HttpSecurity http, RequestUtil vaadinRequests, DirectoryService directory) throws Exception {
        signOutDisabledAccounts(http, directory);
        http.authorizeHttpRequests(a -> a
                // the app's own stylesheet holds no data, and the sign-in page needs it before anyone is signed in
                .requestMatchers("/styles/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN"));
        // Vaadin's own CSRF set-up also exempts the sign-in form (/login), which lets another site
        // sign a browser in as the attacker (login CSRF). The form carries the page's token
        // (Vaadin's login form copies the _csrf meta tag), so only Vaadin's internal requests,
        // which carry Vaadin's own token, are exempt here.
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // a failed sign-in shows the form again with the username filled in
        http.addFilterBefore(new AttemptedUsername(),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/" + LOGIN_ROUTE).enableCsrfConfiguration(false))
                .build();
    }

    /** Signs an ADMIN into Cockpit, Tasklist and Admin with the application's own sign-in. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addInitParameter("authentication-provider", CamundaAdminSignOn.class.getName());
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setName("camunda-sso");
        registration.setOrder(101);
        return registration;
    }
}
