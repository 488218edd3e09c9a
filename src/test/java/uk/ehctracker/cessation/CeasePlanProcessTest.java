package uk.ehctracker.cessation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static uk.ehctracker.testing.EngineTime.nineAm;
import static uk.ehctracker.testing.EngineTime.now;
import static uk.ehctracker.testing.EngineTime.today;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.disagreement.DecisionDisagreed;
import uk.ehctracker.disagreement.DisagreementService;
import uk.ehctracker.disagreement.TribunalOutcome;
import uk.ehctracker.letters.Letter;
import uk.ehctracker.letters.LetterService;
import uk.ehctracker.letters.NoticeType;
import uk.ehctracker.letters.RecipientRole;
import uk.ehctracker.review.ReviewOutcome;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.testing.ProcessTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;
import uk.ehctracker.workflow.ProcessNames;

/**
 * bpmn/cease-plan.bpmn on every path, driven through the services as the family and the LA use
 * them, from a plan issued through the assessment and reviewed through the annual review. The
 * engine clock is moved and timer jobs executed by hand; every date is worked out by hand from the
 * law (docs/law.md s9, "Ceasing"): the plan is kept until 2 months after the notice to cease was
 * sent, or 1 month after a mediation certificate if later (HESC Rules r20), or until an appeal
 * ends (CFA s45(4)); the next review after a decision not to cease counts from the review's
 * decision (CFA s44(1)).
 */
@ProcessTest
@TestPropertySource(properties = {"ehc.test.coverage.fixtures=ehc-needs-assessment,disagreement",
        "ehc.test.coverage.measured=cease-plan"})
class CeasePlanProcessTest {

    /** The plan is dated Wednesday 1 April 2026; its first review is due by 1 April 2027. */
    static final LocalDate PLAN = LocalDate.of(2026, 4, 1);
    /** The review's decision proposing to cease: Monday 15 March 2027 (reg 20(10)). */
    static final LocalDate REVIEW_DECIDED = LocalDate.of(2027, 3, 15);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired CeaseService cessations;
    @Autowired ReviewService reviews;
    @Autowired DisagreementService disagreements;
    @Autowired TestPeople people;
    @Autowired ApplicationContext context;
    @Autowired LetterService letters;

    CurrentUser caseworker;
    CurrentUser senco;
    CurrentUser parent;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        caseworker = people.user("caseworker");
        senco = people.user("senco");
        parent = people.user("parent");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void ceasedAtAReview_withNoAppeal_endsTheDayAfterTheLastDayToAppeal_andNoReviewFollows() {
        long caseId = ceasingProposedAtReview();
        ProcessInstance pi = instance(caseId);
        assertThat(pi).isWaitingAt("informAndConsult").task().hasCandidateGroup("la:LA1:caseworker");
        CeaseService.View proposed = view(caseId);
        assertThat(proposed.proposedOn()).isEqualTo(REVIEW_DECIDED);
        assertThat(proposed.proposedAtReview()).isTrue();
        assertThat(proposed.proposalReason()).isEqualTo("Her needs are met from the school's own resources.");

        // reg 31(1): the family told and the setting consulted on Tuesday 16 March 2027
        today(LocalDate.of(2027, 3, 16));
        cessations.recordConsultation(caseId, LocalDate.of(2027, 3, 16), LocalDate.of(2027, 3, 16), caseworker);
        assertThat(pi).isWaitingAt("decideWhetherToCease");
        // [practice] views asked for within 15 days, beginning with the day the family was told
        assertThat(view(caseId).responsesDueBy()).isEqualTo(LocalDate.of(2027, 3, 30));
        today(LocalDate.of(2027, 3, 22));
        cessations.recordResponse(caseId, CeaseService.Respondent.FAMILY, "We think she still needs the plan.", LocalDate.of(2027, 3, 22),
                caseworker);

        // on the last day for views, with the setting's still to come, no decision yet
        today(LocalDate.of(2027, 3, 30));
        assertThatThrownBy(() -> cessations.decide(caseId, true, LocalDate.of(2027, 3, 30), CeaseReason.NEEDS_MET_WITHOUT_PLAN,
                "Her needs are met.", LocalDate.of(2027, 3, 30), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("ceaseDecidedOn"));
        // reg 31(2), (3): decided and the notice sent on Wednesday 31 March 2027; the tracker sends it the
        // day the decision is recorded, so an earlier day for the notice is refused
        today(LocalDate.of(2027, 3, 31));
        assertThatThrownBy(() -> cessations.decide(caseId, true, LocalDate.of(2027, 3, 31), CeaseReason.NEEDS_MET_WITHOUT_PLAN,
                "Her needs are met.", LocalDate.of(2027, 3, 30), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems())
                        .allSatisfy(p -> assertThat(p.field()).isEqualTo("noticeSentOn"))
                        .anySatisfy(p -> assertThat(p.message()).contains("The notice is sent today")));
        cessations.decide(caseId, true, LocalDate.of(2027, 3, 31), CeaseReason.NEEDS_MET_WITHOUT_PLAN,
                "Her needs are met from the school's own resources.", LocalDate.of(2027, 3, 31), caseworker);
        assertThat(pi).isWaitingAt("appealOrTimeUp");
        // the notice, dated the day it was sent, to the family, the school named and health (reg 31(2)); the family's
        // with the last day to appeal, Tuesday 1 June 2027 (2 months is Monday 31 May, the spring bank holiday: HESC
        // Rules r12(2) moves it to the next working day), and the day the plan ends if none comes, Wednesday 2 June
        List<Letter> notice = letters.lettersFor(caseId).stream().filter(l -> l.getNoticeType() == NoticeType.DECISION_TO_CEASE).toList();
        assertThat(notice).extracting(Letter::getRecipientRole)
                .containsExactly(RecipientRole.PARENT, RecipientRole.SCHOOL, RecipientRole.HEALTH_BODY);
        assertThat(notice).extracting(Letter::getIssuedOn).containsOnly(LocalDate.of(2027, 3, 31));
        assertThat(notice.get(0).getHtml()).contains("You must appeal by 1 June 2027.", "it ends on 2 June 2027.");
        // the review's decision told the family ceasing was being considered (reg 20(10))
        assertThat(letters.lettersFor(caseId)).extracting(Letter::getNoticeType).contains(NoticeType.REVIEW_CEASING_PROPOSED);
        CeaseService.View decided = view(caseId);
        // HESC Rules r20: 2 months after the notice was sent is Monday 31 May 2027, the spring bank
        // holiday (last Monday of May), so r12(2): in time on the next working day, Tuesday 1 June
        assertThat(decided.appealDeadline()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(decided.nextStep()).isEqualTo("The plan is kept while an appeal can be made or is running");
        assertThat(disagreements.disagreeable(caseId, parent)).contains(DecisionDisagreed.CEASE);

        // the plan is kept through Tuesday 1 June, the last day to appeal; it ends on Wednesday 2 June 2027
        fires(pi, "appealTimePassed", LocalDate.of(2027, 6, 2));
        assertThat(pi).isEnded().hasPassed("ceasePlan", "planCeased");
        CeaseService.View ceased = view(caseId);
        assertThat(ceased.ceasedOn()).isEqualTo(LocalDate.of(2027, 6, 2));
        assertThat(ceased.ceaseReason()).isEqualTo(CeaseReason.NEEDS_MET_WITHOUT_PLAN);
        assertThat(ceased.nextStep()).isEqualTo("Nothing: the plan has ceased");
        // no next review of a plan that ceased; nor can ceasing be proposed again
        assertThat(reviews.history(caseId, caseworker)).hasSize(1);
        assertThat(cessations.mayPropose(caseId, caseworker)).isFalse();
        assertThatThrownBy(() -> cessations.propose(caseId, "Again", caseworker)).isInstanceOf(ConflictException.class);
    }

    @Test
    void notCeased_afterEveryoneReplied_keepsThePlan_andTheNextReviewCountsFromTheReviewsDecision() {
        long caseId = ceasingProposedAtReview();
        ProcessInstance pi = instance(caseId);
        today(LocalDate.of(2027, 3, 16));
        cessations.recordConsultation(caseId, LocalDate.of(2027, 3, 16), LocalDate.of(2027, 3, 16), caseworker);
        today(LocalDate.of(2027, 3, 19));
        cessations.recordResponse(caseId, CeaseService.Respondent.FAMILY, "She still needs it.", LocalDate.of(2027, 3, 18), caseworker);
        cessations.recordResponse(caseId, CeaseService.Respondent.SETTING, "We agree with the family.", LocalDate.of(2027, 3, 19),
                caseworker);
        // both replied: the council may decide before 30 March
        today(LocalDate.of(2027, 3, 22));
        cessations.decide(caseId, false, LocalDate.of(2027, 3, 22), null, null, null, caseworker);
        assertThat(pi).isEnded().hasPassed("keepPlan", "planKeptEnd");
        CeaseService.View kept = view(caseId);
        assertThat(kept.keptOn()).isEqualTo(LocalDate.of(2027, 3, 22));
        assertThat(kept.ceasedOn()).isNull();
        assertThat(kept.nextStep()).isEqualTo("Nothing: the plan is kept");
        // CFA s44(1): the review completed with its decision of 15 March 2027; the next is due 12 months from it
        ReviewService.View next = reviews.view(caseId, caseworker).orElseThrow();
        assertThat(next.cycle()).isEqualTo(2);
        assertThat(next.countedFrom()).isEqualTo(REVIEW_DECIDED);
        assertThat(next.dueOn()).isEqualTo(LocalDate.of(2028, 3, 15));
        // the plan kept, ceasing may be proposed again
        assertThat(cessations.mayPropose(caseId, caseworker)).isTrue();
    }

    @Test
    void proposedOutsideAReview_andAppealed_keepsThePlanUntilTheAppealIsDismissed_thenTheRunningReviewStops() {
        long caseId = planIssued();
        // Monday 5 October 2026: the first review waits for its window, in February 2027
        today(LocalDate.of(2026, 10, 5));
        assertThat(cessations.mayPropose(caseId, caseworker)).isTrue();
        assertThatThrownBy(() -> cessations.propose(caseId, "  ", caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("proposalReason"));
        assertThat(cessations.view(caseId, caseworker)).isEmpty();
        // the council's own decision, not the SENCO's
        assertThatThrownBy(() -> cessations.propose(caseId, "Needs met", senco)).isInstanceOf(uk.ehctracker.common.NotFoundException.class);
        cessations.propose(caseId, "He now makes good progress with the school's own support.", caseworker);
        ProcessInstance pi = instance(caseId);
        assertThat(view(caseId).proposedAtReview()).isFalse();
        // reg 31(1)(c): the setting named must be consulted too
        assertThatThrownBy(() -> cessations.recordConsultation(caseId, LocalDate.of(2026, 10, 5), null, caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("settingConsultedOn"));
        cessations.recordConsultation(caseId, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 5), caseworker);

        // Tuesday 20 October 2026, the day after the views were due (19 October)
        today(LocalDate.of(2026, 10, 20));
        // reg 30(1): "left education over 18" needs a review first, and a young person of 18
        assertThatThrownBy(() -> cessations.decide(caseId, true, LocalDate.of(2026, 10, 20), CeaseReason.LEFT_EDUCATION_OVER_18,
                "Left school.", LocalDate.of(2026, 10, 20), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsOnly("ceaseReason"));
        cessations.decide(caseId, true, LocalDate.of(2026, 10, 20), CeaseReason.NEEDS_MET_WITHOUT_PLAN,
                "His needs are met from the school's own resources.", LocalDate.of(2026, 10, 20), caseworker);
        // HESC Rules r20: 2 months after the notice: Sunday 20 December 2026; r12(2): Monday 21 December
        assertThat(view(caseId).appealDeadline()).isEqualTo(LocalDate.of(2026, 12, 21));

        // the family disagrees, declines mediation on Thursday 26 November; the certificate on Tuesday 1 December
        today(LocalDate.of(2026, 11, 26));
        disagreements.start(caseId, DecisionDisagreed.CEASE, parent);
        disagreements.recordAdviserContact(caseId, LocalDate.of(2026, 11, 26), false, parent);
        today(LocalDate.of(2026, 12, 1));
        disagreements.recordCertificate(caseId, LocalDate.of(2026, 12, 1), caseworker);
        // 1 month from the certificate, later than 2 months from the notice: Friday 1 January 2027, so
        // r12(3)(a): the first working day after 1 January, Monday 4 January
        assertThat(disagreements.view(caseId, parent).orElseThrow().appealDeadline()).isEqualTo(LocalDate.of(2027, 1, 4));

        // the cease process's 2 months end: an appeal may still come, so the plan is kept
        fires(pi, "appealTimePassed", LocalDate.of(2026, 12, 22));
        assertThat(pi).hasPassed("appealStillOpen").isWaitingAt("awaitDisagreementEnd");
        assertThat(view(caseId).ceasedOn()).isNull();

        today(LocalDate.of(2026, 12, 30));
        disagreements.registerAppeal(caseId, LocalDate.of(2026, 12, 30), LocalDate.of(2027, 2, 10), null, parent);
        today(LocalDate.of(2027, 2, 5));
        disagreements.recordResponse(caseId, LocalDate.of(2027, 2, 5), caseworker);
        assertThat(pi).isWaitingAt("awaitDisagreementEnd");

        // CFA s45(4): the appeal dismissed on Thursday 15 April 2027; the plan ends that day
        today(LocalDate.of(2027, 4, 15));
        disagreements.recordOutcome(caseId, TribunalOutcome.DISMISSED, LocalDate.of(2027, 4, 15), caseworker);
        assertThat(pi).isEnded().hasPassed("ceaseStands", "ceasePlan", "planCeased");
        CeaseService.View ceased = view(caseId);
        assertThat(ceased.disagreementEndedOn()).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(ceased.ceasedOn()).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(ceased.keptByTribunal()).isFalse();
        // the review that was running stops where it was
        ReviewService.View review = reviews.view(caseId, caseworker).orElseThrow();
        assertThat(review.waitingAt()).isNull();
        assertThat(reviewInstances(caseId)).isZero();
    }

    @Test
    void ceasedAtAReview_butConcededWithinTheTimeToAppeal_keepsThePlan_andTheReviewsGoOn() {
        long caseId = ceasingProposedAtReview();
        ProcessInstance pi = instance(caseId);
        today(LocalDate.of(2027, 3, 16));
        cessations.recordConsultation(caseId, LocalDate.of(2027, 3, 16), LocalDate.of(2027, 3, 16), caseworker);
        today(LocalDate.of(2027, 3, 31));
        cessations.decide(caseId, true, LocalDate.of(2027, 3, 31), CeaseReason.NEEDS_MET_WITHOUT_PLAN,
                "Her needs are met from the school's own resources.", LocalDate.of(2027, 3, 31), caseworker);

        // certificate on Thursday 8 April; appeal on Monday 12 April; the council concedes on Monday 3 May 2027
        today(LocalDate.of(2027, 4, 6));
        disagreements.start(caseId, DecisionDisagreed.CEASE, parent);
        disagreements.recordAdviserContact(caseId, LocalDate.of(2027, 4, 6), false, parent);
        today(LocalDate.of(2027, 4, 8));
        disagreements.recordCertificate(caseId, LocalDate.of(2027, 4, 8), caseworker);
        today(LocalDate.of(2027, 4, 12));
        disagreements.registerAppeal(caseId, LocalDate.of(2027, 4, 12), LocalDate.of(2027, 5, 24), null, parent);
        today(LocalDate.of(2027, 5, 3));
        disagreements.recordOutcome(caseId, TribunalOutcome.CONCEDED, LocalDate.of(2027, 5, 3), caseworker);

        // before the time to appeal ended (31 May): the plan is kept at once
        assertThat(pi).isEnded().hasPassed("disagreementEndedInTime", "keepPlan", "planKeptEnd");
        CeaseService.View kept = view(caseId);
        assertThat(kept.keptOn()).isEqualTo(LocalDate.of(2027, 5, 3));
        assertThat(kept.keptByTribunal()).isTrue();
        assertThat(disagreements.view(caseId, parent).orElseThrow().nextStep()).isEqualTo("Nothing: the plan is kept");
        // CFA s44(1): the next review counts from the review's decision of 15 March 2027, not the concession
        ReviewService.View next = reviews.view(caseId, caseworker).orElseThrow();
        assertThat(next.cycle()).isEqualTo(2);
        assertThat(next.dueOn()).isEqualTo(LocalDate.of(2028, 3, 15));
    }

    // ---- set-up ----

    /** A plan dated 1 April 2026 for a girl born 14 May 2018 (no move between phases before September 2029). */
    private long planIssued() {
        today(PLAN);
        return new UiCases(context).planIssuedOn(PLAN, LocalDate.of(2018, 5, 14)).getId();
    }

    /** The plan's first review: held on Monday 1 March 2027, reported on 8 March, deciding to cease on 15 March. */
    private long ceasingProposedAtReview() {
        long caseId = planIssued();
        new UiCases(context).reviewTimerFires(caseId, "reviewWindowOpens");
        today(LocalDate.of(2027, 2, 8));
        reviews.arrangeMeeting(caseId, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 8), senco);
        today(LocalDate.of(2027, 2, 15));
        reviews.recordAdviceCirculated(caseId, LocalDate.of(2027, 2, 15), senco);
        today(LocalDate.of(2027, 3, 1));
        reviews.recordMeetingHeld(caseId, LocalDate.of(2027, 3, 1), senco);
        today(LocalDate.of(2027, 3, 8));
        reviews.recordReportSent(caseId, LocalDate.of(2027, 3, 8), senco);
        today(REVIEW_DECIDED);
        reviews.decide(caseId, ReviewOutcome.CEASE, REVIEW_DECIDED, "Her needs are met from the school's own resources.", caseworker);
        return caseId;
    }

    private CeaseService.View view(long caseId) {
        return cessations.view(caseId, caseworker).orElseThrow();
    }

    private ProcessInstance instance(long caseId) {
        long id = view(caseId).id();
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.CEASE_PROCESS)
                .processInstanceBusinessKey(Long.toString(id)).singleResult();
    }

    private long reviewInstances(long caseId) {
        long reviewId = reviews.view(caseId, caseworker).orElseThrow().id();
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ANNUAL_REVIEW_PROCESS)
                .processInstanceBusinessKey(Long.toString(reviewId)).count();
    }

    /** The timer at {@code activityId} is set for 09:00 on {@code day}, and fires then. */
    private void fires(ProcessInstance pi, String activityId, LocalDate day) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(job.getDuedate()).as(activityId).isEqualTo(nineAm(day));
        now(day, LocalTime.of(9, 1));
        execute(job);
    }
}
