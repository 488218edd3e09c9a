package uk.ehctracker.access;

import java.util.List;
import uk.ehctracker.directory.Role;

/** Where each role lands after signing in, and the menu it sees. One place for both. */
public final class HomePages {

    public record Link(String label, String path) {
    }

    private HomePages() {
    }

    public static String homeOf(Role role) {
        return linksFor(role).get(0).path();
    }

    public static List<Link> linksFor(Role role) {
        return switch (role) {
            case LA_CASEWORKER -> List.of(new Link("My work", "caseworker"), new Link("Brought to our attention", "caseworker/referrals"),
                    new Link("Annual reviews", "caseworker/reviews"), new Link("Plans moving council", "caseworker/moves"));
            case LA_MANAGER -> List.of(new Link("Team dashboard", "manager"), new Link("Work list", "caseworker"),
                    new Link("Brought to our attention", "caseworker/referrals"), new Link("Annual reviews", "caseworker/reviews"),
                    new Link("Plans moving council", "caseworker/moves"));
            case SENCO -> List.of(new Link("Our pupils", "school"), new Link("Provision map", "school/provision"));
            case PARENT -> List.of(new Link("My requests", "family"));
            case PROFESSIONAL -> List.of(new Link("Advice requests", "professional"));
            case ADMIN -> List.of(new Link("Administration", "admin"));
        };
    }
}
