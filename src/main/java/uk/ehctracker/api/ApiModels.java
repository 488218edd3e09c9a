package uk.ehctracker.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.statutory.ExceptionReason;
import uk.ehctracker.statutory.TimeLimit;

/**
 * The JSON the API reads and writes: one record per request and response body. Dates are
 * YYYY-MM-DD, read strictly: no time part, no day count, no impossible dates.
 */
final class ApiModels {

    private ApiModels() {
    }

    // ---- requests ----

    @Schema(description = "A request for an EHC needs assessment (CFA s36(1)). receivedOn is honoured for LA staff only;"
            + " for parents and SENCOs it is today.")
    record NewRequestBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long childId,
            @Schema(description = "Required for LA staff; set by the server for parents (PARENT or YOUNG_PERSON) and SENCOs (SCHOOL)")
            RequestedBy requestedBy,
            @Schema(example = "2026-03-02") @JsonFormat(lenient = OptBoolean.FALSE) LocalDate receivedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20_000) String reasons,
            @Schema(maxLength = 200) String requesterName,
            @Schema(maxLength = 2000) String evidenceGaps) {
    }

    /** The two answers to the question "should we assess?" (s36(8)). */
    enum AssessDecision {
        ASSESS,
        DO_NOT_ASSESS
    }

    /** The evidence the Code of Practice (9.14) says the LA should weigh. */
    enum Evidence {
        ATTAINMENT_AND_PROGRESS,
        NATURE_OF_SEN,
        ACTION_BY_SETTING,
        ADDITIONAL_SUPPORT_NEEDED,
        DEVELOPMENT_AND_HEALTH,
        MORE_TIME_OVER_18
    }

    @Schema(description = "The decision whether to assess (reg 5). mayHaveSen and mayNeedPlan default to true when assessing.")
    record DecisionBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AssessDecision decision,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-03-20") @JsonFormat(lenient = OptBoolean.FALSE) LocalDate decidedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20_000) String reasons,
            Boolean mayHaveSen,
            Boolean mayNeedPlan,
            List<Evidence> evidenceWeighed) {
    }

    @Schema(description = "An exception to a time limit (reg 5(4), 8(2), 10(4), 13(3))")
    record ExceptionBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TimeLimit limit,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ExceptionReason reason,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonFormat(lenient = OptBoolean.FALSE) LocalDate from,
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate to,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String note) {
    }

    @Schema(description = "A mediation certificate on the decision the family may appeal (CFA s55; HESC Rules r20)")
    record MediationCertificateBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-01",
                    description = "The certificate's date: not in the future, not before the decision was sent")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate issuedOn) {
    }

    record WithdrawBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String reason) {
    }

    // ---- responses ----

    record ChildView(long id, String name, LocalDate dateOfBirth, String schoolName, String senStatus) {
    }

    record Deadlines(LocalDate decisionToAssess, LocalDate decisionToIssue, LocalDate finalPlan) {
    }

    record MilestoneView(String limit, String label, LocalDate dueOn, LocalDate doneOn, boolean overdue,
            boolean exceptionApplies) {
    }

    record ExceptionView(Long id, String limit, String reason, LocalDate from, LocalDate to, String note) {
    }

    @Schema(description = "A document of the case that came with advice or the family's views")
    record DocumentRef(long id, String fileName,
            @Schema(description = "Where to download it: GET this path") String href) {
    }

    @Schema(description = "One piece of advice (reg 6): an adviser sees only the requests made of them and the advice they gave;"
            + " LA staff of the case's LA and the family see all of it")
    record AdviceView(
            @Schema(description = "What advice was asked for (reg 6(1))") String kind,
            @Schema(description = "Who gave it; null until it is given") String from,
            LocalDate requestedOn,
            @Schema(description = "6 weeks from the request (reg 8)") LocalDate dueOn,
            @Schema(description = "When it was given (or, when not sought again under reg 6(4), when that was agreed); null while awaited")
            LocalDate receivedOn,
            @Schema(description = "The advice in full; for advice not sought again, why the existing advice suffices; null while awaited")
            String text,
            @Schema(description = "Documents its adviser added to the case") List<DocumentRef> documents) {
    }

    @Schema(description = "The family's own views, wishes and feelings (CFA s19; reg 7), each time they sent them:"
            + " for LA staff of the case's LA and the family only")
    record FamilyViewsView(LocalDate givenOn,
            @Schema(description = "Who sent them") String by,
            @Schema(description = "Their answers in full, each under its question") String text,
            @Schema(description = "What they attached (a drawing, a photograph)") List<DocumentRef> documents) {
    }

    @Schema(description = "A case: the request, its statutory deadlines, each step, any exceptions, the advice and the family's views")
    record CaseView(long id, String reference, long childId, String childName, String status, LocalDate receivedOn,
            String requestedBy, Deadlines deadlines, List<MilestoneView> milestones, List<ExceptionView> exceptions,
            @Schema(description = "The last day to appeal, after a decision not to assess or not to issue a plan")
            LocalDate appealDeadline,
            @Schema(description = "The advice the caller may read, oldest request first") List<AdviceView> advice,
            @Schema(description = "The family's views, oldest first; empty for anyone but the family and the LA's staff")
            List<FamilyViewsView> familyViews,
            @Schema(description = "The final plan as finalised (reg 12, 13(2)), sections A to K; empty until it is issued."
                    + " Its PDF: /api/assessment-requests/{id}/final-plan.pdf")
            List<FinalPlanSection> finalPlan,
            @Schema(description = "The Tribunal's order (reg 44) or the council's concession (reg 45) that re-entered the assessment,"
                    + " with the order's due dates in place of the request's; null when none did") TribunalOrder order) {
    }

    @Schema(description = "An order of the Tribunal, or a concession, that re-entered the assessment (reg 44; reg 45)")
    record TribunalOrder(@Schema(description = "ASSESS, MAKE_PLAN, AMEND_PLAN or NAME_SETTING (section I only)") String kind,
            @Schema(description = "The day of the order, or the day the council told the Tribunal it would not oppose") LocalDate on,
            @Schema(description = "True when the council conceded (reg 45); false for an order of the Tribunal (reg 44)") boolean conceded,
            @Schema(description = "As the case page says it", example = "Ordered by the Tribunal on 4 March 2026") String words,
            @Schema(description = "Each step the order requires and its last lawful day, in order") List<OrderDue> dueDates) {
    }

    @Schema(description = "A step an order requires, with its last lawful day")
    record OrderDue(@Schema(description = "The time limit, e.g. ORDERED_FINAL_PLAN_AFTER_ASSESSMENT") String limit,
            @Schema(description = "The step in words") String label, @Schema(description = "The regulation") String citation,
            LocalDate due) {
    }

    @Schema(description = "A section of the final plan")
    record FinalPlanSection(@Schema(description = "A, B, C, D, E, F, G, H1, H2, I, J or K") String section,
            @Schema(description = "The section's text as issued") String text,
            @Schema(description = "What changed from the draft, and why; null where nothing was noted") String changedFromDraft) {
    }

    @Schema(description = "A case in a list")
    record CaseSummary(long id, String reference, long childId, String childName, String status, LocalDate receivedOn,
            String requestedBy, Deadlines deadlines) {
    }

    record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

        /** One page as the API answers it, from a page the query cut. */
        static <E, T> PageOf<T> of(org.springframework.data.domain.Page<E> found, java.util.function.Function<E, T> view) {
            return new PageOf<>(found.getContent().stream().map(view).toList(), found.getNumber(), found.getSize(),
                    found.getTotalElements(), found.getTotalPages());
        }
    }

    record DocumentView(long id, String fileName, String contentType, long size, String sha256, String description,
            String uploadedBy, Instant uploadedAt) {
    }

    record AuditView(long id, Instant at, String username, String role, String action, String detail) {
    }
}
