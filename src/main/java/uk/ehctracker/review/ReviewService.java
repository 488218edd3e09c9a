package uk.ehctracker.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CandidateGroups;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentNotices;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.FinalPlanIssued;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.DateFormats;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Role;
import uk.ehctracker.directory.School;
import uk.ehctracker.letters.MailOutbox;
import uk.ehctracker.letters.NoticeType;
import uk.ehctracker.statutory.PhaseTransfer;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * The annual review of a plan (CFA s44; regs 18, 20, 22; docs/law.md s9), recorded step by step by
 * the setting or the LA: the meeting arranged, the advice sent, the meeting held, its report, the
 * LA's decision, and an amended plan. Each command checks access, runs in one transaction, is
 * audited once and moves bpmn/annual-review.bpmn with the record. The first review starts when the
 * final plan is issued; the next when a review is decided to keep the plan, or its amended plan is
 * issued, counted from the decision (reg 20(10) completes a review).
 */
@Service
@Transactional
public class ReviewService {

    static final String NO_REVIEW = "No review of a plan is recorded on this case";
    static final String NOT_NOW = "The review is not at that step";
    static final String COMPLETE = "The review is complete: record the move on the next review";

    /** The elements of bpmn/annual-review.bpmn a person records something at, in the order they come. */
    static final List<String> STEPS = List.of("arrangeReviewMeeting", "circulateReviewAdvice", "holdReviewMeeting", "sendReviewReport",
            "decideAfterReview", "amendmentCommentsClose", "issueAmendedPlan");

    private final AnnualReviewRepository reviews;
    private final ReviewProcess process;
    private final AssessmentQueries cases;
    private final DirectoryService directory;
    private final MailOutbox mail;
    private final AssessmentNotices notices;
    private final uk.ehctracker.calendar.EnglandCalendar calendar;
    private final AccessPolicy access;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ReviewService(AnnualReviewRepository reviews, ReviewProcess process, AssessmentQueries cases, DirectoryService directory,
            MailOutbox mail, AssessmentNotices notices, uk.ehctracker.calendar.EnglandCalendar calendar, AccessPolicy access, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.notices = notices;
        this.calendar = calendar;
        this.events = events;
        this.reviews = reviews;
        this.process = process;
        this.cases = cases;
        this.directory = directory;
        this.mail = mail;
        this.access = access;
        this.clock = clock;
    }

    /** What a person sees of a review, with every date derived from the law. */
    public record View(long id, int cycle, LocalDate countedFrom, boolean earlyYears, LocalDate dueOn,
            uk.ehctracker.statutory.PhaseTransfer transfer, LocalDate movesOn, LocalDate transferDeadline, LocalDate reviewDueBy,
            LocalDate meetingNeededBy, LocalDate invitationsSentOn, LocalDate meetingOn, LocalDate adviceDueBy,
            LocalDate adviceCirculatedOn, LocalDate meetingHeldOn, LocalDate reportDueBy, LocalDate reportSentOn,
            LocalDate decisionDueBy, ReviewOutcome outcome, LocalDate decidedOn, String outcomeReason, LocalDate amendmentsProposedOn,
            LocalDate commentsCloseOn, LocalDate amendedPlanDueBy, LocalDate amendedPlanIssuedOn, String waitingAt, String nextStep,
            String familyComments, LocalDate familyCommentsOn, FamilyViews familyViews, LocalDate familyViewsOn, boolean takesFamilyViews) {

        /** reg 22(1): the amendments the council proposed with its decision, or null. */
        public String proposedAmendments() {
            return outcome == ReviewOutcome.AMEND ? outcomeReason : null;
        }

        /** The family may still send comments on the proposed amendments on {@code today} (reg 22(2)). */
        public boolean openForComments(LocalDate today) {
            return "amendmentCommentsClose".equals(waitingAt) && !today.isAfter(commentsCloseOn);
        }

        /** The setting's next step and the last day for it, in plain words, or null when it has none. */
        public String settingStep() {
            if (waitingAt == null) {
                return null;
            }
            return switch (waitingAt) {
                // reg 20(3): invitations at least 2 weeks before a meeting held by the day it is needed
                case "arrangeReviewMeeting" -> "Send the invitations by " + DateFormats.full(meetingNeededBy.minusDays(14))
                        + " for a meeting by " + DateFormats.full(meetingNeededBy);
                // reg 20(4)
                case "circulateReviewAdvice" -> "Send the advice to everyone invited by " + DateFormats.full(adviceDueBy)
                        + "; the meeting is on " + DateFormats.full(meetingOn);
                case "holdReviewMeeting" -> "Hold the meeting on " + DateFormats.full(meetingOn);
                // reg 20(7)
                case "sendReviewReport" -> "Send the report of the meeting by " + DateFormats.full(reportDueBy);
                default -> null;
            };
        }
    }

    /** A review the setting holds, of a pupil at the school. */
    public record SettingRow(long caseId, long childId, String childName, View review) {
    }

    // ---- start ----

    /** The final plan was issued: its first review starts, counted from the plan's date (CFA s44(1)). */
    @EventListener
    void planIssued(FinalPlanIssued plan) {
        Child child = directory.findChild(plan.childId()).orElseThrow(() -> new IllegalStateException("No child " + plan.childId()));
        start(plan.caseId(), 1, plan.planDate(), child, null);
    }

    /**
     * A plan made before the tracker (docs/law.md s9): its next review, counted from the last review
     * if the LA's records give one (CFA s44(1): within 12 months of it), else from the plan's date.
     * Numbered 2 after a review the tracker did not record, so its steps name the last review.
     */
    public void startForExistingPlan(long caseId, long childId, LocalDate planDate, LocalDate lastReviewedOn) {
        Child child = directory.findChild(childId).orElseThrow(() -> new IllegalStateException("No child " + childId));
        start(caseId, lastReviewedOn == null ? 1 : 2, lastReviewedOn == null ? planDate : lastReviewedOn, child, null);
    }

    /** The next review after {@code last}, counted from its decision (docs/law.md s9). */
    private void startNext(AnnualReviewRecord last, Child child) {
        start(last.getCaseId(), last.getCycle() + 1, last.getDecidedOn(), child, last.getMovesOn());
    }

    private void start(long caseId, int cycle, LocalDate countedFrom, Child child, LocalDate preparedMoveOn) {
        start(caseId, cycle, ReviewSchedule.of(countedFrom, child.getDateOfBirth(), preparedMoveOn), child);
    }

    private void start(long caseId, int cycle, ReviewSchedule schedule, Child child) {
        AnnualReviewRecord r = reviews.save(new AnnualReviewRecord(caseId, reviews.laOfCase(caseId), cycle, schedule, Instant.now(clock)));
        String la = child.getLocalAuthority().getCode();
        School school = child.getSchool();
        String caseworkers = CandidateGroups.caseworkers(la);
        String setting = school == null ? caseworkers : CandidateGroups.school(school.getId()) + "," + caseworkers;
        process.start(new ReviewProcess.Routing(r.getId(), caseId, child.getLocalAuthority().getId(), school == null ? null : school.getId(),
                caseworkers, CandidateGroups.managers(la), setting));
    }

    // ---- reads ----

    /** The case's latest review, if its plan has one. */
    @Transactional(readOnly = true)
    public Optional<View> view(long caseId, CurrentUser user) {
        cases.visibleCase(caseId, user);
        return reviews.findFirstByCaseIdOrderByCycleDesc(caseId).map(this::viewOf);
    }

    /** Every review of the case's plan, the first first. */
    @Transactional(readOnly = true)
    public List<View> history(long caseId, CurrentUser user) {
        cases.visibleCase(caseId, user);
        return reviews.findByCaseIdOrderByCycleAsc(caseId).stream().map(this::viewOf).toList();
    }

    /**
     * The reviews a SENCO's school holds: each pupil's latest review, from the day the setting is
     * asked to arrange it until its report is sent (the school's SENCO only; filtered in the query).
     */
    @Transactional(readOnly = true)
    public List<SettingRow> settingReviews(CurrentUser user) {
        if (!user.is(Role.SENCO) || user.schoolId() == null) {
            return List.of();
        }
        List<AnnualReviewRecord> latest = reviews.latestOfSchool(user.schoolId());
        java.util.Map<Long, AssessmentCase> visible = cases.visibleAmong(latest.stream().map(AnnualReviewRecord::getCaseId).toList(), user)
                .stream().collect(java.util.stream.Collectors.toMap(AssessmentCase::getId, c -> c));
        List<SettingRow> rows = new java.util.ArrayList<>();
        for (AnnualReviewRecord r : latest) {
            AssessmentCase c = visible.get(r.getCaseId());
            View v = c == null ? null : viewOf(r);
            if (v != null && v.settingStep() != null) {
                rows.add(new SettingRow(c.getId(), c.getChild().getId(), c.getChild().getFullName(), v));
            }
        }
        return rows;
    }

    // ---- the setting's steps (reg 20) ----

    /** reg 20(3): the meeting's date, with invitations sent at least 2 weeks before it. */
    @Audited("Review meeting arranged")
    public AnnualReviewRecord arrangeMeeting(long caseId, LocalDate meetingOn, LocalDate invitationsSentOn, CurrentUser by) {
        AnnualReviewRecord r = forSetting(caseId, by);
        LocalDate today = today();
        new Checks().require("meetingOn", meetingOn, "The day of the meeting")
                .require("invitationsSentOn", invitationsSentOn, "The day the invitations were sent")
                .notAfter("invitationsSentOn", invitationsSentOn, today, "The day the invitations were sent", "today")
                .notBefore("invitationsSentOn", invitationsSentOn, r.getCountedFrom(), "The day the invitations were sent",
                        r.getCycle() == 1 ? "the plan's date" : "the last review's decision")
                // reg 20(3): at least 2 weeks' notice of the date of the meeting
                .notBefore("meetingOn", meetingOn, invitationsSentOn == null ? null : invitationsSentOn.plusDays(14), "The day of the meeting",
                        "2 weeks after the invitations were sent (reg 20(3))")
                .throwIfAny();
        doStep(r, "arrangeReviewMeeting", () -> r.meetingArranged(meetingOn, invitationsSentOn));
        return r;
    }

    /** reg 20(4): the advice and information gathered, sent to everyone invited (due 2 weeks before the meeting). */
    @Audited("Review advice sent")
    public AnnualReviewRecord recordAdviceCirculated(long caseId, LocalDate sentOn, CurrentUser by) {
        AnnualReviewRecord r = forSetting(caseId, by);
        new Checks().require("sentOn", sentOn, "The day the advice was sent")
                .notAfter("sentOn", sentOn, today(), "The day the advice was sent", "today")
                .notAfter("sentOn", sentOn, r.getMeetingOn(), "The day the advice was sent", "the day of the meeting")
                .notBefore("sentOn", sentOn, r.getInvitationsSentOn(), "The day the advice was sent", "the day the invitations were sent")
                .throwIfAny();
        doStep(r, "circulateReviewAdvice", () -> r.adviceCirculated(sentOn));
        return r;
    }

    /** The meeting was held (on the day arranged, or later with the same notice). */
    @Audited("Review meeting held")
    public AnnualReviewRecord recordMeetingHeld(long caseId, LocalDate heldOn, CurrentUser by) {
        AnnualReviewRecord r = forSetting(caseId, by);
        new Checks().require("heldOn", heldOn, "The day of the meeting")
                .notAfter("heldOn", heldOn, today(), "The day of the meeting", "today")
                // reg 20(3): the notice given was for the day arranged
                .notBefore("heldOn", heldOn, r.getMeetingOn(), "The day of the meeting", "the day it was arranged for")
                .throwIfAny();
        doStep(r, "holdReviewMeeting", () -> r.meetingHeld(heldOn));
        return r;
    }

    /** reg 20(7): the report of the meeting, sent within 2 weeks of it. */
    @Audited("Review report sent")
    public AnnualReviewRecord recordReportSent(long caseId, LocalDate sentOn, CurrentUser by) {
        AnnualReviewRecord r = forSetting(caseId, by);
        new Checks().require("sentOn", sentOn, "The day the report was sent")
                .notAfter("sentOn", sentOn, today(), "The day the report was sent", "today")
                .notBefore("sentOn", sentOn, r.getMeetingHeldOn(), "The day the report was sent", "the day of the meeting")
                .throwIfAny();
        doStep(r, "sendReviewReport", () -> r.reportSent(sentOn));
        return r;
    }

    // ---- the family's step (reg 22(2)) ----

    /** reg 22(2): the family's comments on the proposed amendments, sent within the 15 days. */
    @Audited("Comments on the proposed amendments sent")
    public AnnualReviewRecord recordFamilyComments(long caseId, String comments, CurrentUser by) {
        AssessmentCase c = cases.visibleCase(caseId, by);
        if (!access.mayGiveFamilyViews(by, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        AnnualReviewRecord r = latestForCommand(caseId);
        String text = Checks.clean(comments);
        new Checks().require("comments", text, "Your comments")
                .maxLength("comments", text, Checks.LONG_TEXT, "Your comments")
                .throwIfAny();
        atStep(r, "amendmentCommentsClose");
        LocalDate today = today();
        // reg 22(2): at least 15 days to comment; after the last day the council may issue the plan
        if (r.getCommentsCloseOn() == null || today.isAfter(r.getCommentsCloseOn())) {
            throw new ConflictException("The time to comment on the proposed amendments ended on "
                    + DateFormats.full(r.getCommentsCloseOn()));
        }
        r.familyCommented(text, today);
        return r;
    }

    /**
     * reg 19(a), reg 20(2)(a), (4): the family's views, wishes and feelings for the review, in their own
     * words, given before the meeting (sent again, they replace the earlier answers). By the child's
     * parent or, over compulsory school age, the young person (CFA s80, s83(2)), or LA staff of the
     * case recording views that reached them on paper; the setting circulates them with the advice.
     */
    @Audited("Views for the review sent")
    public AnnualReviewRecord giveViewsForReview(long caseId, FamilyViews views, CurrentUser by) {
        AssessmentCase c = cases.visibleCase(caseId, by);
        if (!mayGiveViews(c, by)) {
            throw new NotFoundException("Case");
        }
        AnnualReviewRecord r = latestForCommand(caseId);
        FamilyViews v = FamilyViews.cleaned(views);
        new Checks().when(v.isEmpty(), FamilyViews.GOING_WELL, "Answer at least one of the questions")
                .maxLength(FamilyViews.GOING_WELL, v.goingWell(), Checks.LONG_TEXT, "What is going well")
                .maxLength(FamilyViews.HARD, v.hard(), Checks.LONG_TEXT, "What is hard")
                .maxLength(FamilyViews.TO_CHANGE, v.toChange(), Checks.LONG_TEXT, "What you would like to change")
                .maxLength(FamilyViews.CHILDS_OWN, v.childsOwn(), Checks.LONG_TEXT, "The child's own views")
                .throwIfAny();
        if (!r.takesFamilyViews()) {
            // reg 20(4): views go out with the advice before the meeting; after it the council decides (reg 20(10))
            throw new ConflictException(r.getMeetingHeldOn() != null
                    ? "The review meeting was held on " + DateFormats.full(r.getMeetingHeldOn()) + ", so views for it can no longer be sent here"
                    : "This review is complete, so views for it can no longer be sent here");
        }
        r.familyGaveViews(v, today());
        return r;
    }

    /**
     * Whether this person may give the family's views for the case's review (the access policy's
     * rule: the young person's own once over compulsory school age, CFA s80).
     */
    @Transactional(readOnly = true)
    public boolean mayGiveViews(long caseId, CurrentUser user) {
        return mayGiveViews(cases.visibleCase(caseId, user), user);
    }

    private boolean mayGiveViews(AssessmentCase c, CurrentUser user) {
        return access.mayGiveViewsOnPlan(user, c.getLocalAuthority().getId(), c.getChild().getDateOfBirth(), today());
    }

    // ---- the LA's steps (reg 20(10), reg 22) ----

    /**
     * reg 20(10): the LA decides to keep, amend or cease the plan, within 4 weeks of the meeting. Keep:
     * the next review starts, due 12 months from this decision. Amend: the proposed amendments go with
     * the decision (reg 22(1)). Cease: recorded as proposed, with the reason; ceasing (CFA s45, regs
     * 29-31) follows as its own process ({@link CeasingProposed}).
     */
    @Audited("Review decided")
    public AnnualReviewRecord decide(long caseId, ReviewOutcome outcome, LocalDate decidedOn, String reason, CurrentUser by) {
        AssessmentCase c = forLa(caseId, by);
        AnnualReviewRecord r = latestForCommand(caseId);
        String why = Checks.clean(reason);
        new Checks().require("outcome", outcome, "The decision")
                .require("decidedOn", decidedOn, "The day of the decision")
                .notAfter("decidedOn", decidedOn, today(), "The day of the decision", "today")
                .notBefore("decidedOn", decidedOn, r.getMeetingHeldOn(), "The day of the decision", "the day of the meeting")
                .notBefore("decidedOn", decidedOn, r.getReportSentOn(), "The day of the decision", "the day the report was sent")
                .when(outcome == ReviewOutcome.CEASE && why == null, "reason", "Say why the council proposes to cease the plan")
                // reg 22(1): the proposed amendments are sent with the decision to amend
                .when(outcome == ReviewOutcome.AMEND && why == null, "reason", "Write the amendments the council proposes")
                .maxLength("reason", why, Checks.LONG_TEXT, "The reason")
                .throwIfAny();
        atStep(r, "decideAfterReview");
        // reg 22(2): the proposed amendments are served with the decision's letter, sent today; the
        // family's 15 days and the 8 weeks of reg 22(3) count from that day
        r.decided(outcome, decidedOn, why, today());
        process.decided(r.getId(), outcome);
        sendDecision(r);
        if (outcome == ReviewOutcome.KEEP) {
            // docs/law.md s9: the reg 20(10) decision completes the review; the next is due 12 months from it
            startNext(r, c.getChild());
        } else if (outcome == ReviewOutcome.CEASE) {
            events.publishEvent(new CeasingProposed(caseId, r.getId(), decidedOn, why));
        }
        return r;
    }

    /**
     * reg 20(10): the decision, sent to the family the day it is recorded. Keeping the plan as it is
     * is a decision not to amend it, which they may appeal (CFA s51(2)(e)): with the appeal rights,
     * the time counted from the day it is sent. Amending: the proposed amendments and the last of
     * the family's 15 days (reg 22(2)). Ceasing: that it is considered, and they will be asked for
     * their views (reg 31(1)).
     */
    private void sendDecision(AnnualReviewRecord r) {
        switch (r.getOutcome()) {
            case KEEP -> notices.sendAboutPlan(r.getCaseId(), NoticeType.REVIEW_PLAN_KEPT, b -> b.decisionOn(r.getDecidedOn())
                    .reasons(r.getOutcomeReason() != null ? r.getOutcomeReason()
                            : "At the review we found that the plan still describes the needs and the provision for them, so it needs no change.")
                    .appealDeadline(StatutoryClock.appealDeadline(today(), null, calendar.workingDays())), false);
            case AMEND -> notices.sendAboutPlan(r.getCaseId(), NoticeType.REVIEW_AMENDMENTS_PROPOSED, b -> b.decisionOn(r.getDecidedOn())
                    .reasons(r.getOutcomeReason()).dueDate(r.getCommentsCloseOn()), false);
            case CEASE -> notices.sendAboutPlan(r.getCaseId(), NoticeType.REVIEW_CEASING_PROPOSED, b -> b.decisionOn(r.getDecidedOn())
                    .reasons(r.getOutcomeReason()), false);
        }
    }

    /**
     * Ceasing proposed at review {@code reviewId} did not end the plan (a decision not to cease, or an
     * order or concession): the next review starts, counted from that review's decision (docs/law.md s9).
     */
    public void planKeptAfterReview(long reviewId) {
        AnnualReviewRecord r = review(reviewId);
        startNext(r, directory.findChild(reviews.childIdOfCase(r.getCaseId())).orElseThrow());
    }

    /** The plan ceased (CFA s45): a review still running stops, and leaves the lists. */
    public void planCeased(long caseId, LocalDate ceasedOn) {
        reviews.findFirstByCaseIdOrderByCycleDesc(caseId).filter(r -> !process.activeElements(r.getId()).isEmpty()).ifPresent(r -> {
            r.planCeased(ceasedOn);
            process.end(r.getId());
        });
    }

    /**
     * The plan moved to another LA on {@code transferredOn} (reg 15(3)); the case and the child are
     * already the new LA's. The old LA's review still running stops there, and the new LA's review
     * starts: counted from the plan's date or its last review as before (the stopped review's own
     * decision if it had one, reg 20(10)), due by the later of that date's 12 months and 3 months from
     * the transfer (reg 15(5)), routed to the new LA and the child's setting.
     */
    public void planTransferred(long caseId, LocalDate transferredOn) {
        AnnualReviewRecord last = reviews.findFirstByCaseIdOrderByCycleDesc(caseId).orElse(null);
        if (last == null) {
            return;
        }
        if (!process.activeElements(last.getId()).isEmpty()) {
            last.transferred(transferredOn);
            process.end(last.getId());
        } else if (last.getOutcome() == ReviewOutcome.CEASE) {
            // ceasing was proposed: that process holds the plan; the transfer service refuses a move meanwhile
            return;
        }
        Child child = directory.findChild(reviews.childIdOfCase(caseId)).orElseThrow();
        LocalDate countedFrom = last.getDecidedOn() != null ? last.getDecidedOn() : last.getCountedFrom();
        ReviewSchedule schedule = ReviewSchedule.of(countedFrom, child.getDateOfBirth(), last.getDecidedOn() != null ? last.getMovesOn() : null)
                .afterTransfer(transferredOn);
        if (last.getDecidedOn() == null && last.getPhaseTransfer() != null) {
            // reg 18: the move the stopped review was preparing (perhaps recorded by staff, not found from the
            // date of birth) is the new council's review's to prepare
            schedule = new ReviewSchedule(schedule.countedFrom(), schedule.earlyYears(), schedule.dueOn(), last.getPhaseTransfer(),
                    last.getMovesOn());
        }
        start(caseId, last.getCycle() + 1, schedule, child);
    }

    /**
     * reg 18: the move between phases this review prepares, recorded by LA staff where the date of
     * birth cannot tell it (infant, junior and middle schools, between post-16 institutions). The
     * review's schedule, list columns and timers then follow it, as for a move found from the date
     * of birth.
     */
    @Audited("Move between phases recorded")
    public AnnualReviewRecord recordMove(long caseId, PhaseTransfer move, LocalDate movesOn, CurrentUser by) {
        forLa(caseId, by);
        AnnualReviewRecord r = latestForCommand(caseId);
        // reg 18: a move an earlier review prepared is not prepared again (ReviewSchedule.of)
        LocalDate prepared = reviews.findByCaseIdOrderByCycleAsc(caseId).stream()
                .filter(x -> x.getCycle() < r.getCycle() && x.getDecidedOn() != null && x.getMovesOn() != null)
                .map(AnnualReviewRecord::getMovesOn).max(LocalDate::compareTo).orElse(null);
        new Checks().require("phaseMove", move, "The move")
                .require("phaseMoveOn", movesOn, "The day of the move")
                .notBefore("phaseMoveOn", movesOn, today(), "The day of the move", "today")
                .notBefore("phaseMoveOn", movesOn, prepared == null ? null : prepared.plusDays(1), "The day of the move",
                        "the day after the move an earlier review prepared")
                .throwIfAny();
        if (r.isComplete()) {
            throw new ConflictException(COMPLETE);
        }
        r.moveRecorded(move, movesOn);
        process.datesChanged(r.getId());
        return r;
    }

    /** reg 22(3): the amended plan, after the family's 15 days (reg 22(2)) and within 8 weeks of the proposal (reg 18 for a move). */
    @Audited("Amended plan issued")
    public AnnualReviewRecord issueAmendedPlan(long caseId, LocalDate issuedOn, CurrentUser by) {
        AssessmentCase c = forLa(caseId, by);
        AnnualReviewRecord r = latestForCommand(caseId);
        new Checks().require("issuedOn", issuedOn, "The day the amended plan was issued")
                .notAfter("issuedOn", issuedOn, today(), "The day the amended plan was issued", "today")
                // reg 22(2): at least 15 days for the family's comments first
                .notBefore("issuedOn", issuedOn, r.getCommentsCloseOn() == null ? null : r.getCommentsCloseOn().plusDays(1),
                        "The day the amended plan was issued", "the end of the family's 15 days to comment (reg 22(2))")
                .throwIfAny();
        doStep(r, "issueAmendedPlan", () -> r.amendedPlanIssued(issuedOn));
        // reg 22(3): to the family, the setting named and the responsible commissioning body; reg 22(5):
        // the family's copy with the appeal rights, the time to appeal counted from the day it is sent
        notices.sendAboutPlan(caseId, NoticeType.AMENDED_PLAN, b -> b.decisionOn(issuedOn).reasons(r.getOutcomeReason())
                .appealDeadline(StatutoryClock.appealDeadline(today(), null, calendar.workingDays())), true);
        // docs/law.md s9: counted from the decision that completed the review, not from the amended plan
        startNext(r, c.getChild());
        return r;
    }

    // ---- what the timers ask (docs/PROCESS-CONTRACT.md) ----

    @Transactional(readOnly = true)
    public LocalDate opensOn(long reviewId) {
        return review(reviewId).schedule().opensOn();
    }

    /** The last lawful day of the clock; its escalation fires the morning after. */
    @Transactional(readOnly = true)
    public LocalDate dueDate(long reviewId, ReviewClock which) {
        AnnualReviewRecord r = review(reviewId);
        LocalDate due = switch (which) {
            case REVIEW -> r.schedule().reviewDueBy();
            case ADVICE -> r.adviceDueBy();
            case REPORT -> r.reportDueBy();
            case DECISION -> r.decisionDueBy();
            case COMMENTS -> r.getCommentsCloseOn();
            case AMENDED_PLAN -> r.amendedPlanDueBy();
        };
        if (due == null) {
            throw new IllegalStateException("No " + which + " date on review " + reviewId);
        }
        return due;
    }

    @Transactional(readOnly = true)
    public LocalDate reminderDate(long reviewId, ReviewClock which) {
        return switch (which) {
            case REVIEW -> review(reviewId).schedule().reminderOn();
            case AMENDED_PLAN -> dueDate(reviewId, which).minusDays(ReviewSchedule.AMENDED_PLAN_REMINDER_DAYS);
            default -> throw new IllegalArgumentException("No reminder for " + which);
        };
    }

    /** The review's window opened: the setting and the caseworkers are asked to arrange the meeting. */
    public void askSetting(long reviewId, long laId, Long schoolId) {
        AnnualReviewRecord r = review(reviewId);
        tell(r, laId, schoolId, "Annual review: arrange the meeting",
                "The EHC plan's review is due by " + DateFormats.full(r.schedule().reviewDueBy()) + transferWords(r)
                        + ". Please arrange the review meeting by " + DateFormats.full(r.schedule().meetingNeededBy())
                        + ", inviting everyone at least 2 weeks before it (reg 20(3)).");
    }

    public void remind(long reviewId, ReviewClock which, long laId, Long schoolId) {
        AnnualReviewRecord r = review(reviewId);
        String text = which == ReviewClock.REVIEW
                ? "the review meeting is needed by " + DateFormats.full(r.schedule().meetingNeededBy()) + "; the review is due by "
                        + DateFormats.full(r.schedule().reviewDueBy()) + transferWords(r)
                : "the amended plan is due by " + DateFormats.full(dueDate(reviewId, which));
        tell(r, laId, which == ReviewClock.REVIEW ? schoolId : null, "Reminder: annual review", "This is a reminder: " + text + ".");
    }

    /** The manager's review of a missed review deadline (the step is still open: a non-interrupting timer fired). */
    public void escalate(long reviewId, ReviewClock which, String managers) {
        AnnualReviewRecord r = review(reviewId);
        if (which == ReviewClock.REVIEW && r.overdueWhenRecorded()) {
            // docs/law.md s9: missed before the tracker held the plan; listed as overdue, not escalated
            return;
        }
        process.startManagersReview(r.getCaseId(), managers, "REVIEW_" + which.name());
    }

    // ---- helpers ----

    private void tell(AnnualReviewRecord r, long laId, Long schoolId, String subject, String body) {
        String reference = AssessmentCase.reference(r.getCaseId());
        Set<String> to = new LinkedHashSet<>();
        if (schoolId != null) {
            directory.findSchool(schoolId).map(School::getEmail).ifPresent(to::add);
        }
        directory.usersOfLocalAuthority(laId, Role.LA_CASEWORKER).stream().map(AppUser::getEmail).forEach(to::add);
        to.remove(null);
        for (String email : to) {
            mail.queue(null, email, subject + " (" + reference + ")", "Case " + reference + ": " + body);
        }
    }

    private static String transferWords(AnnualReviewRecord r) {
        return r.getPhaseTransfer() == null ? ""
                : " (" + r.getPhaseTransfer().label() + " on " + DateFormats.full(r.getMovesOn()) + ": the amended plan by "
                        + DateFormats.full(r.schedule().transferDeadline()) + ", reg 18)";
    }

    private View viewOf(AnnualReviewRecord r) {
        ReviewSchedule s = r.schedule();
        Set<String> at = process.activeElements(r.getId());
        return new View(r.getId(), r.getCycle(), r.getCountedFrom(), r.isEarlyYears(), r.getDueOn(), r.getPhaseTransfer(), r.getMovesOn(),
                s.transferDeadline(), s.reviewDueBy(), s.meetingNeededBy(), r.getInvitationsSentOn(), r.getMeetingOn(), r.adviceDueBy(),
                r.getAdviceCirculatedOn(), r.getMeetingHeldOn(), r.reportDueBy(), r.getReportSentOn(), r.decisionDueBy(), r.getOutcome(),
                r.getDecidedOn(), r.getOutcomeReason(), r.getAmendmentsProposedOn(), r.getCommentsCloseOn(), r.amendedPlanDueBy(),
                r.getAmendedPlanIssuedOn(), STEPS.stream().filter(at::contains).findFirst().orElse(null), nextStep(at, r),
                r.getFamilyComments(), r.getFamilyCommentsOn(), r.familyViews(), r.getViewsSentOn(),
                r.takesFamilyViews());
    }

    /** What the process waits for, in words (the element ids are those of bpmn/annual-review.bpmn). */
    static String nextStep(Set<String> at, AnnualReviewRecord r) {
        if (at.contains("reviewWindowOpens")) {
            return "The setting will be asked to arrange the meeting on " + DateFormats.full(r.schedule().opensOn());
        } else if (at.contains("arrangeReviewMeeting")) {
            return "The setting arranges the review meeting";
        } else if (at.contains("circulateReviewAdvice")) {
            return "The setting sends the advice to those invited";
        } else if (at.contains("holdReviewMeeting")) {
            return "The review meeting is held";
        } else if (at.contains("sendReviewReport")) {
            return "The setting sends the report of the meeting";
        } else if (at.contains("decideAfterReview")) {
            return "The council decides to keep, amend or cease the plan";
        } else if (at.contains("amendmentCommentsClose")) {
            return "The family comments on the proposed amendments";
        } else if (at.contains("issueAmendedPlan")) {
            return "The council issues the amended plan";
        }
        return r.getOutcome() == ReviewOutcome.CEASE ? "The council proposes to cease the plan" : "Nothing: the review is complete";
    }

    private LocalDate today() {
        return StatutoryClock.today(clock);
    }

    private AnnualReviewRecord review(long reviewId) {
        return reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("Review"));
    }

    /** The setting's steps: its SENCO, or LA staff of the case's LA recording them. */
    private AnnualReviewRecord forSetting(long caseId, CurrentUser by) {
        AssessmentCase c = cases.visibleCase(caseId, by);
        School school = c.getChild().getSchool();
        List<String> groups = school == null ? List.of() : List.of(CandidateGroups.school(school.getId()));
        if (!access.mayActOn(by, groups, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        return latestForCommand(caseId);
    }

    private AssessmentCase forLa(long caseId, CurrentUser by) {
        AssessmentCase c = cases.visibleCase(caseId, by);
        if (!access.mayManageCase(by, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        return c;
    }

    private AnnualReviewRecord latestForCommand(long caseId) {
        return reviews.latestForCommand(caseId).orElseThrow(() -> new ConflictException(NO_REVIEW));
    }

    /** A step of the review: refused unless the process waits there; recorded on the row, then done in the process. */
    private void doStep(AnnualReviewRecord r, String element, Runnable record) {
        atStep(r, element);
        record.run();
        process.stepDone(r.getId(), element);
    }

    private void atStep(AnnualReviewRecord r, String element) {
        if (!process.isAt(r.getId(), element)) {
            throw new ConflictException(NOT_NOW);
        }
    }
}
