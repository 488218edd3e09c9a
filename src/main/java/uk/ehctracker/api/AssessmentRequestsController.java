package uk.ehctracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.documents.CaseDocument;
import uk.ehctracker.documents.DocumentService;

/** Requests for an EHC needs assessment and what is recorded on them. Cases one may not see are "not found". */
@RestController
@RequestMapping("/api/assessment-requests")
@Tag(name = "Assessment requests", description = "Requests for an EHC needs assessment (CFA s36) and their cases")
class AssessmentRequestsController {

    private final CaseJson cases;
    private final DocumentService documents;
    private final CurrentUsers currentUsers;

    AssessmentRequestsController(CaseJson cases, DocumentService documents, CurrentUsers currentUsers) {
        this.cases = cases;
        this.documents = documents;
        this.currentUsers = currentUsers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Make a request for an EHC needs assessment",
            description = "LA staff may give the day the request was received (up to today); for parents and SENCOs it is today.")
    @Creates("the new case")
    @Refuses(status = 404, when = "No child with this childId that you may see")
    @Refuses(status = 409, when = "The child already has an open request")
    ResponseEntity<ApiModels.CaseView> submit(@RequestBody ApiModels.NewRequestBody body) {
        ApiModels.CaseView created = cases.submit(body, currentUsers.require());
        return ResponseEntity.created(URI.create("/api/assessment-requests/" + created.id())).body(created);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listAssessmentRequests", summary = "List the cases you may see, newest first",
            description = "Filters: status (a case stage), overdue (a step is past its due date and not done), dueBefore"
                    + " (the next open step is due before this day).")
    ApiModels.PageOf<ApiModels.CaseSummary> list(
            @RequestParam(required = false) CaseStage status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "YYYY-MM-DD") LocalDate dueBefore,
            @RequestParam(defaultValue = "0") @Parameter(description = "From 0",
                    schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0")) int page,
            @RequestParam(defaultValue = "20") @Parameter(description = "1 to 100",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) int size) {
        CaseJson.checkPage(page, size);
        return cases.list(currentUsers.require(), status, overdue, dueBefore, page, size);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getAssessmentRequest", summary = "One case: its deadlines, steps, exceptions and any appeal deadline")
    ApiModels.CaseView get(@PathVariable long id) {
        return cases.get(id, currentUsers.require());
    }

    @PostMapping(path = "/{id}/decision-to-assess", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the decision whether to assess (reg 5)",
            description = "LA staff of the case's LA. A decision not to assess gives the appeal deadline.")
    @Refuses(status = 409, when = "The case is not waiting for this decision (already decided, or closed)")
    ApiModels.CaseView decide(@PathVariable long id, @RequestBody ApiModels.DecisionBody body) {
        return cases.decideWhetherToAssess(id, body, currentUsers.require());
    }

    @PostMapping(path = "/{id}/exceptions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an exception to a time limit (reg 5(4), 8(2), 10(4), 13(3))",
            description = "LA staff of the case's LA. The family is sent a letter.")
    @Refuses(status = 409, when = "The case is closed")
    ApiModels.ExceptionView recordException(@PathVariable long id, @RequestBody ApiModels.ExceptionBody body) {
        return cases.recordException(id, body, currentUsers.require());
    }

    @PostMapping(path = "/{id}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw the request", description = "The family, or LA staff of the case's LA.")
    @Refuses(status = 409, when = "The case is already closed")
    ApiModels.CaseView withdraw(@PathVariable long id, @RequestBody ApiModels.WithdrawBody body) {
        return cases.withdraw(id, body, currentUsers.require());
    }

    @PostMapping(path = "/{id}/mediation-certificate", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a mediation certificate (CFA s55)",
            description = "On the latest decision, if the family may appeal it. The appeal deadline becomes the later of 2 months"
                    + " after the decision notice and 1 month after the certificate (HESC Rules r20); the family is sent a letter."
                    + " The family, or LA staff of the case's LA.")
    ApiModels.CaseView mediationCertificate(@PathVariable long id, @RequestBody ApiModels.MediationCertificateBody body) {
        return cases.recordMediationCertificate(id, body, currentUsers.require());
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a document to the case",
            description = "PDF, Word (.docx), JPEG or PNG, 1 byte to 20 MB; the type is read from the content, not the name.")
    @Creates(value = "the document", sameAgainAnswers200 = true)
    ResponseEntity<ApiModels.DocumentView> upload(@PathVariable long id, @RequestPart("file") MultipartFile file,
            @RequestParam(name = "description", required = false) String description) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CaseDocument stored = documents.store(id, file.getOriginalFilename(), bytes, description, currentUsers.require());
        URI location = URI.create("/api/assessment-requests/" + id + "/documents/" + stored.getId());
        if (stored.isAlreadyKept()) {
            // the same file sent again: nothing new was made, so 200 with the document already kept
            return ResponseEntity.ok().header(HttpHeaders.CONTENT_LOCATION, location.toString()).body(documentView(stored));
        }
        return ResponseEntity.created(location).body(documentView(stored));
    }

    @GetMapping(path = "/{id}/documents", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the case's documents, newest first")
    List<ApiModels.DocumentView> documents(@PathVariable long id) {
        return documents.list(id, currentUsers.require()).stream().map(AssessmentRequestsController::documentView).toList();
    }

    @GetMapping(path = "/{id}/documents/{docId}")
    @Operation(summary = "Download a document (as an attachment)")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long docId) {
        CaseDocument doc = documents.get(id, docId, currentUsers.require());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(doc.getContentType()))
                .contentLength(doc.getSize())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(doc.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(doc.getBytes());
    }

    @GetMapping(path = "/{id}/final-plan.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The final EHC plan as issued, as PDF",
            description = "For anyone who may see the case; not found before the plan is issued.")
    ResponseEntity<byte[]> finalPlanPdf(@PathVariable long id) {
        byte[] pdf = cases.finalPlanPdf(id, currentUsers.require());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("EHC-plan-" + id + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf);
    }

    @GetMapping(path = "/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The case's audit trail: who read or changed it, and when",
            description = "For LA managers of the case's LA only; anyone else is told the case was not found.")
    List<ApiModels.AuditView> audit(@PathVariable long id) {
        return cases.auditTrail(id, currentUsers.require());
    }

    private static ApiModels.DocumentView documentView(CaseDocument d) {
        return new ApiModels.DocumentView(d.getId(), d.getFileName(), d.getContentType(), d.getSize(), d.getSha256(),
                d.getDescription(), d.getUploadedBy(), d.getUploadedAt());
    }
}
