package uk.ehctracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.access.HomePages;

/** Who am I: lets a client check its credentials and find the signed-in person's role. */
@RestController
@RequestMapping("/api/me")
@Tag(name = "You")
class MeController {

    record Me(String username, String displayName, String role, String home) {
    }

    private final CurrentUsers currentUsers;

    MeController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Who you are signed in as: your username, name, role and home page")
    Me me() {
        CurrentUser user = currentUsers.require();
        return new Me(user.username(), user.displayName(), user.role().name(), "/" + HomePages.homeOf(user.role()));
    }
}
