package uk.ehctracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ehctracker.common.ProblemJson;

/**
 * Answers 429 to a sign-in attempt (an HTTP Basic header, or the sign-in form posted to
 * {@code /login}) for a username from an address, or from an address, that {@link LoginThrottle}
 * has blocked, and holds back attempts on an account with many recent failures. Runs before
 * Spring Security, so a blocked attempt never reaches the password check.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String MESSAGE = "Too many failed sign-in attempts. Wait 15 minutes and try again,"
            + " or ask your administrator to reset your password.";

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = attemptedUsername(request);
        boolean attempt = username != null;
        if (attempt && throttle.isBlocked(username, request.getRemoteAddr())) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttle.window().toSeconds()));
            if (ProblemJson.isApi(request)) {
                // the API's errors are all problem details
                ProblemJson.write(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), "too-many-sign-in-failures",
                        "Too many failed sign-in attempts", MESSAGE, "Authorization", MESSAGE);
                return;
            }
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(MESSAGE.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (attempt) {
            // an account someone keeps guessing at is slowed down everywhere (bounded), not locked
            Duration delay = throttle.delay(username);
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The username a request tries to sign in as, or null when it is not a sign-in attempt. */
    static String attemptedUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equalsIgnoreCase(request.getMethod()) && path.equals("/login")) {
            String username = request.getParameter("username");
            return username == null ? "" : username;
        }
        return null;
    }
}
