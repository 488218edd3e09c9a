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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.ehctracker.access.CurrentUsers;

/**
 * Children brought to the LA's attention (CFA s36(1), s23, s24), as on the caseworkers' screen
 * "Brought to our attention": LA staff of the child's LA record them and decide whether to treat
 * each as a request. Anyone else, and another LA's referral, is "not found".
 */
@RestController
@RequestMapping("/api/referrals")
@Tag(name = "Referrals", description = "Children brought to the LA's attention by someone who cannot request an assessment"
        + " (health, social care, early years: CFA s36(1), s23), and the LA's decision whether to treat each as a request")
class ReferralsController {

    private final SchoolJson school;
    private final CurrentUsers currentUsers;

    ReferralsController(SchoolJson school, CurrentUsers currentUsers) {
        this.school = school;
        this.currentUsers = currentUsers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Refuses(status = 404, when = "No child with this childId that you may see (LA staff of the child's LA only)")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordReferral", summary = "Record that a child was brought to the LA's attention",
            description = "LA staff of the child's LA.")
    @ApiResponse(responseCode = "201", description = "The referral, waiting for a decision",
            headers = @Header(name = "Location", description = "The referral: /api/referrals/{id}"))
    ResponseEntity<SchoolModels.ReferralView> record(@RequestBody SchoolModels.NewReferralBody body) {
        SchoolModels.ReferralView created = school.recordReferral(body, currentUsers.require());
        return ResponseEntity.created(URI.create("/api/referrals/" + created.id())).body(created);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Refuses(status = 404, when = "For LA staff only: anyone else is told it was not found")
    @Operation(operationId = "listReferrals",
            summary = "The LA's referrals: all, newest first, or those waiting for a decision, oldest first",
            description = "LA staff, their own LA's only; anyone else is told the referrals were not found.")
    @ApiResponse(responseCode = "200", description = "One page of referrals")
    ApiModels.PageOf<SchoolModels.ReferralView> list(
            @RequestParam(defaultValue = "false") @Parameter(description = "Only those waiting for a decision, oldest first")
            boolean awaitingDecision,
            @RequestParam(defaultValue = "0") @Parameter(description = "From 0",
                    schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0")) int page,
            @RequestParam(defaultValue = "20") @Parameter(description = "1 to 100",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) int size) {
        CaseJson.checkPage(page, size);
        return school.referrals(awaitingDecision, page, size, currentUsers.require());
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getReferral", summary = "One referral and what was decided")
    @ApiResponse(responseCode = "200", description = "The referral")
    SchoolModels.ReferralView get(@PathVariable long id) {
        return school.referral(id, currentUsers.require());
    }

    @Refuses(status = 409, when = "The referral has already been decided")
    @PostMapping(path = "/{id}/treat-as-request", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Treat the referral as a request for an EHC needs assessment",
            description = "LA staff of the LA, while the referral waits for a decision. The case is received on the day the LA"
                    + " was told (CFA s24), so every statutory time limit runs from that day, not from the decision.")
    @ApiResponse(responseCode = "201", description = "The new case",
            headers = @Header(name = "Location", description = "The case: /api/assessment-requests/{id}"))
    ResponseEntity<ApiModels.CaseView> treatAsRequest(@PathVariable long id, @RequestBody SchoolModels.TreatAsRequestBody body) {
        ApiModels.CaseView created = school.treatAsRequest(id, body, currentUsers.require());
        return ResponseEntity.created(URI.create("/api/assessment-requests/" + created.id())).body(created);
    }

    @Refuses(status = 409, when = "The referral has already been decided")
    @PostMapping(path = "/{id}/decline", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide not to treat the referral as a request, with the reason",
            description = "LA staff of the LA, while the referral waits for a decision.")
    @ApiResponse(responseCode = "200", description = "The referral, declined")
    SchoolModels.ReferralView decline(@PathVariable long id, @RequestBody SchoolModels.DeclineBody body) {
        return school.decline(id, body, currentUsers.require());
    }
}
