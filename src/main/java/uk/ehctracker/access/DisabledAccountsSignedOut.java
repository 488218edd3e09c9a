package uk.ehctracker.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.ehctracker.directory.DirectoryService;

/**
 * Ends a signed-in session as soon as its account is disabled: every request that rides on a
 * session asks the directory whether the account may still sign in (one indexed look-up), and if
 * not, the session is invalidated and the request goes on anonymous, so the chain answers it as
 * it answers anyone signed out (401 on the APIs, the sign-in page on the screens).
 *
 * <p>Asking the database, not an in-memory session registry, makes a disable take effect on every
 * node at once. HTTP Basic requests need no check: each one is signed in afresh, and a disabled
 * account's sign-in is refused.
 */
final class DisabledAccountsSignedOut extends OncePerRequestFilter {

    private final DirectoryService directory;
    private final SecurityContextHolderStrategy contexts;

    DisabledAccountsSignedOut(DirectoryService directory, SecurityContextHolderStrategy contexts) {
        this.directory = directory;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = session == null ? null : contexts.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)
                && !directory.mayStillSignIn(signedIn.getName())) {
            session.invalidate();
            contexts.clearContext();
        }
        chain.doFilter(request, response);
    }
}
