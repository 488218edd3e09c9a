package uk.ehctracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ehctracker.common.ProblemJson;

/**
 * The API's answer when something fails outside Spring MVC (in a filter: the database out of
 * reach while the sign-in or the account is checked): a 500 in problem details with an incident
 * number, as {@link ApiProblems} gives inside it. Without it the servlet container forwards the
 * failure to {@code /error}, which the screens' sign-in guards, and an API client was sent a 302
 * to the sign-in page.
 */
class UnexpectedFailureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedFailureFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ProblemJson.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (response.isCommitted()) {
                throw e;
            }
            String incident = UUID.randomUUID().toString();
            log.error("Unexpected failure answering {} {} (incident {})", request.getMethod(), request.getRequestURI(), incident, e);
            response.resetBuffer();
            // the failure may have come after a change was kept, so the answer does not say nothing changed
            ProblemJson.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR.value(), "internal-error", "Something went wrong",
                    "The request could not be completed. Quote incident " + incident + " to the service desk.");
        }
    }
}
