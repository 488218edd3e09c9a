package uk.ehctracker.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.ehctracker.audit.AuditSubject;
import uk.ehctracker.statutory.AnnualReview;
import uk.ehctracker.statutory.PhaseTransfer;
import uk.ehctracker.statutory.StatutoryClock;

/** One review of a plan, step by step; its due dates derive from these dates (docs/law.md s9). */
@Entity
@Table(name = "annual_review")
public class AnnualReviewRecord implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(nullable = false)
    private int cycle;

    @Column(name = "counted_from", nullable = false)
    private LocalDate countedFrom;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "early_years", nullable = false)
    private boolean earlyYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase_transfer")
    private PhaseTransfer phaseTransfer;

    @Column(name = "moves_on")
    private LocalDate movesOn;

    @Column(name = "invitations_sent_on")
    private LocalDate invitationsSentOn;

    @Column(name = "meeting_on")
    private LocalDate meetingOn;

    @Column(name = "advice_circulated_on")
    private LocalDate adviceCirculatedOn;

    @Column(name = "meeting_held_on")
    private LocalDate meetingHeldOn;

    @Column(name = "report_sent_on")
    private LocalDate reportSentOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private ReviewOutcome outcome;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "outcome_reason")
    private String outcomeReason;

    @Column(name = "amendments_proposed_on")
    private LocalDate amendmentsProposedOn;

    @Column(name = "comments_close_on")
    private LocalDate commentsCloseOn;

    @Column(name = "amended_plan_issued_on")
    private LocalDate amendedPlanIssuedOn;

    @Column(name = "family_comments")
    private String familyComments;

    @Column(name = "family_comments_on")
    private LocalDate familyCommentsOn;

    @Column(name = "plan_ceased_on")
    private LocalDate planCeasedOn;

    @Column(name = "transferred_on")
    private LocalDate transferredOn;

    // reg 19(a), reg 20(4): the family's views for the meeting, in their own words (V38)
    @Column(name = "views_going_well")
    private String viewsGoingWell;

    @Column(name = "views_hard")
    private String viewsHard;

    @Column(name = "views_to_change")
    private String viewsToChange;

    @Column(name = "views_childs_own")
    private String viewsChildsOwn;

    @Column(name = "views_sent_on")
    private LocalDate viewsSentOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /**
     * The case's LA, copied when the review starts: the reviews list's index leads with it. A plan that
     * moves to another LA (reg 15) stops this review and starts the new LA's, with its LA.
     */
    @Column(name = "la_id", nullable = false)
    private long laId;

    // where the review stands on the caseworkers' lists, set from the dates above on every save (V36)
    @Enumerated(EnumType.STRING)
    @Column(name = "list_step")
    private ReviewStep listStep;

    @Column(name = "listed_from")
    private LocalDate listedFrom;

    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    @Column(name = "transfer_by_15_february", nullable = false)
    private boolean transferBy15February;

    protected AnnualReviewRecord() {
    }

    AnnualReviewRecord(long caseId, long laId, int cycle, ReviewSchedule schedule, Instant recordedAt) {
        this.caseId = caseId;
        this.laId = laId;
        this.cycle = cycle;
        this.countedFrom = schedule.countedFrom();
        this.dueOn = schedule.dueOn();
        this.earlyYears = schedule.earlyYears();
        this.phaseTransfer = schedule.transfer();
        this.movesOn = schedule.movesOn();
        this.recordedAt = recordedAt;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    @Override
    public String auditName() {
        return "review " + cycle + " of the plan";
    }

    /** The dates the review's clocks run on. */
    public ReviewSchedule schedule() {
        return new ReviewSchedule(countedFrom, earlyYears, dueOn, phaseTransfer, movesOn);
    }

    /**
     * The review's due date had passed before the tracker recorded it: a plan brought in from the
     * LA's records already late (docs/law.md s9). It is listed as overdue; no manager's review is
     * started for a deadline missed before the tracker held the plan.
     */
    public boolean overdueWhenRecorded() {
        return StatutoryClock.isOverdue(LocalDate.ofInstant(recordedAt, StatutoryClock.LONDON), schedule().reviewDueBy());
    }

    /** reg 20(4): the advice goes out 2 weeks before the meeting; null until the meeting is arranged. */
    public LocalDate adviceDueBy() {
        return meetingOn == null ? null : AnnualReview.circulateAdviceBy(meetingOn);
    }

    /** reg 20(7); null until the meeting is held. */
    public LocalDate reportDueBy() {
        return meetingHeldOn == null ? null : AnnualReview.reportDueBy(meetingHeldOn);
    }

    /** reg 20(10); null until the meeting is held. */
    public LocalDate decisionDueBy() {
        return meetingHeldOn == null ? null : AnnualReview.decisionDueBy(meetingHeldOn);
    }

    /** reg 22(3), reg 18; null unless amendments were proposed. */
    public LocalDate amendedPlanDueBy() {
        return amendmentsProposedOn == null ? null : schedule().amendedPlanDueBy(amendmentsProposedOn);
    }

    /** Kept, ceased, or its amended plan issued (reg 20(10), reg 22(3)): nothing more to do on it. */
    public boolean isComplete() {
        // a plan that ceased (CFA s45) ends the review it was in, whatever step it had reached
        // and a plan that moved to another LA (reg 15) ends the old LA's review: the new LA's own review follows
        return outcome == ReviewOutcome.KEEP || outcome == ReviewOutcome.CEASE || amendedPlanIssuedOn != null || planCeasedOn != null
                || transferredOn != null;
    }

    /** The step the review is at (for the lists). */
    public ReviewStep step() {
        if (isComplete()) {
            return ReviewStep.COMPLETE;
        }
        return meetingHeldOn == null ? ReviewStep.DUE : outcome == null ? ReviewStep.AWAITING_DECISION : ReviewStep.AMENDING;
    }

    /** The last lawful day of the step the review is at; null once complete. */
    public LocalDate nextDueOn() {
        return switch (step()) {
            case DUE -> schedule().reviewDueBy();
            case AWAITING_DECISION -> reportSentOn == null && reportDueBy().isBefore(decisionDueBy()) ? reportDueBy() : decisionDueBy();
            case AMENDING -> amendedPlanDueBy();
            case COMPLETE -> null;
        };
    }

    /** reg 18(1)(b): the review prepares a move between phases of school, whose amended plan is due before 15 February. */
    public boolean transferBy15February() {
        LocalDate deadline = schedule().transferDeadline();
        return deadline != null && deadline.equals(uk.ehctracker.statutory.PhaseTransfer.lastDayForASchoolMove(deadline.getYear()));
    }

    /** The list columns follow the dates on every save, whichever command changed them. */
    @PrePersist
    @PreUpdate
    void keepListing() {
        listStep = step();
        listedFrom = schedule().opensOn();
        nextDueOn = nextDueOn();
        transferBy15February = transferBy15February();
    }

    void meetingArranged(LocalDate on, LocalDate invitationsSent) {
        this.meetingOn = on;
        this.invitationsSentOn = invitationsSent;
    }

    void adviceCirculated(LocalDate on) {
        this.adviceCirculatedOn = on;
    }

    void meetingHeld(LocalDate on) {
        this.meetingHeldOn = on;
    }

    void planCeased(LocalDate on) {
        this.planCeasedOn = on;
    }

    void transferred(LocalDate on) {
        this.transferredOn = on;
    }

    public LocalDate getTransferredOn() {
        return transferredOn;
    }

    public LocalDate getPlanCeasedOn() {
        return planCeasedOn;
    }

    void reportSent(LocalDate on) {
        this.reportSentOn = on;
    }

    void decided(ReviewOutcome how, LocalDate on, String reason, LocalDate sentOn) {
        this.outcome = how;
        this.decidedOn = on;
        this.outcomeReason = reason;
        if (how == ReviewOutcome.AMEND) {
            // reg 20(10), reg 22(2): the proposed amendments go with the decision's letter; the
            // family's 15 days begin with the day it is sent
            this.amendmentsProposedOn = sentOn;
            this.commentsCloseOn = AnnualReview.amendmentCommentsCloseOn(sentOn);
        }
    }

    void familyCommented(String comments, LocalDate on) {
        this.familyComments = comments;
        this.familyCommentsOn = on;
    }

    void familyGaveViews(FamilyViews views, LocalDate on) {
        this.viewsGoingWell = views.goingWell();
        this.viewsHard = views.hard();
        this.viewsToChange = views.toChange();
        this.viewsChildsOwn = views.childsOwn();
        this.viewsSentOn = on;
    }

    /** The family may still give or change their views for the meeting: it has not been held (reg 19(a), reg 20(4)). */
    public boolean takesFamilyViews() {
        return meetingHeldOn == null && !isComplete();
    }

    /** The family's views for the meeting as last sent, or null if none were sent. */
    public FamilyViews familyViews() {
        return viewsSentOn == null ? null : new FamilyViews(viewsGoingWell, viewsHard, viewsToChange, viewsChildsOwn);
    }

    public LocalDate getViewsSentOn() {
        return viewsSentOn;
    }

    void amendedPlanIssued(LocalDate on) {
        this.amendedPlanIssuedOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public int getCycle() {
        return cycle;
    }

    public LocalDate getCountedFrom() {
        return countedFrom;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isEarlyYears() {
        return earlyYears;
    }

    public PhaseTransfer getPhaseTransfer() {
        return phaseTransfer;
    }

    public LocalDate getMovesOn() {
        return movesOn;
    }

    public LocalDate getInvitationsSentOn() {
        return invitationsSentOn;
    }

    public LocalDate getMeetingOn() {
        return meetingOn;
    }

    public LocalDate getAdviceCirculatedOn() {
        return adviceCirculatedOn;
    }

    public LocalDate getMeetingHeldOn() {
        return meetingHeldOn;
    }

    public LocalDate getReportSentOn() {
        return reportSentOn;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public LocalDate getAmendmentsProposedOn() {
        return amendmentsProposedOn;
    }

    public LocalDate getCommentsCloseOn() {
        return commentsCloseOn;
    }

    public String getFamilyComments() {
        return familyComments;
    }

    public LocalDate getFamilyCommentsOn() {
        return familyCommentsOn;
    }

    public long getLaId() {
        return laId;
    }

    public LocalDate getAmendedPlanIssuedOn() {
        return amendedPlanIssuedOn;
    }
}
