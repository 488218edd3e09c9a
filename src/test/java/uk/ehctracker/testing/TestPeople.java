package uk.ehctracker.testing;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.EhcUserDetails;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo users as the services see them, and fresh children for tests that make requests (a
 * child has one open request at a time, so each test gets its own).
 */
@Component
public class TestPeople {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DirectoryService directory;
    private final UserDetailsService users;
    private final org.springframework.security.crypto.password.PasswordEncoder passwords;

    TestPeople(DirectoryService directory, UserDetailsService users,
            org.springframework.security.crypto.password.PasswordEncoder passwords) {
        this.directory = directory;
        this.users = users;
        this.passwords = passwords;
    }

    public CurrentUser user(String username) {
        return ((EhcUserDetails) users.loadUserByUsername(username)).user();
    }

    /** A new child in the Khan family (demo user {@code parent}), at the demo SENCO's school, in LA1. */
    @Transactional
    public Child newChildOfParent(LocalDate dateOfBirth) {
        AppUser parent = directory.findUser("parent").orElseThrow();
        AppUser senco = directory.findUser("senco").orElseThrow();
        Child sibling = directory.childrenOfFamily(parent.getFamily().getId()).get(0);
        return directory.save(new Child("Test" + SEQUENCE.incrementAndGet(), "Khan", dateOfBirth,
                parent.getFamily(), sibling.getLocalAuthority(), senco.getSchool()));
    }

    /** A sign-in of the young person's own (role PARENT, for themselves), password as the demo's; returns the username. */
    @Transactional
    public String accountOfYoungPerson(Child child) {
        String username = "yp" + SEQUENCE.incrementAndGet();
        directory.save(new AppUser(username, passwords.encode(username), child.getFullName(), username + "@example.com",
                uk.ehctracker.directory.Role.PARENT).inFamily(child.getFamily()).asYoungPerson(child));
        return username;
    }
}
