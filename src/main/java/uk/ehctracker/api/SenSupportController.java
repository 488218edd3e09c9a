package uk.ehctracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.directory.SenStatus;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.support.SupportViews;

/**
 * SEN support in school (Code chapter 6), for a school's management system: the SENCO's register,
 * a pupil's SEN support record and the commands the SENCO's screens have, the evidence a request
 * would carry, and the school's request. A SENCO acts for their own school's pupils; a pupil one
 * may not see is "not found".
 */
@RestController
@Tag(name = "SEN support", description = "SEN support in school (Code chapter 6): the SEN register, a pupil's cycles of"
        + " assess, plan, do, review, provision with its costs, specialists, meetings with the parents, and the request")
class SenSupportController {

    private static final String PUPIL = "/api/pupils/{childId}/sen-support";
    private static final String SUCCESS = "The pupil's SEN support as it now stands";

    private final SchoolJson school;
    private final CurrentUsers currentUsers;

    SenSupportController(SchoolJson school, CurrentUsers currentUsers) {
        this.school = school;
        this.currentUsers = currentUsers;
    }

    @GetMapping(path = "/api/sen-register", produces = MediaType.APPLICATION_JSON_VALUE)
    @Refuses(status = 404, when = "For a school's SENCO only: anyone else is told the school was not found")
    @Operation(summary = "The school's SEN register (pupils at SEN support or with an EHC plan), by surname",
            description = "For a SENCO: their own school's pupils only; anyone else is told the school was not found."
                    + " Filters: need (a pupil with this type of need), yearGroup, reviewDue (a review within 14 days or past),"
                    + " status (SEN_SUPPORT or EHC_PLAN).")
    @ApiResponse(responseCode = "200", description = "One page of the register")
    ApiModels.PageOf<SchoolModels.RegisterRowView> register(
            @RequestParam(required = false) NeedType need,
            @RequestParam(required = false) @Parameter(description = "0 for Reception, 1 to 13") Integer yearGroup,
            @RequestParam(defaultValue = "false") boolean reviewDue,
            @RequestParam(required = false) SenStatus status,
            @RequestParam(defaultValue = "0") @Parameter(description = "From 0",
                    schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0")) int page,
            @RequestParam(defaultValue = "20") @Parameter(description = "1 to 100",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) int size) {
        CaseJson.checkPage(page, size);
        return school.register(new SupportViews.RegisterFilter(need, yearGroup, reviewDue, status), page, size,
                currentUsers.require());
    }

    @GetMapping(path = PUPIL, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A pupil's SEN support: needs, cycles, provision with costs, specialists, meetings and the family's views",
            description = "For the pupil's SENCO, the LA's staff and the pupil's family. What the school is asked to do next is"
                    + " in waitingFor.")
    @ApiResponse(responseCode = "200", description = "The pupil's SEN support")
    SchoolModels.SenSupportView pupil(@PathVariable long childId) {
        return school.pupil(childId, currentUsers.require());
    }

    @PostMapping(path = PUPIL, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Refuses(status = 409, when = "The pupil is already on SEN support")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Place a pupil on SEN support (Code 6.43)",
            description = "The pupil's SENCO. Starts the first cycle: the school is next asked to assess. A pupil with an EHC plan,"
                    + " or already on SEN support, cannot be placed.")
    @ApiResponse(responseCode = "201", description = SUCCESS,
            headers = @Header(name = "Location", description = "The pupil's SEN support: /api/pupils/{childId}/sen-support"))
    ResponseEntity<SchoolModels.SenSupportView> place(@PathVariable long childId, @RequestBody SchoolModels.PlaceBody body) {
        SchoolModels.SenSupportView placed = school.place(childId, body, currentUsers.require());
        return ResponseEntity.created(URI.create("/api/pupils/" + childId + "/sen-support")).body(placed);
    }

    @PostMapping(path = PUPIL + "/needs", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the pupil's needs, most significant first", description = "The pupil's SENCO.")
    @ApiResponse(responseCode = "200", description = SUCCESS)
    SchoolModels.SenSupportView needs(@PathVariable long childId, @RequestBody SchoolModels.NeedsBody body) {
        return school.recordNeeds(childId, body, currentUsers.require());
    }

    @PostMapping(path = PUPIL + "/assess", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assess: record what the assessment found, starting a cycle (Code 6.45)",
            description = "The pupil's SENCO, when the school is asked to assess (waitingFor holds assessNeeds).")
    @ApiResponse(responseCode = "200", description = SUCCESS)
    SchoolModels.SenSupportView assess(@PathVariable long childId, @RequestBody SchoolModels.AssessBody body) {
        return school.assess(childId, body, currentUsers.require());
    }

    @PostMapping(path = PUPIL + "/plan", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Plan: the outcomes, the provision and the review date (Code 6.48)",
            description = "The pupil's SENCO, after the assessment. The support is then delivered until the review date.")
    @ApiResponse(responseCode = "200", description = SUCCESS)
    SchoolModels.SenSupportView plan(@PathVariable long childId, @RequestBody SchoolModels.PlanBody body) {
        return school.plan(childId, body, currentUsers.require());
    }

    @PostMapping(path = PUPIL + "/bring-review-forward", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Review now instead of on the review date",
            description = "The pupil's SENCO, while the planned support is being delivered. No body.")
    @ApiResponse(responseCode = "200", description = SUCCESS)
    SchoolModels.SenSupportView bringReviewForward(@PathVariable long childId) {
        return school.bringReviewForward(childId, currentUsers.require());
    }

    @PostMapping(path = PUPIL + "/review", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Review: what the review found and what happens next (Code 6.52-6.58)",
            description = "The pupil's SENCO, when the review is due. REQUEST_ASSESSMENT sends the LA a request for an EHC needs"
                    + " assessment with the review's findings and the evidence as it stands.")
    @ApiResponse(responseCode = "200", description = SUCCESS)
    SchoolModels.SenSupportView review(@PathVariable long childId, @RequestBody SchoolModels.ReviewBody body) {
        return school.review(childId, body, currentUsers.require());
    }

    @PostMapping(path = PUPIL + "/specialist-agreement", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the parents' decision on involving a specialist (Code 6.58)",
            description = "The pupil's SENCO, after a review chose INVOLVE_SPECIALIST.")
    @ApiResponse(responseCode = "200", description = SUCCESS)
    SchoolModels.SenSupportView agreeSpecialist(@PathVariable long childId, @RequestBody SchoolModels.SpecialistAgreementBody body) {
        return school.agreeSpecialist(childId, body, currentUsers.require());
    }

    @PostMapping(path = PUPIL + "/specialist-advice", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the specialist's advice (Code 6.59)",
            description = "The pupil's SENCO, for the specialist the parents agreed to. A new cycle follows, starting with the assessment.")
    @ApiResponse(responseCode = "200", description = SUCCESS)
    SchoolModels.SenSupportView specialistAdvice(@PathVariable long childId, @RequestBody SchoolModels.SpecialistAdviceBody body) {
        return school.recordSpecialistAdvice(childId, body, currentUsers.require());
    }

    @PostMapping(path = PUPIL + "/provision", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a line to the pupil's provision map, with its yearly cost",
            description = "The pupil's SENCO, while the pupil is on SEN support.")
    @ApiResponse(responseCode = "200", description = SUCCESS)
    SchoolModels.SenSupportView provision(@PathVariable long childId, @RequestBody SchoolModels.ProvisionBody body) {
        return school.addProvision(childId, body, currentUsers.require());
    }

    @PostMapping(path = PUPIL + "/parent-meetings", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a meeting with the parents (Code 6.65)",
            description = "The pupil's SENCO, while the pupil is on SEN support.")
    @ApiResponse(responseCode = "200", description = SUCCESS)
    SchoolModels.SenSupportView parentMeeting(@PathVariable long childId, @RequestBody SchoolModels.MeetingBody body) {
        return school.recordMeeting(childId, body, currentUsers.require());
    }

    @PostMapping(path = PUPIL + "/family-views", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send the family's views for the next review (Code 6.65-6.71)",
            description = "The pupil's parent, or a young person for themselves, while a cycle runs; sent again before the review,"
                    + " they replace the earlier views. The school reads them before it reviews.")
    @ApiResponse(responseCode = "200", description = SUCCESS)
    SchoolModels.SenSupportView familyViews(@PathVariable long childId, @RequestBody SchoolModels.FamilyViewsBody body) {
        return school.giveFamilyViews(childId, body, currentUsers.require());
    }

    @GetMapping(path = PUPIL + "/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The evidence pack: what a request from the school would carry, and what is missing (Code 9.14)",
            description = "For the pupil's SENCO. A request with gaps may still be made; the gaps travel with it.")
    @ApiResponse(responseCode = "200", description = "The evidence checklist")
    SchoolModels.EvidenceView evidence(@PathVariable long childId) {
        return school.evidence(childId, currentUsers.require());
    }

    @PostMapping(path = "/api/pupils/{childId}/assessment-request", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The school's request for an EHC needs assessment, with the evidence pack (CFA s36(1))",
            description = "The pupil's SENCO. The request carries the evidence gaps as they stand; the LA's caseworker reads the"
                    + " pupil's SEN support with it (GET /api/assessment-requests/{id}/school-evidence). Where the pupil's SEN"
                    + " support runs, its cycle goes on.")
    @ApiResponse(responseCode = "201", description = "The new case",
            headers = @Header(name = "Location", description = "The case: /api/assessment-requests/{id}"))
    ResponseEntity<ApiModels.CaseView> requestAssessment(@PathVariable long childId, @RequestBody SchoolModels.SchoolRequestBody body) {
        ApiModels.CaseView created = school.requestAssessment(childId, body, currentUsers.require());
        return ResponseEntity.created(URI.create("/api/assessment-requests/" + created.id())).body(created);
    }

    @GetMapping(path = "/api/assessment-requests/{id}/school-evidence", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "Assessment requests")
    @Operation(summary = "The pupil's SEN support sent as evidence with a school's request (Code 9.14)",
            description = "For LA staff of the case's LA, on a request the school made; not found otherwise. The request's"
                    + " reasons and the evidence gaps as they were when it was made are beside the pupil's SEN support.")
    @ApiResponse(responseCode = "200", description = "The request's reasons and gaps, and the pupil's SEN support as it stands")
    SchoolModels.SchoolEvidenceView schoolEvidence(@PathVariable long id) {
        return school.evidenceForCase(id, currentUsers.require());
    }
}
