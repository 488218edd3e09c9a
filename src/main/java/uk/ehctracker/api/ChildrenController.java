package uk.ehctracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehctracker.access.CurrentUsers;

/** The children the signed-in person may see (and so make a request for). */
@RestController
@RequestMapping("/api/children")
@Tag(name = "Children")
class ChildrenController {

    private final VisibleChildren children;
    private final CurrentUsers currentUsers;

    ChildrenController(VisibleChildren children, CurrentUsers currentUsers) {
        this.children = children;
        this.currentUsers = currentUsers;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The children you may see",
            description = "LA staff: their LA's children; a SENCO: their school's pupils; a parent: their own children."
                    + " Professionals and administrators see none here.")
    List<ApiModels.ChildView> children() {
        return children.of(currentUsers.require());
    }
}
