package uk.ehctracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ehctracker.common.ScriptNonce;

/**
 * Security headers on every response: no MIME sniffing, no referrer to other sites, no framing by
 * other sites, and a content security policy: for Vaadin's pages, only what Vaadin needs, with a
 * nonce for the page's own scripts; for the API, nothing at all. Camunda's webapps
 * and the Swagger UI set their own policy, so they get only {@code frame-ancestors 'self'}.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String FRAME_ANCESTORS = "frame-ancestors 'self'";
    /**
     * Vaadin's pages, with a fresh nonce for each response ({@link #newNonce}; {@code ui.PageSetup}
     * puts it on the bootstrap page's scripts). Tried in Chromium against the production build
     * ({@code ./mvnw -Pproduction package}, as the Dockerfile builds it) and in development mode
     * ({@code spring-boot:run}, the jar {@code .ci/run} packages), signed in as a caseworker and as a
     * parent: home, a case, a task form, buttons (docs/architecture.md, "Content security policy").
     *
     * <p>Scripts: no 'unsafe-inline'. Vaadin's bootstrap page starts the client engine with inline
     * scripts; they carry the nonce, so they run and a script injected into the page does not.
     * 'unsafe-eval' stays: Vaadin Flow 24's client engine (FlowClient.js) builds a
     * {@code new Function(...)} from each JavaScript expression the server sends (executeJs(), event
     * data, the components' own calls), from the very first response. Without it Chromium reports
     * "script-src ... kEvalViolation" at FlowClient-*.js, the sign-in page stays blank and nothing
     * works. Vaadin's only way round it (vaadin.com/docs, Flow, security, strict CSP) is to replace
     * {@code window.Function} with a hand-kept map of every expression the application and its
     * components send, which a component upgrade would silently break.
     * Styles: 'unsafe-inline' for the Lumo theme's and components' inline styles. What Vaadin does
     * not need is closed: plugins (object-src), a {@code <base>} elsewhere, and forms posting to
     * other sites.
     */
    static String applicationPolicy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval';"
                + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
                + " connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    }

    /** The API answers JSON and downloads (as attachments): nothing in them may run, load or be framed. */
    static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = path(request);
        String policy;
        if (hasOwnPolicy(path)) {
            policy = FRAME_ANCESTORS;
        } else if (isApi(path)) {
            policy = API_POLICY;
        } else {
            String nonce = newNonce();
            request.setAttribute(ScriptNonce.REQUEST_ATTRIBUTE, nonce);
            policy = applicationPolicy(nonce);
        }
        response.setHeader("Content-Security-Policy", policy);
        chain.doFilter(request, response);
    }

    /** Pages that bring their own policy: Camunda's webapps, the Swagger UI and its files. */
    static boolean hasOwnPolicy(String path) {
        return path.equals("/camunda") || path.startsWith("/camunda/")
                || path.equals("/api/docs") || path.startsWith("/api/docs/")
                || path.startsWith("/api/swagger-ui") || path.startsWith("/swagger-ui");
    }

    /** 128 random bits, as the CSP specification asks of a nonce. */
    static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
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
