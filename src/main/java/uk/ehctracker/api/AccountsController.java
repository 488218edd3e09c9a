package uk.ehctracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.accounts.Accounts;
import uk.ehctracker.accounts.Accounts.Account;
import uk.ehctracker.common.Checks;
import uk.ehctracker.directory.Discipline;
import uk.ehctracker.directory.Role;

/**
 * Accounts: admins give staff and professionals an account and disable it; LA staff invite a
 * family to their child's case. Each new account is e-mailed a one-time link to set its password.
 */
@RestController
@Tag(name = "Accounts", description = "Who can sign in: staff accounts (admins) and family invitations (LA staff of the case)")
class AccountsController {

    private final Accounts accounts;
    private final CurrentUsers currentUsers;

    AccountsController(Accounts accounts, CurrentUsers currentUsers) {
        this.accounts = accounts;
        this.currentUsers = currentUsers;
    }

    record NewAccountBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100, example = "j.smith") String username,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String displayName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String email,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Not PARENT: families are invited from their case") Role role,
            @Schema(description = "Required for LA staff and professionals") Long localAuthorityId,
            @Schema(description = "Required for a SENCO") Long schoolId,
            @Schema(description = "Required for a professional") Discipline discipline) {
    }

    record EnabledBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean enabled) {
    }

    record InvitationBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String displayName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String email,
            @Schema(description = "true: the young person themselves, over compulsory school age (CFA s80)") Boolean youngPerson) {
    }

    @GetMapping(path = "/api/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listAccounts", summary = "Every account, by username, a page at a time (admins)")
    @Refuses(status = 404, when = "For administrators only: anyone else is told it was not found")
    List<Account> list(
            @RequestParam(defaultValue = "0") @Parameter(description = "From 0",
                    schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0")) int offset,
            @RequestParam(defaultValue = "50") @Parameter(description = "1 to 200",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200", defaultValue = "50")) int limit) {
        new Checks().when(offset < 0, "offset", "offset must be 0 or more")
                .when(limit < 1 || limit > 200, "limit", "limit must be between 1 and 200").throwIfAny();
        return accounts.accounts(offset, limit, currentUsers.require());
    }

    @PostMapping(path = "/api/accounts", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give a member of staff or a professional an account; they are e-mailed a link to set their password (admins)")
    @Creates("the account")
    @Refuses(status = 404, when = "For administrators only: anyone else is told it was not found")
    ResponseEntity<Account> create(@RequestBody NewAccountBody body) {
        Account made = accounts.create(new Accounts.NewAccount(body.username(), body.displayName(), body.email(), body.role(),
                body.localAuthorityId(), body.schoolId(), body.discipline()), currentUsers.require());
        return ResponseEntity.created(URI.create("/api/accounts/" + made.id())).body(made);
    }

    @PostMapping(path = "/api/accounts/{userId}/enabled", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Disable an account (it can no longer sign in) or enable it again (admins)")
    Account enabled(@PathVariable long userId, @RequestBody EnabledBody body) {
        return accounts.setEnabled(userId, body.enabled(), currentUsers.require());
    }

    @PostMapping(path = "/api/accounts/{userId}/new-link", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "E-mail a new link to set the password; older links stop working",
            description = "Admins for staff accounts; LA staff for the families of their LA's children")
    Account newLink(@PathVariable long userId) {
        return accounts.sendLinkAgain(userId, currentUsers.require());
    }

    @PostMapping(path = "/api/assessment-requests/{id}/family-invitations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Invite a parent, or the young person, to the case (LA staff of the case's LA)")
    @Creates("the family member's account")
    ResponseEntity<Account> invite(@PathVariable long id, @RequestBody InvitationBody body) {
        Accounts.FamilyInvited invited = accounts.inviteFamily(id,
                new Accounts.FamilyInvitation(body.displayName(), body.email(), body.youngPerson()), currentUsers.require());
        return ResponseEntity.created(URI.create("/api/accounts/" + invited.account().id())).body(invited.account());
    }
}
