package uk.ehctracker.access;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Reads the signed-in person, for views, endpoints and services. */
@Component
public class CurrentUsers {

    public Optional<CurrentUser> find() {
        Optional<CurrentUser> fromContext = of(SecurityContextHolder.getContext().getAuthentication());
        return fromContext.isPresent() ? fromContext : of(requestPrincipal());
    }

    /** The signed-in person; callers behind the security filters always have one. */
    public CurrentUser require() {
        return find().orElseThrow(NotSignedInException::new);
    }

    private static Optional<CurrentUser> of(Principal principal) {
        if (principal instanceof Authentication auth && auth.getPrincipal() instanceof EhcUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    /**
     * The request's own principal, as Spring Security's request wrapper reports it. A fallback for
     * when the thread's security context is not the one the filter chain wrote (more than one
     * application context in a JVM, as in tests, each with its own holder strategy).
     */
    private static Principal requestPrincipal() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getUserPrincipal();
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : vaadin.getUserPrincipal();
    }

    /** Thrown when code that needs a person runs without one: a programming error, not a user's. */
    public static final class NotSignedInException extends RuntimeException {
        NotSignedInException() {
            super("No one is signed in");
        }
    }
}
