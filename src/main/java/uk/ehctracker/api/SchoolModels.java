package uk.ehctracker.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.ehctracker.directory.SenStatus;
import uk.ehctracker.referral.ReferralStatus;
import uk.ehctracker.support.Delivery;
import uk.ehctracker.support.EvidenceChecklist;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.support.ReviewOutcome;
import uk.ehctracker.support.SpecialistKind;

/**
 * The JSON of the school side (SEN support, Code chapter 6) and of children brought to the LA's
 * attention: one record per request and response body, as in {@link ApiModels}. Dates are
 * YYYY-MM-DD, read strictly.
 */
final class SchoolModels {

    private SchoolModels() {
    }

    // ---- requests: SEN support ----

    @Schema(description = "Placing a pupil on SEN support (Code 6.43): the day, the day the parents were formally told,"
            + " and optionally the needs, most significant first")
    record PlaceBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-09-15", description = "Not after today")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate placedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-09-16",
                    description = "Not before placedOn, not after today")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate parentsToldOn,
            @ArraySchema(uniqueItems = true, arraySchema = @Schema(
                    description = "Types of need in rank order (the first is the primary need, as SEN2 records it); each once"))
            List<NeedType> needs) {
    }

    @Schema(description = "The pupil's needs, most significant first; replaces the needs recorded before")
    record NeedsBody(@ArraySchema(minItems = 1, uniqueItems = true,
            arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "At least one; each type once"))
            List<NeedType> needs) {
    }

    @Schema(description = "Assess (Code 6.45): starts a new cycle of assess, plan, do, review")
    record AssessBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20_000, description = "What the assessment found")
            String notes,
            @Schema(maxLength = 20_000, description = "Attainment and progress: evidence for a request") String attainment,
            @Schema(maxLength = 20_000, description = "The pupil's views") String pupilViews,
            @Schema(maxLength = 20_000, description = "The parents' views") String parentViews) {
    }

    @Schema(description = "Plan (Code 6.48): the outcomes sought, the provision, and when it will be reviewed")
    record PlanBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20_000) String outcomes,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20_000) String provision,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-01", description = "After today")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate reviewDate) {
    }

    @Schema(description = "Review (Code 6.52-6.58): what the review found and what happens next. REQUEST_ASSESSMENT sends"
            + " the LA a request for an EHC needs assessment with the review's findings and the evidence as it stands")
    record ReviewBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReviewOutcome outcome,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20_000, description = "What the review found")
            String notes) {
    }

    @Schema(description = "The parents' decision on involving a specialist (Code 6.58)")
    record SpecialistAgreementBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SpecialistKind kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Whether the parents agree") Boolean parentsAgree,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-10-01", description = "Not after today")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate decidedOn) {
    }

    @Schema(description = "The specialist's advice (Code 6.59), for the involvement the parents agreed to")
    record SpecialistAdviceBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20_000) String advice,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-10-20",
                    description = "Not before the parents agreed, not after today")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate reportDate) {
    }

    @Schema(description = "A line of the provision map, with its yearly cost")
    record ProvisionBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Precision teaching") String intervention,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Delivery delivery,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "3 x 20 minutes a week") String frequency,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Teaching assistant") String staff,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-09-20") @JsonFormat(lenient = OptBoolean.FALSE)
            LocalDate startOn,
            @Schema(example = "2027-07-20", description = "Not before startOn; none while it runs") @JsonFormat(lenient = OptBoolean.FALSE)
            LocalDate endOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1450.00", minimum = "0", maximum = "99999999.99",
                    description = "Pounds a year, 0 to 99999999.99, kept to the penny") BigDecimal yearlyCost) {
    }

    @Schema(description = "A meeting with the parents (Code 6.65)")
    record MeetingBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-10-05", description = "Not after today")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate heldOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20_000) String notes) {
    }

    @Schema(description = "The family's views for the review of the cycle running now (Code 6.65-6.71); sent again, they replace"
            + " the earlier ones until the review")
    record FamilyViewsBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20_000) String views) {
    }

    @Schema(description = "The school's request for an EHC needs assessment (CFA s36(1)); the evidence pack goes with it")
    record SchoolRequestBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20_000, description = "Why the school is asking")
            String reasons) {
    }

    // ---- requests: children brought to the LA's attention ----

    @Schema(description = "A child brought to the LA's attention (CFA s36(1), s23, s24) by someone who cannot request"
            + " an assessment themselves")
    record NewReferralBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long childId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, description = "Who told the LA") String notifierName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, description = "Their role or organisation")
            String notifierRole,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-02",
                    description = "The day the LA was told: not after today, not before the child's birth. Treated as a request,"
                            + " every statutory time limit runs from this day (CFA s24)")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate receivedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20_000) String concerns) {
    }

    @Schema(description = "The decision to treat a referral as a request for an EHC needs assessment")
    record TreatAsRequestBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-05",
                    description = "Not before the day the LA was told, not after today")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate decidedOn) {
    }

    @Schema(description = "The decision not to treat a referral as a request, with the reason")
    record DeclineBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-05",
                    description = "Not before the day the LA was told, not after today")
            @JsonFormat(lenient = OptBoolean.FALSE) LocalDate decidedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String reason) {
    }

    // ---- responses ----

    @Schema(description = "A pupil on the school's SEN register")
    record RegisterRowView(long childId, String name, int yearGroup, SenStatus senStatus,
            @Schema(description = "Rank 1; null when none is recorded") NeedType primaryNeed,
            @Schema(description = "Every type of need, most significant first") List<NeedType> needs,
            @Schema(description = "The review date of the cycle running now") LocalDate nextReview,
            @Schema(description = "The review is within 14 days or past") boolean reviewDue,
            int cyclesCompleted,
            @Schema(description = "Pounds a year of the provision running today") BigDecimal yearlyCost,
            @Schema(description = "Where to read the pupil's SEN support: GET this path") String href) {
    }

    @Schema(description = "A type of need, with its rank (1 is the primary need) and its broad area (Code 6.28-6.35)")
    record NeedView(int rank, NeedType type, String label,
            @Schema(description = "Null for OTH, whose area depends on the pupil") String area, LocalDate recordedOn) {
    }

    @Schema(description = "A cycle of assess, plan, do, review (Code 6.44-6.56)")
    record CycleView(int number,
            @Schema(description = "Where the cycle stands, in the Code's words") String stage,
            LocalDate startedOn, String assessNotes, String attainment, String pupilViews, String parentViews,
            String outcomes, String provision, LocalDate plannedOn, LocalDate reviewDate, LocalDate reviewedOn,
            ReviewOutcome reviewOutcome, String reviewNotes,
            @Schema(description = "The family's own views for this cycle's review, as they sent them") String familyViews,
            LocalDate familyViewsOn) {
    }

    @Schema(description = "A line of the provision map")
    record ProvisionView(String intervention, Delivery delivery, String frequency, String staff, LocalDate startOn,
            LocalDate endOn, @Schema(description = "Pounds a year") BigDecimal yearlyCost,
            @Schema(description = "It runs today") boolean running) {
    }

    @Schema(description = "A specialist the parents were asked about (Code 6.58-6.59)")
    record SpecialistView(SpecialistKind kind, String label, boolean parentsAgreed, LocalDate decidedOn,
            @Schema(description = "Null while awaited, or when the parents did not agree") String advice, LocalDate reportDate) {
    }

    @Schema(description = "A meeting with the parents (Code 6.65)")
    record MeetingView(LocalDate heldOn, String notes, String recordedBy) {
    }

    @Schema(description = "The latest request for an EHC needs assessment the school made for the pupil")
    record SchoolRequestView(LocalDate requestedOn,
            @Schema(description = "The case: GET /api/assessment-requests/{caseId}") long caseId) {
    }

    @Schema(description = "A school's request as the LA reads it: its reasons, the evidence missing when it was made, and the"
            + " pupil's SEN support as it stands (Code 9.14)")
    record SchoolEvidenceView(long caseId, String reasons,
            @Schema(description = "The evidence missing when the request was made; null when nothing was") String evidenceGaps,
            SenSupportView senSupport) {
    }

    @Schema(description = "A pupil's SEN support: needs, cycles, provision with its costs, specialists, meetings with the"
            + " parents and the family's views, and what the school is asked to do next")
    record SenSupportView(long childId, String name, LocalDate dateOfBirth, int yearGroup, String schoolName, SenStatus senStatus,
            @Schema(description = "The pupil has a SEN support record (now or before)") boolean hasRecord,
            @Schema(description = "On SEN support now") boolean onSenSupport,
            LocalDate placedOn, LocalDate parentsToldOn, LocalDate leftOn, String leftReason,
            List<NeedView> needs, List<CycleView> cycles, List<ProvisionView> provision,
            @Schema(description = "Pounds a year of the provision running today") BigDecimal yearlyCost,
            @Schema(description = "Above the £6,000 a year schools meet from their notional SEN budget") boolean overThreshold,
            List<SpecialistView> specialists, List<MeetingView> parentMeetings,
            @Schema(description = "What the school is asked to do next: assessNeeds, planSupport, reviewCycle,"
                    + " agreeSpecialistInvolvement, recordSpecialistAdvice") List<String> waitingFor,
            @Schema(description = "The planned support is being delivered until the review (the review may be brought forward)")
            boolean delivering,
            SchoolRequestView request) {
    }

    @Schema(description = "One piece of the evidence LAs commonly expect with a school's request (Code 9.14)")
    record EvidenceItemView(EvidenceChecklist.Kind kind, String label, boolean present,
            @Schema(description = "What there is, where it says more (the cycles completed, the specialists)") String detail) {
    }

    @Schema(description = "What a request from the school would carry from the pupil's SEN support, and what is missing."
            + " A request with gaps may still be made; the gaps travel with it")
    record EvidenceView(boolean complete, List<EvidenceItemView> items,
            @Schema(description = "The gaps as the LA's caseworker reads them; null when nothing is missing") String gaps) {
    }

    @Schema(description = "A child brought to the LA's attention, and what the LA decided")
    record ReferralView(long id, long childId, String notifierName, String notifierRole, LocalDate receivedOn, String concerns,
            ReferralStatus status, LocalDate decidedOn, String decidedBy,
            @Schema(description = "Why it was not treated as a request") String declineReason,
            @Schema(description = "The case, once treated as a request: GET /api/assessment-requests/{caseId}") Long caseId,
            String recordedBy, Instant recordedAt) {
    }
}
