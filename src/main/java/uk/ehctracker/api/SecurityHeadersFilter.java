package uk.ehctracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response: no MIME sniffing, no referrer to other sites, no framing by
 * other sites, and a content security policy that Vaadin's pages work under. Camunda's webapps
 * and the Swagger UI set their own policy, so they get only {@code frame-ancestors 'self'}.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String FRAME_ANCESTORS = "frame-ancestors 'self'";
    /** Vaadin Flow needs inline and eval'd scripts, inline styles, data: images and fonts, and its websocket. */
    static final String APPLICATION_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; frame-ancestors 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", hasOwnPolicy(path(request)) ? FRAME_ANCESTORS : APPLICATION_POLICY);
        chain.doFilter(request, response);
    }

    /** Pages that bring their own policy: Camunda's webapps, the Swagger UI and its files. */
    static boolean hasOwnPolicy(String path) {
        return path.equals("/camunda") || path.startsWith("/camunda/")
                || path.equals("/api/docs") || path.startsWith("/api/docs/")
                || path.startsWith("/api/swagger-ui") || path.startsWith("/swagger-ui");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
