package uk.ehctracker.letters;

import java.util.Objects;
import uk.ehctracker.common.Checks;

/**
 * A service a letter points the family to (the mediation adviser, the information, advice and
 * support service). Only the name is required; each detail that is present is printed.
 */
public record Contact(String name, String phone, String email, String web) {

    public Contact {
        Objects.requireNonNull(name, "name must not be null");
        name = Checks.clean(name);
        phone = Checks.clean(phone);
        email = Checks.clean(email);
        web = Checks.clean(web);
        if (name == null) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }

    /** Whether the recipient can reach the service: at least one of phone, e-mail or web. */
    public boolean reachable() {
        return reachable(phone, email, web);
    }

    /** The rule of {@link #reachable()}, for a contact being kept before any letter gives it (blank parts already cleaned to null). */
    public static boolean reachable(String phone, String email, String web) {
        return phone != null || email != null || web != null;
    }
}
