package uk.ehctracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.assessment.AssessmentQueries;

/** The children the signed-in person may see (and so make a request for). */
@RestController
@RequestMapping("/api/children")
@Tag(name = "Children")
class ChildrenController {

    private final AssessmentQueries queries;
    private final CurrentUsers currentUsers;

    ChildrenController(AssessmentQueries queries, CurrentUsers currentUsers) {
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The children you may see",
            description = "LA staff: their LA's children; a SENCO: their school's pupils; a parent: their own children."
                    + " Professionals and administrators see none here.")
    List<ApiModels.ChildView> children() {
        return queries.visibleChildren(currentUsers.require()).stream()
                .map(c -> new ApiModels.ChildView(c.getId(), c.getFullName(), c.getDateOfBirth(),
                        c.getSchool() == null ? null : c.getSchool().getName(), c.getSenStatus().name()))
                .toList();
    }
}
