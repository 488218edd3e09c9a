package uk.ehctracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response: no MIME sniffing, no referrer to other sites, no framing by
 * other sites, and a content security policy: for Vaadin's pages, only what Vaadin needs; for the
 * API, nothing at all. Camunda's webapps
 * and the Swagger UI set their own policy, so they get only {@code frame-ancestors 'self'}.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String FRAME_ANCESTORS = "frame-ancestors 'self'";
    /**
     * Vaadin's pages. Scripts: Vaadin Flow needs 'unsafe-inline' (its bootstrap page starts the client
     * engine with inline scripts) and 'unsafe-eval' (the engine runs what executeJs() and the event
     * data expressions send by constructing functions), in production mode as in development mode
     * (vaadin.com/docs, Flow: security, content security policy; a nonce-based strict policy needs an
     * IndexHtmlRequestListener and a production build, not done here). Styles: 'unsafe-inline' for the
     * Lumo theme's and components' inline styles. What Vaadin does not need is closed: plugins
     * (object-src), a {@code <base>} elsewhere, and forms posting to other sites.
     */
    static final String APPLICATION_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** The API answers JSON and downloads (as attachments): nothing in them may run, load or be framed. */
    static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = path(request);
        response.setHeader("Content-Security-Policy",
                hasOwnPolicy(path) ? FRAME_ANCESTORS : isApi(path) ? API_POLICY : APPLICATION_POLICY);
        chain.doFilter(request, response);
    }

    /** Pages that bring their own policy: Camunda's webapps, the Swagger UI and its files. */
    static boolean hasOwnPolicy(String path) {
        return path.equals("/camunda") || path.startsWith("/camunda/")
                || path.equals("/api/docs") || path.startsWith("/api/docs/")
                || path.startsWith("/api/swagger-ui") || path.startsWith("/swagger-ui");
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
