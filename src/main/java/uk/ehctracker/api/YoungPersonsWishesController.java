package uk.ehctracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.YoungPersonsWishesService;
import uk.ehctracker.common.Checks;

/** A young person's say over who is sent their notices (CFA s80, s83(2)); cases one may not see are "not found". */
@RestController
@RequestMapping("/api/assessment-requests/{id}/young-persons-wishes")
@Tag(name = "Assessment requests")
class YoungPersonsWishesController {

    private final YoungPersonsWishesService wishes;
    private final CurrentUsers currentUsers;

    YoungPersonsWishesController(YoungPersonsWishesService wishes, CurrentUsers currentUsers) {
        this.wishes = wishes;
        this.currentUsers = currentUsers;
    }

    @Schema(description = "Who is sent a young person's notices: themselves always, their parent only if they agree,"
            + " and whoever acts for them if they lack capacity (CFA s80)")
    record WishesView(boolean youngPerson, LocalDate youngPersonFrom, String email, boolean parentCopies,
            String representativeName, String representativeEmail) {

        static WishesView of(YoungPersonsWishesService.Wishes w) {
            return new WishesView(w.youngPerson(), w.youngPersonFrom(), w.email(), w.parentCopies(), w.representativeName(),
                    w.representativeEmail());
        }
    }

    record WishesBody(
            @Schema(maxLength = 254, description = "The young person's own e-mail, where their notices go") String email,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Whether their parent is sent copies") Boolean parentCopies,
            @Schema(maxLength = 200, description = "A deputy or attorney; LA staff only") String representativeName,
            @Schema(maxLength = 254) String representativeEmail) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "readYoungPersonsWishes", summary = "Who is sent the young person's notices")
    WishesView read(@PathVariable long id) {
        return WishesView.of(wishes.wishes(id, currentUsers.require()));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "recordYoungPersonsWishes", summary = "Record the young person's wishes about their notices",
            description = "Once over compulsory school age; by the young person, or LA staff of the case's LA on their behalf."
                    + " The representative (a deputy or attorney) is recorded by LA staff only.")
    WishesView record(@PathVariable long id, @RequestBody WishesBody body) {
        new Checks().require("parentCopies", body.parentCopies(), "Whether the parent is sent copies").throwIfAny();
        var user = currentUsers.require();
        wishes.record(id, new Commands.YoungPersonsWishes(body.email(), body.parentCopies(), body.representativeName(),
                body.representativeEmail()), user);
        return WishesView.of(wishes.wishes(id, user));
    }
}
