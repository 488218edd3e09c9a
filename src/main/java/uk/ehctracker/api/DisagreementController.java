package uk.ehctracker.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.disagreement.DecisionDisagreed;
import uk.ehctracker.disagreement.DisagreementService;
import uk.ehctracker.disagreement.TribunalOutcome;

/**
 * A family's disagreement with the case's appealable decision (CFA s51(2)) and each step that
 * follows: mediation, the certificate, the appeal, the outcome and the amended plan an order requires. The
 * family, or LA staff of the case's LA for them; the LA's own steps (its response, what an order
 * requires) by LA staff only. Cases one may not see are "not found".
 */
@RestController
@RequestMapping("/api/assessment-requests/{id}/disagreement")
@Tag(name = "Disagreements")
class DisagreementController {

    private final DisagreementService disagreements;
    private final CurrentUsers currentUsers;

    DisagreementController(DisagreementService disagreements, CurrentUsers currentUsers) {
        this.disagreements = disagreements;
        this.currentUsers = currentUsers;
    }

    record StartBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "NOT_TO_ASSESS",
            description = "The decision disagreed with; PLACEMENT_ONLY (section I only, or no school named) needs no certificate;"
                    + " CEASE: a decision to cease the plan (CFA s51(2)(f)), while its time to appeal runs")
            DecisionDisagreed decision) {
    }

    record AdviserContactBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-01",
                    description = "The day the family contacted the mediation adviser: within 2 months of the notice (reg 33)")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate contactedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Whether the family wants mediation") Boolean wantsMediation) {
    }

    record MediationBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-01")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate heldOn) {
    }

    record CertificateBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-01")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate issuedOn) {
    }

    record AppealBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-01",
                    description = "The day the appeal was made: not after the last day to appeal (HESC Rules r20)")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate registeredOn,
            @Schema(example = "2027-01-05", description = "The day the Tribunal set for the council's response. Required from LA staff;"
                    + " the family may leave it out (they may not know it), and the council's staff then give it on the case page")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate responseDueOn,
            @Schema(example = "2027-03-02") @JsonFormat(lenient = OptBoolean.FALSE) LocalDate hearingOn) {
    }

    record AppealResponseBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-01-05")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate sentOn) {
    }

    record OutcomeBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TribunalOutcome outcome,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-03-02",
                    description = "The day of the decision or withdrawal; for CONCEDED the day the council told the Tribunal (reg 45)")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate on) {
    }

    record OrderStepBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2027-03-10")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate doneOn) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "readDisagreement", summary = "The case's latest disagreement, with every date derived from the law",
            description = "The appeal deadline, the certificate and mediation dates, and an order's clocks (reg 44, 45).")
    DisagreementService.View read(@PathVariable long id) {
        return current(id, currentUsers.require());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Creates("the disagreement")
    @Operation(summary = "Record that the family disagrees with an appealable decision (CFA s51(2))")
    ResponseEntity<DisagreementService.View> start(@PathVariable long id, @RequestBody StartBody body) {
        CurrentUser user = currentUsers.require();
        disagreements.start(id, body.decision(), user);
        return ResponseEntity.created(URI.create("/api/assessment-requests/" + id + "/disagreement")).body(current(id, user));
    }

    @PostMapping(path = "/mediation-adviser-contact", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the family's contact with the mediation adviser (reg 33)")
    DisagreementService.View adviserContact(@PathVariable long id, @RequestBody AdviserContactBody body) {
        CurrentUser user = currentUsers.require();
        disagreements.recordAdviserContact(id, body.contactedOn(), body.wantsMediation(), user);
        return current(id, user);
    }

    @PostMapping(path = "/mediation", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the day the mediation was held")
    DisagreementService.View mediation(@PathVariable long id, @RequestBody MediationBody body) {
        CurrentUser user = currentUsers.require();
        disagreements.recordMediationHeld(id, body.heldOn(), user);
        return current(id, user);
    }

    @PostMapping(path = "/certificate", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the mediation certificate (CFA s55)",
            description = "On a refusal, the same as POST /mediation-certificate on the case: the appeal deadline moves and the family is sent a letter.")
    DisagreementService.View certificate(@PathVariable long id, @RequestBody CertificateBody body) {
        CurrentUser user = currentUsers.require();
        disagreements.recordCertificate(id, body.issuedOn(), user);
        return current(id, user);
    }

    @PostMapping(path = "/appeal", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the appeal the Tribunal registered, and the response date it set")
    DisagreementService.View appeal(@PathVariable long id, @RequestBody AppealBody body) {
        CurrentUser user = currentUsers.require();
        disagreements.registerAppeal(id, body.registeredOn(), body.responseDueOn(), body.hearingOn(), user);
        return current(id, user);
    }

    @PostMapping(path = "/response", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the council's response to the appeal (LA staff)")
    DisagreementService.View response(@PathVariable long id, @RequestBody AppealResponseBody body) {
        CurrentUser user = currentUsers.require();
        disagreements.recordResponse(id, body.sentOn(), user);
        return current(id, user);
    }

    @PostMapping(path = "/outcome", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record how the appeal ended: dismissed, withdrawn, an order (reg 44) or a concession (reg 45)")
    DisagreementService.View outcome(@PathVariable long id, @RequestBody OutcomeBody body) {
        CurrentUser user = currentUsers.require();
        disagreements.recordOutcome(id, body.outcome(), body.on(), user);
        return current(id, user);
    }

    @PostMapping(path = "/order-step", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the amended plan an order or concession about the plan's contents requires as issued (LA staff; reg 44, 45(4))",
            description = "An order to assess or to make a plan re-enters the case's assessment instead: its steps are recorded on the case.")
    @Refuses(status = 409, when = "The order was to assess or to make a plan (recorded through the case's own steps), or the amended plan"
            + " is already recorded")
    DisagreementService.View orderStep(@PathVariable long id, @RequestBody OrderStepBody body) {
        CurrentUser user = currentUsers.require();
        disagreements.recordOrderFirstStep(id, body.doneOn(), user);
        return current(id, user);
    }

    private DisagreementService.View current(long id, CurrentUser user) {
        return disagreements.view(id, user).orElseThrow(() -> new NotFoundException("Disagreement"));
    }
}
