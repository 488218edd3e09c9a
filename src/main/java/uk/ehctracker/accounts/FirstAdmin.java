package uk.ehctracker.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.ehctracker.common.BadInputException;

/**
 * Gives a new deployment its first admin: on start, if no admin can sign in and
 * {@code ehc.first-admin.email} (environment {@code EHC_FIRST_ADMIN_EMAIL}) is set, that address is
 * sent a one-time link to an admin account. Without it, the log says how to get one. Nothing is
 * done once an admin exists, so the setting may stay in place.
 */
@Component
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final String email;
    private final String username;

    FirstAdmin(Accounts accounts, @Value("${ehc.first-admin.email:}") String email,
            @Value("${ehc.first-admin.username:admin}") String username) {
        this.accounts = accounts;
        this.email = email;
        this.username = username;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfNone() {
        if (email.isBlank()) {
            if (!accounts.anAdminCanSignIn()) {
                log.warn("No admin account can sign in. Set EHC_FIRST_ADMIN_EMAIL (and EHC_FIRST_ADMIN_USERNAME, default 'admin')"
                        + " and restart: that address is e-mailed a link to choose the admin's password.");
            }
            return;
        }
        try {
            if (accounts.createFirstAdmin(username, email)) {
                log.info("First admin account '{}' created; a link to choose its password was e-mailed to {}", username, email);
            }
        } catch (BadInputException e) {
            // a setting's mistake is said in one line; the application still starts, with no admin
            log.error("The first admin account was not created: {}", e.getMessage());
        }
    }
}
