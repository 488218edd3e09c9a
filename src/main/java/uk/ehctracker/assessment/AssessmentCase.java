package uk.ehctracker.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.LocalAuthority;
import uk.ehctracker.directory.School;
import uk.ehctracker.statutory.Disagreement;
import uk.ehctracker.statutory.Disagreement.OrderKind;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.statutory.WorkingDays;
import uk.ehctracker.audit.AuditSubject;

/**
 * A request for an EHC needs assessment and everything that follows it. The statutory due dates
 * are computed once from the received date and stored, so that screens, reports and timers agree.
 */
@Entity
@Table(name = "assessment_case")
public class AssessmentCase implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "la_id")
    private LocalAuthority localAuthority;

    /** The child's school when the request was made; the school the SENCO acts for. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", nullable = false)
    private RequestedBy requestedBy;

    @Column(name = "requester_name", nullable = false)
    private String requesterName;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false)
    private String reasons;

    @Column(name = "evidence_gaps")
    private String evidenceGaps;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStage stage;

    @Column(name = "assigned_to")
    private String assignedTo;

    @Column(name = "draft_served_on")
    private LocalDate draftServedOn;

    @Column(name = "draft_comments")
    private String draftComments;

    @Column(name = "draft_commented_on")
    private LocalDate draftCommentedOn;

    @Column(name = "requested_school")
    private String requestedSchool;

    /** The school asked for, when it is one the directory knows (its SENCO then answers the consultation). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consulted_school_id")
    private School consultedSchool;

    /** The school or setting consulted on being named (CFA s39, s40(3)), as the letter names it. */
    @Column(name = "consulted_setting")
    private String consultedSetting;

    @Column(name = "wants_meeting")
    private Boolean wantsMeeting;

    @Column(name = "wants_personal_budget")
    private Boolean wantsPersonalBudget;

    /** reg 13(1)(a)(ii): the day of the meeting with an LA officer the family asked for. */
    @Column(name = "draft_meeting_on")
    private LocalDate draftMeetingOn;

    /** CFA s39: the day the consultation was sent to the school asked for; its 15 days count from it. */
    @Column(name = "consultation_sent_on")
    private LocalDate consultationSentOn;

    @Column(name = "consultation_response")
    private String consultationResponse;

    @Column(name = "school_can_meet_needs")
    private Boolean schoolCanMeetNeeds;

    @Column(name = "consultation_answered_on")
    private LocalDate consultationAnsweredOn;

    /** After the latest setting's "cannot meet the needs": name it anyway or consult another. */
    @Enumerated(EnumType.STRING)
    @Column(name = "after_consultation")
    private AfterConsultation afterConsultation;

    /** CFA s39(4): why the school the family asked for is not named, when it is not. */
    @Enumerated(EnumType.STRING)
    @Column(name = "not_naming_ground")
    private NotNamingGround notNamingGround;

    @Column(name = "after_consultation_reasons")
    private String afterConsultationReasons;

    @Column(name = "named_placement")
    private String namedPlacement;

    /** CFA s40(2): the plan names only a type of school or institution, which needs no consultation. */
    @Column(name = "named_placement_type_only")
    private Boolean namedPlacementTypeOnly;

    @Column(name = "final_plan_issued_on")
    private LocalDate finalPlanIssuedOn;

    /** reg 13(2), reg 14: the day the final plan was sent; its appeal deadline runs from it. */
    @Column(name = "final_plan_sent_on")
    private LocalDate finalPlanSentOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    /** The nearest open statutory date (null when closed): what work lists sort by. */
    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    /** How the final plan met its 20 weeks (null without a final plan): kept for the manager's 20-week rate (FinalPlanTiming). */
    @Enumerated(EnumType.STRING)
    @Column(name = "final_plan_timing")
    private FinalPlanTiming finalPlanTiming;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** reg 44; reg 45: the day of the Tribunal's order, or of the LA's concession, that re-entered the assessment. */
    @Column(name = "ordered_on")
    private LocalDate orderedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_kind")
    private OrderKind orderKind;

    /** reg 45: the LA told the Tribunal it would not oppose the appeal (no order was made). */
    @Column(name = "order_conceded")
    private Boolean orderConceded;

    /** How the case came to the tracker: a request, or a plan made before it (docs/architecture.md, decisions). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseOrigin origin = CaseOrigin.REQUEST;

    /** An imported plan's child as the LA's records name them (UPN or local id): one plan per child and LA. */
    @Column(name = "import_ref")
    private String importRef;

    /** SEN2: the primary need of an imported plan's child, as its code (e.g. ASD). */
    @Column(name = "primary_need")
    private String primaryNeed;

    @Version
    private long version;

    protected AssessmentCase() {
    }

    AssessmentCase(Child child, RequestedBy requestedBy, String requesterName, LocalDate receivedOn,
            String reasons, String evidenceGaps, Instant createdAt) {
        this.child = child;
        this.localAuthority = child.getLocalAuthority();
        this.school = child.getSchool();
        this.requestedBy = requestedBy;
        this.requesterName = requesterName;
        this.receivedOn = receivedOn;
        this.reasons = reasons;
        this.evidenceGaps = evidenceGaps;
        this.createdAt = createdAt;
        this.stage = CaseStage.DECIDING_WHETHER_TO_ASSESS;
    }

    /**
     * The case record of a plan made before the tracker (docs/architecture.md, decisions): closed
     * with its plan issued on {@code planDate}, with no assessment process. The request's own day is
     * not known; the plan's date stands in for it, the earliest day the records give.
     */
    static AssessmentCase existingPlan(Child child, LocalDate planDate, String importRef, String primaryNeed, String placement,
            String recordedBy, Instant createdAt) {
        AssessmentCase c = new AssessmentCase(child, RequestedBy.OTHER, recordedBy, planDate,
                "An EHC plan made before the tracker, recorded from the council's records.", null, createdAt);
        c.origin = CaseOrigin.IMPORTED;
        c.importRef = importRef;
        c.primaryNeed = primaryNeed;
        c.finalPlanIssued(placement, false, planDate, planDate);
        // its 20 weeks were not the tracker's to count (no milestones)
        c.finalPlanTiming = FinalPlanTiming.NOT_COUNTED;
        return c;
    }

    /** The reference families and letters quote. */
    public String reference() {
        return reference(id);
    }

    public static String reference(long caseId) {
        return String.format("EHC-%06d", caseId);
    }

    void nextDue(LocalDate date) {
        this.nextDueOn = stage.isClosed() ? null : date;
    }

    void finalPlanTiming(FinalPlanTiming timing) {
        this.finalPlanTiming = finalPlanIssuedOn == null ? null : timing;
    }

    /** reg 15(3): the plan is maintained by the LA it moved to. */
    void transferredTo(uk.ehctracker.directory.LocalAuthority newLa) {
        this.localAuthority = newLa;
    }

    void moveTo(CaseStage next) {
        this.stage = next;
    }

    void assignTo(String username) {
        this.assignedTo = username;
    }

    void draftServed(LocalDate servedOn) {
        this.draftServedOn = servedOn;
    }

    void familyResponded(String comments, String requestedSchool, boolean wantsMeeting,
            boolean wantsPersonalBudget, LocalDate on) {
        this.draftComments = comments;
        this.requestedSchool = requestedSchool;
        this.wantsMeeting = wantsMeeting;
        this.wantsPersonalBudget = wantsPersonalBudget;
        this.draftCommentedOn = on;
    }

    void draftMeetingArranged(LocalDate on) {
        this.draftMeetingOn = on;
    }

    void consult(String setting, School known) {
        this.consultedSetting = setting;
        this.consultedSchool = known;
        // a new consultation: the previous one's answer and what the LA decided on it no longer route the case
        this.schoolCanMeetNeeds = null;
        this.consultationResponse = null;
        this.consultationAnsweredOn = null;
        this.afterConsultation = null;
    }

    void decidedAfterConsultation(AfterConsultation decision, NotNamingGround ground, String reasons) {
        this.afterConsultation = decision;
        if (ground != null) {
            this.notNamingGround = ground;
        }
        this.afterConsultationReasons = reasons;
    }

    /** The school the family asked for is the setting consulted now (CFA s39(2)). */
    boolean consultingTheRequestedSchool() {
        return requestedSchool != null && requestedSchool.equalsIgnoreCase(consultedSetting);
    }

    void consultationSent(LocalDate sentOn) {
        this.consultationSentOn = sentOn;
    }

    void consultationAnswered(boolean canMeetNeeds, String response, LocalDate on) {
        this.schoolCanMeetNeeds = canMeetNeeds;
        this.consultationResponse = response;
        this.consultationAnsweredOn = on;
    }

    void finalPlanIssued(String placement, boolean typeOnly, LocalDate on, LocalDate sentOn) {
        this.namedPlacement = placement;
        this.namedPlacementTypeOnly = typeOnly;
        this.finalPlanIssuedOn = on;
        this.finalPlanSentOn = sentOn;
        close(CaseStage.PLAN_ISSUED, on);
    }

    void close(CaseStage outcome, LocalDate on) {
        this.stage = outcome;
        this.closedOn = on;
    }

    /**
     * reg 44; reg 45: an order (or a concession) re-enters the assessment: the case is open again,
     * at the step the order requires, and its limits count from {@code on}.
     */
    void ordered(OrderKind kind, LocalDate on, boolean conceded, CaseStage reenteredAt) {
        this.orderKind = kind;
        this.orderedOn = on;
        this.orderConceded = conceded;
        this.stage = reenteredAt;
        this.closedOn = null;
    }

    void withdraw(String reason, LocalDate on) {
        this.withdrawalReason = reason;
        close(CaseStage.WITHDRAWN, on);
    }

    /**
     * The last day on which the step under this limit is on time; null while its clock has not
     * started. The one source of a case's due dates: only the days the law counts from are stored,
     * and each due date is derived from its day by the limit's rule (milestones copy it when a step
     * opens, for the lists and timers to query).
     */
    public LocalDate dueDate(TimeLimit limit) {
        LocalDate start = switch (limit) {
            // reg 5(1), 10(1), 13(2): these limits count from the day the LA received the request
            case DECISION_TO_ASSESS, DECISION_NOT_TO_ISSUE, FINAL_PLAN -> receivedOn;
            // reg 13(1): 15 days beginning with the day the draft is served
            case DRAFT_COMMENTS -> draftServedOn;
            // CFA s39: the school's 15 days from the day the consultation was sent
            case SCHOOL_CONSULTATION -> consultationSentOn;
            // reg 44; reg 45: an order's limits count from the day of the order, or of the concession
            case ORDERED_NOTICE_TO_ASSESS, ORDERED_DECISION_NOT_TO_ISSUE, ORDERED_FINAL_PLAN_AFTER_ASSESSMENT, ORDERED_DRAFT_PLAN,
                    ORDERED_FINAL_PLAN, ORDERED_AMENDED_PLAN, ORDERED_AMENDED_PLACEMENT -> orderedOn;
            case ADVICE -> throw new IllegalArgumentException("Advice is due per advice request");
        };
        return start == null ? null : limit.dueFrom(start);
    }

    /**
     * The limit that binds this step now: after an order re-entered the assessment, the order's
     * own limit in place of the request's (reg 44; reg 45); else the limit itself. Timers, the
     * milestones and the screens ask this before {@link #dueDate}.
     */
    public TimeLimit inForce(TimeLimit limit) {
        return orderKind == null ? limit : Disagreement.limitUnder(orderKind, limit);
    }

    /** The due date of the step under this limit as it binds now ({@link #inForce}). */
    public LocalDate dueDateInForce(TimeLimit limit) {
        return dueDate(inForce(limit));
    }

    public LocalDate getOrderedOn() {
        return orderedOn;
    }

    public OrderKind getOrderKind() {
        return orderKind;
    }

    /** reg 45: the order's limits count from the day the LA told the Tribunal it would not oppose. */
    public boolean isOrderConceded() {
        return Boolean.TRUE.equals(orderConceded);
    }

    public Long getId() {
        return id;
    }

    public Child getChild() {
        return child;
    }

    public LocalAuthority getLocalAuthority() {
        return localAuthority;
    }

    public School getSchool() {
        return school;
    }

    public RequestedBy getRequestedBy() {
        return requestedBy;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getReasons() {
        return reasons;
    }

    public String getEvidenceGaps() {
        return evidenceGaps;
    }

    public CaseStage getStage() {
        return stage;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public LocalDate getDecisionToAssessDue() {
        return dueDate(TimeLimit.DECISION_TO_ASSESS);
    }

    public LocalDate getDecisionNotToIssueDue() {
        return dueDateInForce(TimeLimit.DECISION_NOT_TO_ISSUE);
    }

    public LocalDate getFinalPlanDue() {
        return dueDateInForce(TimeLimit.FINAL_PLAN);
    }

    public LocalDate getDraftServedOn() {
        return draftServedOn;
    }

    public LocalDate getDraftCommentsDue() {
        return dueDate(TimeLimit.DRAFT_COMMENTS);
    }

    public String getDraftComments() {
        return draftComments;
    }

    public LocalDate getDraftCommentedOn() {
        return draftCommentedOn;
    }

    public String getRequestedSchool() {
        return requestedSchool;
    }

    public String getConsultedSetting() {
        return consultedSetting;
    }

    public School getConsultedSchool() {
        return consultedSchool;
    }

    public Boolean getWantsMeeting() {
        return wantsMeeting;
    }

    public LocalDate getDraftMeetingOn() {
        return draftMeetingOn;
    }

    public Boolean getWantsPersonalBudget() {
        return wantsPersonalBudget;
    }

    public LocalDate getConsultationDue() {
        return dueDate(TimeLimit.SCHOOL_CONSULTATION);
    }

    public String getConsultationResponse() {
        return consultationResponse;
    }

    public Boolean getSchoolCanMeetNeeds() {
        return schoolCanMeetNeeds;
    }

    public LocalDate getConsultationAnsweredOn() {
        return consultationAnsweredOn;
    }

    public String getNamedPlacement() {
        return namedPlacement;
    }

    /** CFA s40(2): the plan names a type of school, not a particular one. */
    public boolean isNamedPlacementTypeOnly() {
        return Boolean.TRUE.equals(namedPlacementTypeOnly);
    }

    public AfterConsultation getAfterConsultation() {
        return afterConsultation;
    }

    public NotNamingGround getNotNamingGround() {
        return notNamingGround;
    }

    public String getAfterConsultationReasons() {
        return afterConsultationReasons;
    }

    /** The day the final plan was sent (null until issued; the issue date for older cases). */
    /**
     * The last day to appeal against the final plan (reg 14; HESC Rules r20, r12): 2 months from the
     * day it was sent; null before then. The one place the rule for a plan lives, as Decision's for refusals.
     */
    public LocalDate finalPlanAppealDeadline(WorkingDays workingDays) {
        return finalPlanSentOn == null ? null : StatutoryClock.appealDeadline(finalPlanSentOn, null, workingDays);
    }

    public LocalDate getFinalPlanSentOn() {
        return finalPlanSentOn == null ? finalPlanIssuedOn : finalPlanSentOn;
    }

    public CaseOrigin getOrigin() {
        return origin;
    }

    public String getImportRef() {
        return importRef;
    }

    public String getPrimaryNeed() {
        return primaryNeed;
    }

    public LocalDate getFinalPlanIssuedOn() {
        return finalPlanIssuedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public LocalDate getNextDueOn() {
        return nextDueOn;
    }

    public FinalPlanTiming getFinalPlanTiming() {
        return finalPlanTiming;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public Long auditCaseId() {
        return getId();
    }

    @Override
    public String auditName() {
        return "case " + getId();
    }
}
