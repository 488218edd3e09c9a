package uk.ehctracker.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the signed-in person from the security context, for views, endpoints and services. */
@Component
public class CurrentUsers {

    public Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof EhcUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    /** The signed-in person; callers behind the security filters always have one. */
    public CurrentUser require() {
        return find().orElseThrow(() -> new NotSignedInException());
    }

    /** Thrown when code that needs a person runs without one: a programming error, not a user's. */
    public static final class NotSignedInException extends RuntimeException {
        NotSignedInException() {
            super("No one is signed in");
        }
    }
}
