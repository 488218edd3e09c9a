package uk.ehctracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, the request paths Spring Security's {@link StrictHttpFirewall} refuses
 * (double slashes, {@code ;} path parameters, encoded dots and slashes, ...), before anything
 * parses them. Spring Security applies the same firewall, but only after Spring's request-path
 * parsing, which fails on such paths with a 500 ("Invalid contextPath" for {@code //engine-rest/...}).
 * The answer is written here, not with sendError, so that no error page dispatch re-reads the path.
 */
class RejectedRequestFilter extends OncePerRequestFilter {

    static final String BODY = "{\"type\":\"urn:ehc-tracker:problem:rejected-request\",\"title\":\"Bad request\","
            + "\"status\":400,\"detail\":\"The address is not allowed: write it without double slashes, semicolons or encoded"
            + " dots or slashes.\",\"errors\":[{\"field\":\"path\",\"message\":\"The address is not allowed\"}]}";

    private final HttpFirewall firewall = new StrictHttpFirewall();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException e) {
            logger.debug("Rejected " + e.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType("application/problem+json");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
