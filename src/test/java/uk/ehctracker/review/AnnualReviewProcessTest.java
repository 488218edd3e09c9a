package uk.ehctracker.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import uk.ehctracker.letters.Letter;
import uk.ehctracker.letters.LetterService;
import uk.ehctracker.letters.NoticeType;
import uk.ehctracker.letters.RecipientRole;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.statutory.PhaseTransfer;
import uk.ehctracker.testing.ProcessTest;
import static uk.ehctracker.testing.EngineTime.nineAm;
import static uk.ehctracker.testing.EngineTime.now;
import static uk.ehctracker.testing.EngineTime.today;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;
import uk.ehctracker.workflow.ProcessNames;

/**
 * bpmn/annual-review.bpmn on every path and every timer, driven through the services as the setting
 * and the LA use them, from a final plan issued through the assessment. The engine clock is moved
 * and timer jobs executed by hand; every date is worked out by hand from the law (docs/law.md s9):
 * 12 months (CFA s44(1)), 6 for a child under 5 (Code 9.178), 2 weeks' notice and advice 2 weeks
 * before (reg 20(3), (4)), the report within 2 weeks and the decision within 4 (reg 20(7), (10)),
 * 15 days for comments and the amended plan within 8 weeks (reg 22), and reg 18's deadlines for a
 * move between phases, across 29 February 2028.
 */
@ProcessTest
@TestPropertySource(properties = {"ehc.test.coverage.fixtures=ehc-needs-assessment", "ehc.test.coverage.measured=annual-review"})
class AnnualReviewProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ReviewService reviews;
    @Autowired TestPeople people;
    @Autowired ApplicationContext context;
    @Autowired LetterService letterService;

    CurrentUser caseworker;
    CurrentUser senco;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        caseworker = people.user("caseworker");
        senco = people.user("senco");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aLateReview_isEscalatedAtEveryMissedStep_andKeepingThePlan_startsTheNextCountedFromTheDecision() {
        // a child of 7 with no move ahead before September 2029; the plan dated Wednesday 1 April 2026
        long caseId = planIssued(LocalDate.of(2026, 4, 1), LocalDate.of(2018, 5, 14));
        ProcessInstance pi = instance(caseId, 1);
        ReviewService.View first = view(caseId);
        // CFA s44(1): 12 months from the plan
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(first.transfer()).isNull();
        assertThat(first.earlyYears()).isFalse();
        // the setting is asked 8 weeks before the meeting is needed: 4 February 2027
        assertThat(pi).isWaitingAt("reviewWindowOpens");
        // nothing can be recorded before the window opens
        assertThatThrownBy(() -> reviews.arrangeMeeting(caseId, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), senco))
                .isInstanceOf(ConflictException.class);
        fires(pi, "reviewWindowOpens", LocalDate.of(2027, 2, 4));
        assertThat(pi).hasPassed("askSettingToArrangeReview").isWaitingAt("arrangeReviewMeeting");
        assertThat(pi).task().hasCandidateGroup("la:LA1:caseworker");

        // 4 weeks before the review is due: 4 March 2027
        fires(pi, "reviewReminder", LocalDate.of(2027, 3, 4));
        assertThat(pi).hasPassed("remindReview", "reviewReminded").isWaitingAt("arrangeReviewMeeting");

        // no meeting by Thursday 1 April 2027, the last lawful day: escalated the morning after
        fires(pi, "reviewDue", LocalDate.of(2027, 4, 2));
        assertThat(pi).hasPassed("escalateReview", "reviewEscalated").isWaitingAt("arrangeReviewMeeting");
        assertThat(managerReviews(caseId)).containsExactly("REVIEW_REVIEW");

        today(LocalDate.of(2027, 4, 5));
        // reg 20(3): 2 weeks' notice: invitations on 5 April allow a meeting from 19 April, not 18
        assertThatThrownBy(() -> reviews.arrangeMeeting(caseId, LocalDate.of(2027, 4, 18), LocalDate.of(2027, 4, 5), senco))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("meetingOn"));
        assertThatThrownBy(() -> reviews.arrangeMeeting(caseId, LocalDate.of(2027, 4, 26), LocalDate.of(2027, 4, 6), senco))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("invitationsSentOn"));
        reviews.arrangeMeeting(caseId, LocalDate.of(2027, 4, 19), LocalDate.of(2027, 4, 5), senco);
        assertThat(pi).isWaitingAt("circulateReviewAdvice");
        // reg 20(4): the advice 2 weeks before the meeting: by 5 April, today
        assertThat(view(caseId).adviceDueBy()).isEqualTo(LocalDate.of(2027, 4, 5));
        fires(pi, "adviceCirculationDue", LocalDate.of(2027, 4, 6));
        assertThat(pi).hasPassed("escalateAdviceCirculation", "adviceCirculationEscalated");
        reviews.recordAdviceCirculated(caseId, LocalDate.of(2027, 4, 6), senco);

        today(LocalDate.of(2027, 4, 19));
        reviews.recordMeetingHeld(caseId, LocalDate.of(2027, 4, 19), senco);
        assertThat(pi).hasPassed("reviewMeetingHeld").isWaitingAt("sendReviewReport");
        ReviewService.View held = view(caseId);
        // reg 20(7): the report by 3 May; reg 20(10): the decision by 17 May
        assertThat(held.reportDueBy()).isEqualTo(LocalDate.of(2027, 5, 3));
        assertThat(held.decisionDueBy()).isEqualTo(LocalDate.of(2027, 5, 17));
        fires(pi, "reportDue", LocalDate.of(2027, 5, 4));
        assertThat(pi).hasPassed("escalateReport", "reportEscalated").isWaitingAt("sendReviewReport");
        today(LocalDate.of(2027, 5, 5));
        assertThatThrownBy(() -> reviews.recordReportSent(caseId, LocalDate.of(2027, 4, 18), senco))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("sentOn"));
        reviews.recordReportSent(caseId, LocalDate.of(2027, 5, 5), senco);
        assertThat(pi).isWaitingAt("decideAfterReview");
        // the decision is the council's, not the setting's
        assertThatThrownBy(() -> reviews.decide(caseId, ReviewOutcome.KEEP, LocalDate.of(2027, 5, 5), null, senco))
                .isInstanceOf(uk.ehctracker.common.NotFoundException.class);

        fires(pi, "decisionDue", LocalDate.of(2027, 5, 18));
        assertThat(pi).hasPassed("escalateDecision", "decisionEscalated").isWaitingAt("decideAfterReview");
        assertThat(managerReviews(caseId)).containsExactlyInAnyOrder("REVIEW_REVIEW", "REVIEW_ADVICE", "REVIEW_REPORT", "REVIEW_DECISION");

        today(LocalDate.of(2027, 5, 20));
        assertThatThrownBy(() -> reviews.decide(caseId, ReviewOutcome.KEEP, LocalDate.of(2027, 5, 4), null, caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("decidedOn"));
        reviews.decide(caseId, ReviewOutcome.KEEP, LocalDate.of(2027, 5, 20), null, caseworker);
        assertThat(pi).isEnded().hasPassed("reviewOutcome", "planKept");
        // reg 20(10): the family told the same day; a decision not to amend is appealable (CFA s51(2)(e)),
        // until 2 months after the letter was sent (HESC Rules r20): Tuesday 20 July 2027
        assertThat(letters(caseId, NoticeType.REVIEW_PLAN_KEPT)).singleElement().satisfies(l -> {
            assertThat(l.getRecipientRole()).isEqualTo(RecipientRole.PARENT);
            assertThat(l.getHtml()).contains("We have decided to keep the plan as it is", "You must appeal by 20 July 2027.");
        });

        // docs/law.md s9: the decision completes the review; the next is due 12 months from it
        ReviewService.View next = view(caseId);
        assertThat(next.cycle()).isEqualTo(2);
        assertThat(next.countedFrom()).isEqualTo(LocalDate.of(2027, 5, 20));
        assertThat(next.dueOn()).isEqualTo(LocalDate.of(2028, 5, 20));
        ProcessInstance second = instance(caseId, 2);
        assertThat(second).isWaitingAt("reviewWindowOpens");
        // 8 weeks before 20 May 2028: 25 March
        assertThat(timer(second, "reviewWindowOpens").getDuedate()).isEqualTo(nineAm(LocalDate.of(2028, 3, 25)));
        assertThat(reviews.history(caseId, caseworker)).extracting(ReviewService.View::outcome)
                .containsExactly(ReviewOutcome.KEEP, null);
    }

    @Test
    void aYearSixChild_movingToSecondary_hasTheAmendedPlanDueBefore15February_notEightWeeks_andItIsChasedThenEscalated() {
        // born 20 November 2016: Year 6 in 2027/28, Year 7 from 1 September 2028; the plan dated 10 March 2027
        long caseId = planIssued(LocalDate.of(2027, 3, 10), LocalDate.of(2016, 11, 20));
        ProcessInstance pi = instance(caseId, 1);
        ReviewService.View v = view(caseId);
        assertThat(v.transfer()).isEqualTo(PhaseTransfer.PRIMARY_TO_SECONDARY);
        assertThat(v.movesOn()).isEqualTo(LocalDate.of(2028, 9, 1));
        // reg 18(1)(b): reviewed and amended before 15 February 2028 (so by Monday 14 February), before the 12 months (10 March 2028)
        assertThat(v.dueOn()).isEqualTo(LocalDate.of(2028, 3, 10));
        assertThat(v.transferDeadline()).isEqualTo(LocalDate.of(2028, 2, 14));
        assertThat(v.reviewDueBy()).isEqualTo(LocalDate.of(2028, 2, 14));
        // 4 + 8 weeks before 14 February: the meeting by 22 November 2027; the setting asked 8 weeks before, 27 September;
        // reminded 4 weeks before the meeting is needed, 25 October
        assertThat(v.meetingNeededBy()).isEqualTo(LocalDate.of(2027, 11, 22));
        fires(pi, "reviewWindowOpens", LocalDate.of(2027, 9, 27));
        assertThat(timer(pi, "reviewReminder").getDuedate()).isEqualTo(nineAm(LocalDate.of(2027, 10, 25)));
        assertThat(timer(pi, "reviewDue").getDuedate()).isEqualTo(nineAm(LocalDate.of(2028, 2, 15)));

        meetingHeldOnTime(caseId, LocalDate.of(2027, 10, 4), LocalDate.of(2027, 11, 22), LocalDate.of(2027, 12, 6),
                LocalDate.of(2027, 12, 13), caseworker);
        // reg 20(10): 4 weeks from 6 December: Monday 3 January 2028, the last lawful day
        today(LocalDate.of(2028, 1, 3));
        reviews.decide(caseId, ReviewOutcome.AMEND, LocalDate.of(2028, 1, 3), "Section I: names the secondary school.", caseworker);
        assertThat(pi).hasPassed("reviewOutcome", "amendmentsProposed").isWaitingAt("amendmentCommentsClose");
        ReviewService.View amending = view(caseId);
        // reg 22(2): 15 days beginning with 3 January end on 17 January; reg 22(3): 8 weeks would be 28 February,
        // but reg 18 wants the amended plan before 15 February: by the 14th
        assertThat(amending.amendmentsProposedOn()).isEqualTo(LocalDate.of(2028, 1, 3));
        assertThat(amending.commentsCloseOn()).isEqualTo(LocalDate.of(2028, 1, 17));
        assertThat(amending.amendedPlanDueBy()).isEqualTo(LocalDate.of(2028, 2, 14));
        assertThat(letters(caseId, NoticeType.REVIEW_AMENDMENTS_PROPOSED)).singleElement().satisfies(l -> assertThat(l.getHtml())
                .contains("Section I: names the secondary school.", "Please send us your comments by 17 January 2028."));
        // reg 22(2): not within the family's 15 days
        assertThatThrownBy(() -> reviews.issueAmendedPlan(caseId, LocalDate.of(2028, 1, 3), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("issuedOn"));

        fires(pi, "amendmentCommentsClose", LocalDate.of(2028, 1, 18));
        assertThat(pi).isWaitingAt("issueAmendedPlan");

        // reminded 2 weeks before the last day, then escalated the morning after it
        fires(pi, "amendedPlanReminder", LocalDate.of(2028, 1, 31));
        assertThat(pi).hasPassed("remindAmendedPlan", "amendedPlanReminded");
        fires(pi, "amendedPlanDue", LocalDate.of(2028, 2, 15));
        assertThat(pi).hasPassed("escalateAmendedPlan", "amendedPlanEscalated").isWaitingAt("issueAmendedPlan");
        assertThat(managerReviews(caseId)).containsExactly("REVIEW_AMENDED_PLAN");

        today(LocalDate.of(2028, 2, 18));
        reviews.issueAmendedPlan(caseId, LocalDate.of(2028, 2, 18), caseworker);
        assertThat(pi).isEnded().hasPassed("amendedPlanIssued", "planAmended");
        // reg 22(3): to the family, the school and health; reg 22(5): the family's with the appeal rights,
        // 2 months after the day it was sent, Friday 18 February 2028: Tuesday 18 April 2028
        List<Letter> amended = letters(caseId, NoticeType.AMENDED_PLAN);
        assertThat(amended).extracting(Letter::getRecipientRole)
                .containsExactly(RecipientRole.PARENT, RecipientRole.SCHOOL, RecipientRole.HEALTH_BODY);
        assertThat(amended.get(0).getHtml()).contains("We issued it on 18 February 2028.", "Section I: names the secondary school.",
                "You must appeal by 18 April 2028.");
        // the next review counts from the decision, 3 January 2028, and the move is prepared: no transfer again
        ReviewService.View next = view(caseId);
        assertThat(next.cycle()).isEqualTo(2);
        assertThat(next.dueOn()).isEqualTo(LocalDate.of(2029, 1, 3));
        assertThat(next.transfer()).isNull();
        assertThat(reviews.history(caseId, caseworker).get(0).amendedPlanIssuedOn()).isEqualTo(LocalDate.of(2028, 2, 18));
    }

    @Test
    void aYearElevenChild_movingToPost16_isReviewedBefore31March_countedAcross29February2028() {
        // born 15 January 2012: Year 11 in 2027/28, post-16 from 1 September 2028; the plan dated 20 April 2027
        long caseId = planIssued(LocalDate.of(2027, 4, 20), LocalDate.of(2012, 1, 15));
        ProcessInstance pi = instance(caseId, 1);
        ReviewService.View v = view(caseId);
        assertThat(v.transfer()).isEqualTo(PhaseTransfer.SECONDARY_TO_POST_16);
        // reg 18(1)(a): before 31 March 2028, so by 30 March; 12 weeks before it, across 29 February, the meeting by
        // 6 January (5 January in a common year); the setting asked 8 weeks before, 11 November
        assertThat(v.reviewDueBy()).isEqualTo(LocalDate.of(2028, 3, 30));
        assertThat(v.meetingNeededBy()).isEqualTo(LocalDate.of(2028, 1, 6));
        fires(pi, "reviewWindowOpens", LocalDate.of(2027, 11, 11));

        meetingHeldOnTime(caseId, LocalDate.of(2027, 11, 15), LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 6),
                LocalDate.of(2028, 1, 13), senco);
        today(LocalDate.of(2028, 1, 27));
        reviews.decide(caseId, ReviewOutcome.AMEND, LocalDate.of(2028, 1, 27), "Section I: names the secondary school.", caseworker);
        ReviewService.View amending = view(caseId);
        // reg 22(2): 27 January + 14 = 10 February; reg 22(3): 8 weeks across 29 February = 23 March, before 30 March
        assertThat(amending.commentsCloseOn()).isEqualTo(LocalDate.of(2028, 2, 10));
        assertThat(amending.amendedPlanDueBy()).isEqualTo(LocalDate.of(2028, 3, 23));

        fires(pi, "amendmentCommentsClose", LocalDate.of(2028, 2, 11));
        assertThat(timer(pi, "amendedPlanDue").getDuedate()).isEqualTo(nineAm(LocalDate.of(2028, 3, 24)));
        // reg 22(2): not within the family's 15 days
        assertThatThrownBy(() -> reviews.issueAmendedPlan(caseId, LocalDate.of(2028, 2, 10), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("issuedOn"));
        reviews.issueAmendedPlan(caseId, LocalDate.of(2028, 2, 11), caseworker);
        assertThat(pi).isEnded().hasPassed("planAmended");
        assertThat(managerReviews(caseId)).isEmpty();
    }

    @Test
    void aChildUnderFive_isReviewedAtSixMonths_andCeasingIsProposedWithItsReason_endingTheReview() {
        // born 1 June 2023, 2 when the plan is dated 1 April 2026: reception from September 2027
        long caseId = planIssued(LocalDate.of(2026, 4, 1), LocalDate.of(2023, 6, 1));
        ProcessInstance pi = instance(caseId, 1);
        ReviewService.View v = view(caseId);
        // Code 9.178 [guidance]: considered at 6 months, 1 October 2026, earlier than reg 18's 14 February 2027 (before the 15th)
        assertThat(v.earlyYears()).isTrue();
        assertThat(v.dueOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(v.transfer()).isEqualTo(PhaseTransfer.EARLY_YEARS_TO_SCHOOL);
        assertThat(v.transferDeadline()).isEqualTo(LocalDate.of(2027, 2, 14));
        assertThat(v.reviewDueBy()).isEqualTo(LocalDate.of(2026, 10, 1));
        fires(pi, "reviewWindowOpens", LocalDate.of(2026, 8, 6));

        meetingHeldOnTime(caseId, LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 14),
                LocalDate.of(2026, 9, 14), caseworker);
        today(LocalDate.of(2026, 9, 28));
        assertThatThrownBy(() -> reviews.decide(caseId, ReviewOutcome.CEASE, LocalDate.of(2026, 9, 28), " ", caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("reason"));
        reviews.decide(caseId, ReviewOutcome.CEASE, LocalDate.of(2026, 9, 28), "Her needs are met from the setting's resources.", caseworker);
        assertThat(pi).isEnded().hasPassed("ceasingProposed");
        ReviewService.View ceased = view(caseId);
        assertThat(ceased.cycle()).isEqualTo(1);
        assertThat(ceased.outcomeReason()).isEqualTo("Her needs are met from the setting's resources.");
        assertThat(ceased.nextStep()).isEqualTo("The council proposes to cease the plan");
    }

    // ---- the plan reviewed ----

    /**
     * The setting's steps, each recorded on its own day by {@code by} (the SENCO, or the LA for the
     * setting): invitations (and the meeting arranged) on {@code invitedOn}, the advice, the meeting,
     * the report.
     */
    private void meetingHeldOnTime(long caseId, LocalDate invitedOn, LocalDate adviceOn, LocalDate meetingOn, LocalDate reportOn,
            CurrentUser by) {
        today(invitedOn);
        reviews.arrangeMeeting(caseId, meetingOn, invitedOn, by);
        today(adviceOn);
        reviews.recordAdviceCirculated(caseId, adviceOn, senco);
        today(meetingOn);
        reviews.recordMeetingHeld(caseId, meetingOn, by);
        today(reportOn);
        reviews.recordReportSent(caseId, reportOn, senco);
    }

    /** A final plan dated {@code on} (and sent that day) for a child born on {@code dateOfBirth}, at Riverside Primary. */
    private long planIssued(LocalDate on, LocalDate dateOfBirth) {
        today(on);
        return new UiCases(context).planIssuedOn(on, dateOfBirth).getId();
    }

    private ReviewService.View view(long caseId) {
        return reviews.view(caseId, caseworker).orElseThrow();
    }

    private ProcessInstance instance(long caseId, int cycle) {
        long reviewId = reviews.history(caseId, caseworker).get(cycle - 1).id();
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ANNUAL_REVIEW_PROCESS)
                .processInstanceBusinessKey(Long.toString(reviewId)).singleResult();
    }

    /** The timer at {@code activityId} is set for 09:00 on {@code day}, and fires then. */
    private void fires(ProcessInstance pi, String activityId, LocalDate day) {
        Job job = timer(pi, activityId);
        assertThat(job.getDuedate()).as(activityId).isEqualTo(nineAm(day));
        now(day, LocalTime.of(9, 1));
        execute(job);
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }

    /** What each manager's review started on the case is about. */
    private List<Object> managerReviews(long caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.MISSED_DEADLINE_PROCESS)
                .processInstanceBusinessKey(Long.toString(caseId)).list().stream()
                .map(p -> runtime.getVariable(p.getId(), ProcessNames.Variables.TIME_LIMIT)).toList();
    }

    private List<Letter> letters(long caseId, NoticeType type) {
        return letterService.lettersFor(caseId).stream().filter(l -> l.getNoticeType() == type).toList();
    }
}
