package uk.ehctracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static uk.ehctracker.testing.EngineTime.nineAm;
import static uk.ehctracker.testing.EngineTime.now;
import static uk.ehctracker.testing.EngineTime.today;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.letters.Letter;
import uk.ehctracker.letters.NoticeType;
import uk.ehctracker.letters.RecipientRole;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.statutory.Disagreement.OrderKind;
import uk.ehctracker.statutory.ExceptionReason;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.support.SupportCommands;
import uk.ehctracker.testing.ProcessTest;
import uk.ehctracker.testing.TestPeople;

import uk.ehctracker.workflow.EscalationTimerRepair;
import uk.ehctracker.workflow.ProcessNames;

/**
 * The statutory process, driven through the services as people use it, on every path and every
 * timer. The engine clock is moved and timer jobs executed by hand: nothing sleeps. Dates are
 * checked as exact dates, and timers fire at 09:00 London time on them.
 */
@ProcessTest
class EhcNeedsAssessmentProcessTest {

    /** A Monday in spring; the 6-week date falls after the clocks go forward (29 March 2026). */
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired AssessmentService assessments;
    @Autowired AssessmentQueries queries;
    @Autowired TestPeople people;
    @Autowired uk.ehctracker.support.SenSupportService senSupport;
    @Autowired uk.ehctracker.support.SenSupportQueries senSupportQueries;
    @Autowired EscalationTimerRepair timerRepair;
    @Autowired DirectoryService directory;
    @Autowired uk.ehctracker.casework.CasePages pages;

    CurrentUser caseworker;
    CurrentUser parent;
    CurrentUser professional;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        caseworker = people.user("caseworker");
        parent = people.user("parent");
        professional = people.user("professional");
        today(RECEIVED);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- paths ----

    @Test
    void notAssessing_endsWithADecisionLetterCarryingTheAppealDeadline() {
        AssessmentCase c = request();
        ProcessInstance pi = instance(c);
        assertThat(pi).isWaitingAt("decideWhetherToAssess").task().hasCandidateGroup("la:LA1:caseworker");
        assertThat(c.getDecisionToAssessDue()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(c.getDecisionNotToIssueDue()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(c.getFinalPlanDue()).isEqualTo(LocalDate.of(2026, 7, 20));
        // reg 4(2): the family, health, social care and the head teacher are told
        assertThat(letters(c, NoticeType.CONSIDERING_ASSESSMENT)).hasSize(4);

        today(LocalDate.of(2026, 3, 31));
        assessments.decideWhetherToAssess(c.getId(), notAssessing(LocalDate.of(2026, 3, 31)), caseworker);

        assertThat(pi).isEnded().hasPassed("sendDecisionNotToAssess", "notAssessed");
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(CaseStage.NOT_ASSESSED);
        Decision decision = queries.decisions(c.getId(), caseworker).get(0);
        // two months from the day the decision is sent: 31 March + 2 months = Sunday 31 May; HESC
        // r12(2): in time on the next working day, Monday 1 June
        assertThat(pages.appealDeadline(decision)).isEqualTo(LocalDate.of(2026, 6, 1));
        List<Letter> refusal = letters(c, NoticeType.DECISION_NOT_TO_ASSESS);
        assertThat(refusal).hasSize(4);
        assertThat(refusal.get(0).getHtml()).contains("1 June 2026").contains("Tribunal").contains("mediation");
        assertThat(milestone(c, TimeLimit.DECISION_TO_ASSESS).getDoneOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void fullPath_toAFinalPlan_withTheSchoolTheFamilyAskedForConsulted() {
        AssessmentCase c = request();
        ProcessInstance pi = instance(c);
        today(LocalDate.of(2026, 3, 20));
        assessments.decideWhetherToAssess(c.getId(), assessing(LocalDate.of(2026, 3, 20)), caseworker);

        assertThat(pi).isWaitingAt("giveAdvice").hasPassed("sendDecisionToAssess", "requestAdvice");
        List<AdviceRequest> advice = queries.advice(c.getId(), caseworker);
        // reg 6(1)(a)-(e) for a primary-age child
        assertThat(advice).extracting(AdviceRequest::getKind).containsExactlyInAnyOrder(
                AdviceKind.PARENT, AdviceKind.EDUCATIONAL, AdviceKind.MEDICAL, AdviceKind.PSYCHOLOGICAL, AdviceKind.SOCIAL_CARE);
        // reg 8: six weeks from the adviser receiving the request
        assertThat(advice).allSatisfy(a -> assertThat(a.getDueOn()).isEqualTo(LocalDate.of(2026, 5, 1)));
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("giveAdvice").count()).isEqualTo(5);
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(CaseStage.GATHERING_ADVICE);
        // work lists sort by the nearest open date: now the advice, due before the 16- and 20-week dates
        assertThat(queries.visibleCase(c.getId(), caseworker).getNextDueOn()).isEqualTo(LocalDate.of(2026, 5, 1));

        today(LocalDate.of(2026, 4, 20));
        giveAllAdvice(c, LocalDate.of(2026, 4, 20));
        assertThat(pi).isWaitingAt("decideWhetherToIssuePlan");

        assessments.decideWhetherToIssue(c.getId(), issuing(LocalDate.of(2026, 4, 20)), caseworker);
        assertThat(pi).isWaitingAt("writeDraftPlan");

        today(LocalDate.of(2026, 5, 4));
        assessments.writeDraftPlan(c.getId(), draft(LocalDate.of(2026, 5, 4)), caseworker);
        assertThat(pi).isWaitingAt("commentOnDraftPlan").task().hasCandidateGroup("family:" + parent.familyId());
        AssessmentCase served = queries.visibleCase(c.getId(), caseworker);
        // reg 13(1): 15 days beginning with the day served: 4 May to 18 May
        assertThat(served.getDraftCommentsDue()).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(letters(c, NoticeType.DRAFT_PLAN).get(0).getHtml()).contains("18 May 2026");

        today(LocalDate.of(2026, 5, 11));
        assessments.commentOnDraft(c.getId(), new Commands.CommentOnDraft("We agree with sections B and F.",
                "Hillcrest Academy", true, false), parent);
        // the school asked for is consulted and the meeting asked for is arranged, side by side
        assertThat(pi).isWaitingAt("respondToConsultation", "arrangeMeetingToDiscussDraftPlan")
                .hasPassed("draftResponseSplit", "meetingRequiredGateway");
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(CaseStage.CONSULTING_SCHOOL);
        AssessmentCase consulting = queries.visibleCase(c.getId(), caseworker);
        assertThat(consulting.getStage()).isEqualTo(CaseStage.CONSULTING_SCHOOL);
        assertThat(consulting.getConsultationDue()).isEqualTo(LocalDate.of(2026, 5, 25));
        // CFA s39(2): the school asked for is sent the request the day it is asked, with its reply date;
        // Hillcrest is maintained by this LA, so no other LA is consulted
        assertThat(letters(c, NoticeType.CONSULTATION)).singleElement().satisfies(l -> {
            assertThat(l.getRecipientRole()).isEqualTo(RecipientRole.SCHOOL);
            assertThat(l.getRecipientName()).isEqualTo("Governing body, proprietor or principal of Hillcrest Academy");
            assertThat(l.getRecipientEmail()).isEqualTo("office@hillcrest.example");
            assertThat(l.getHtml()).contains("25 May 2026");
        });
        CurrentUser hillcrestSenco = people.user("senco2");
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true,
                "We can meet the needs set out in section F.", LocalDate.of(2026, 5, 11)), hillcrestSenco);
        // the consultation is done, but the plan waits for the meeting
        assertThat(pi).isWaitingAt("arrangeMeetingToDiscussDraftPlan");
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(CaseStage.FINALISING_PLAN);
        // and cannot be issued until the meeting is arranged and has taken place
        assertThatThrownBy(() -> assessments.issueFinalPlan(c.getId(),
                new Commands.IssueFinalPlan("Hillcrest Academy", LocalDate.of(2026, 5, 11)), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("issuedOn")));
        assessments.arrangeDraftPlanMeeting(c.getId(), new Commands.ArrangeDraftPlanMeeting(LocalDate.of(2026, 5, 20)), caseworker);
        assertThat(pi).isWaitingAt("issueFinalPlan").hasPassed("readyToIssueFinalPlan");

        today(LocalDate.of(2026, 6, 1));
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", LocalDate.of(2026, 6, 1)), caseworker);

        assertThat(pi).isEnded().hasPassed("sendFinalPlan", "finalPlanIssued", "caseClosed");
        AssessmentCase issued = queries.visibleCase(c.getId(), caseworker);
        assertThat(issued.getStage()).isEqualTo(CaseStage.PLAN_ISSUED);
        assertThat(issued.getNextDueOn()).isNull();
        assertThat(milestone(c, TimeLimit.FINAL_PLAN).getDoneOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(queries.plan(c.getId(), PlanSection.PlanVersion.FINAL, caseworker))
                .filteredOn(s -> s.getSection() == PlanSectionName.I).singleElement()
                .extracting(PlanSection::getContent).isEqualTo("Hillcrest Academy");
        // reg 14: the final plan carries appeal rights: 2 months from 1 June is 1 August, in August, so
        // HESC r12(3)(a): the first working day after 31 August (the summer bank holiday), Tuesday 1 September
        assertThat(letters(c, NoticeType.FINAL_PLAN).get(0).getHtml()).contains("You must appeal by 1 September 2026.");
        // reg 13(2); CFA s40(5): the family, the named setting and the health commissioning body
        assertThat(letters(c, NoticeType.FINAL_PLAN)).extracting(Letter::getRecipientRole)
                .containsExactly(RecipientRole.PARENT, RecipientRole.SCHOOL, RecipientRole.HEALTH_BODY);
        assertThat(letters(c, NoticeType.FINAL_PLAN).get(1).getRecipientEmail()).isEqualTo("office@hillcrest.example");
    }

    @Test
    void aMeetingAskedForWithTheDraft_isArranged_andTheFinalPlanWaitsForItsDay() {
        AssessmentCase c = caseAt(CaseStage.DRAFT_WITH_FAMILY);
        ProcessInstance pi = instance(c);
        today(LocalDate.of(2026, 4, 8));
        // reg 13(1)(a)(ii): the family requires a meeting with an LA officer; they ask for no school
        assessments.commentOnDraft(c.getId(), new Commands.CommentOnDraft("Can we talk about section F?", null, true, false), parent);
        // the LA chooses a setting to consult (CFA s40(3)) while the meeting is arranged
        assertThat(pi).isWaitingAt("chooseSettingToConsult", "arrangeMeetingToDiscussDraftPlan");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("arrangeMeetingToDiscussDraftPlan")
                .singleResult().getName()).contains("meeting");
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(CaseStage.CHOOSING_SETTING);
        assessments.chooseSettingToConsult(c.getId(), new Commands.ChooseSettingToConsult("Riverside Primary School"), caseworker);
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true, "We can.", LocalDate.of(2026, 4, 8)),
                caseworker);
        // the consultation branch is done and waits at the join for the meeting
        assertThat(pi).isWaitingAt("arrangeMeetingToDiscussDraftPlan").hasPassed("respondToConsultation").hasNotPassed("issueFinalPlan");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("arrangeMeetingToDiscussDraftPlan")
                .taskCandidateGroup("la:LA1:caseworker").count()).isEqualTo(1);

        assertThatThrownBy(() -> assessments.arrangeDraftPlanMeeting(c.getId(), new Commands.ArrangeDraftPlanMeeting(null), caseworker))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("meetingOn"));
        today(LocalDate.of(2026, 4, 9));
        assessments.arrangeDraftPlanMeeting(c.getId(), new Commands.ArrangeDraftPlanMeeting(LocalDate.of(2026, 4, 15)), caseworker);
        assertThat(pi).isWaitingAt("issueFinalPlan").hasPassed("arrangeMeetingToDiscussDraftPlan", "readyToIssueFinalPlan");
        assertThat(queries.visibleCase(c.getId(), caseworker).getDraftMeetingOn()).isEqualTo(LocalDate.of(2026, 4, 15));

        // before the meeting day the final plan is refused, with the day in the message; nothing is written
        today(LocalDate.of(2026, 4, 14));
        assertThatThrownBy(() -> assessments.issueFinalPlan(c.getId(),
                new Commands.IssueFinalPlan("Riverside Primary School", LocalDate.of(2026, 4, 14)), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("issuedOn"))
                        .satisfies(p -> assertThat(p.message()).contains("meeting", "15 April 2026")));
        assertThat(pi).isWaitingAt("issueFinalPlan");
        assertThat(queries.plan(c.getId(), PlanSection.PlanVersion.FINAL, caseworker)).isEmpty();

        // on the meeting day it goes ahead
        today(LocalDate.of(2026, 4, 15));
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Riverside Primary School", LocalDate.of(2026, 4, 15)),
                caseworker);
        assertThat(pi).isEnded().hasPassed("sendFinalPlan", "finalPlanIssued");
    }

    @Test
    void aPersonalBudgetAskedFor_mustBeInSectionJ() {
        AssessmentCase c = caseAt(CaseStage.DRAFT_WITH_FAMILY);
        ProcessInstance pi = instance(c);
        // CFA s49(1): the family asks for a personal budget with the draft
        assessments.commentOnDraft(c.getId(), new Commands.CommentOnDraft("We would like a personal budget.", "Hillcrest Academy",
                false, true), parent);
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true, "We can.", LocalDate.of(2026, 4, 1)),
                caseworker);
        assertThat(pi).isWaitingAt("issueFinalPlan").hasPassed("meetingRequiredGateway").hasNotPassed("arrangeMeetingToDiscussDraftPlan");

        assertThatThrownBy(() -> assessments.issueFinalPlan(c.getId(),
                new Commands.IssueFinalPlan("Hillcrest Academy", LocalDate.of(2026, 4, 1)), caseworker))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("sectionJ"));
        assertThat(pi).isWaitingAt("issueFinalPlan");
        // CFA s39(3), s40(3): only the setting consulted can be named; Riverside was not asked
        assertThatThrownBy(() -> assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Riverside Primary School",
                Map.of(PlanSectionName.J, "A personal budget."), Map.of(PlanSectionName.J, "You asked for one."), LocalDate.of(2026, 4, 1)),
                caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("namedPlacement"))
                        .satisfies(p -> assertThat(p.message()).contains("Riverside Primary School has not been consulted",
                                "The plan can name Hillcrest Academy")));
        assertThat(queries.plan(c.getId(), PlanSection.PlanVersion.FINAL, caseworker)).as("nothing written").isEmpty();

        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy",
                Map.of(PlanSectionName.J, "A personal budget of 1,200 pounds a year for speech and language therapy."),
                Map.of(PlanSectionName.J, "You asked for a personal budget; we agreed one for the therapy."), LocalDate.of(2026, 4, 1)),
                caseworker);
        assertThat(queries.plan(c.getId(), PlanSection.PlanVersion.FINAL, caseworker))
                .filteredOn(s -> s.getSection() == PlanSectionName.J).singleElement()
                .satisfies(s -> assertThat(s.getContent()).contains("personal budget"))
                .satisfies(s -> assertThat(s.getChangedFromDraft()).contains("agreed one"));
    }

    @Test
    void notIssuing_afterTheAssessment_endsWithAnAppealableDecision() {
        AssessmentCase c = assessedCase();
        ProcessInstance pi = instance(c);
        giveAllAdvice(c, LocalDate.of(2026, 4, 1));
        today(LocalDate.of(2026, 6, 19));
        assessments.decideWhetherToIssue(c.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.DO_NOT_ISSUE, false,
                "The school can meet the needs from its own resources with the advice given.", LocalDate.of(2026, 6, 19)), caseworker);

        assertThat(pi).isEnded().hasPassed("sendDecisionNotToIssue", "noPlanIssued");
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(CaseStage.NOT_ISSUED);
        // HESC r20: 2 months after 19 June is 19 August; r12(3)(a): Tuesday 1 September (31 August is a bank holiday)
        assertThat(letters(c, NoticeType.DECISION_NOT_TO_ISSUE).get(0).getHtml()).contains("You must appeal by 1 September 2026.");
    }

    @Test
    void theFamilysWindowCloses_afterFifteenDays_andTheLaChoosesASettingToConsult_neverStraightToTheFinalPlan() {
        AssessmentCase c = assessedCase();
        ProcessInstance pi = instance(c);
        giveAllAdvice(c, LocalDate.of(2026, 4, 1));
        assessments.decideWhetherToIssue(c.getId(), issuing(LocalDate.of(2026, 4, 1)), caseworker);
        today(LocalDate.of(2026, 5, 4));
        assessments.writeDraftPlan(c.getId(), draft(LocalDate.of(2026, 5, 4)), caseworker);

        Job windowCloses = timer(pi, "draftCommentWindowClosed");
        // the window includes 18 May; the process moves on at 09:00 on 19 May
        assertThat(windowCloses.getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 5, 19)));
        now(LocalDate.of(2026, 5, 19), LocalTime.of(9, 5));
        execute(windowCloses);

        // CFA s40(3): no school asked for: the LA chooses one and consults it before naming it
        assertThat(pi).isWaitingAt("chooseSettingToConsult").hasPassed("closeDraftCommentWindow", "draftCommentsDone")
                .hasNotPassed("respondToConsultation", "issueFinalPlan");
        assertThat(pi).task().hasCandidateGroup("la:LA1:caseworker");
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(CaseStage.CHOOSING_SETTING);
        // reg 13(1): the window ended: the step is closed, not the LA's failure: not overdue, no escalation
        Milestone window = milestone(c, TimeLimit.DRAFT_COMMENTS);
        assertThat(window.isWindowEnded()).isTrue();
        assertThat(window.getDoneOn()).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(window.isOverdue()).isFalse();
        // and every screen and the API say so, not "done on time" nor "overdue"
        assertThat(window.status(LocalDate.of(2026, 6, 1), true, false)).isEqualTo(StepStatus.WINDOW_ENDED);
        assertThat(managerReviews(c)).isZero();
        assertThat(queries.visibleCase(c.getId(), caseworker).getNextDueOn()).isEqualTo(LocalDate.of(2026, 7, 20));

        // a setting another LA maintains: that LA is consulted too (CFA s40(3))
        today(LocalDate.of(2026, 5, 20));
        assessments.chooseSettingToConsult(c.getId(), new Commands.ChooseSettingToConsult("Meadow View Primary School"), caseworker);
        assertThat(pi).isWaitingAt("respondToConsultation").hasPassed("chooseSettingToConsult", "settingToConsultKnown");
        AssessmentCase consulting = queries.visibleCase(c.getId(), caseworker);
        assertThat(consulting.getStage()).isEqualTo(CaseStage.CONSULTING_SCHOOL);
        assertThat(consulting.getConsultedSetting()).isEqualTo("Meadow View Primary School");
        // 15 days beginning with the day it was sent (usual practice): 20 May to 3 June
        assertThat(consulting.getConsultationDue()).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(milestone(c, TimeLimit.SCHOOL_CONSULTATION).getDueOn()).isEqualTo(LocalDate.of(2026, 6, 3));
        List<Letter> consultation = letters(c, NoticeType.CONSULTATION);
        assertThat(consultation).extracting(Letter::getRecipientRole).containsExactly(RecipientRole.SCHOOL, RecipientRole.MAINTAINING_LA);
        assertThat(consultation.get(0).getRecipientEmail()).isEqualTo("office@meadowview.example");
        assertThat(consultation).allSatisfy(l -> assertThat(l.getHtml()).contains("3 June 2026"));
        assertThat(timer(pi, "consultationDue").getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 6, 4)));

        today(LocalDate.of(2026, 5, 27));
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true,
                "We can meet the needs in section F.", LocalDate.of(2026, 5, 27)), caseworker);
        assertThat(pi).isWaitingAt("issueFinalPlan");
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(CaseStage.FINALISING_PLAN);
    }

    @Test
    void aSettingThatSaysItCannotMeetTheNeeds_canStillBeNamed_forTheLaDecides() {
        AssessmentCase c = caseAt(CaseStage.CONSULTING_SCHOOL);
        ProcessInstance pi = instance(c);
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(false,
                "We have no place in the specialist unit.", LocalDate.of(2026, 4, 1)), caseworker);
        // CFA s39(4): the school's "cannot" is not conclusive: the LA decides, the plan is not yet ready
        assertThat(pi).isWaitingAt("decideAfterConsultation").hasPassed("consultationAnswerGateway").hasNotPassed("issueFinalPlan");
        assertThat(pi).task().hasCandidateGroup("la:LA1:caseworker");
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(CaseStage.CONSULTING_SCHOOL);
        assertThatThrownBy(() -> assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy",
                LocalDate.of(2026, 4, 1)), caseworker)).isInstanceOf(uk.ehctracker.common.ConflictException.class);

        // naming the school the family asked for needs no s39(4) ground; giving one is refused, nothing written
        assertThatThrownBy(() -> assessments.decideAfterConsultation(c.getId(), new Commands.DecideAfterConsultation(
                AfterConsultation.NAME_ANYWAY, NotNamingGround.UNSUITABLE, "The unit has space from September."), caseworker))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("notNamingGround"));
        assertThat(pi).isWaitingAt("decideAfterConsultation");
        assertThat(queries.visibleCase(c.getId(), caseworker).getAfterConsultation()).isNull();

        assessments.decideAfterConsultation(c.getId(), new Commands.DecideAfterConsultation(AfterConsultation.NAME_ANYWAY, null,
                "The provision in section F can be made at Hillcrest with the funding we agreed."), caseworker);
        assertThat(pi).isWaitingAt("issueFinalPlan").hasPassed("afterConsultationGateway", "consultationDone", "readyToIssueFinalPlan")
                .hasNotPassed("chooseSettingToConsult");
        AssessmentCase deciding = queries.visibleCase(c.getId(), caseworker);
        assertThat(deciding.getStage()).isEqualTo(CaseStage.FINALISING_PLAN);
        assertThat(deciding.getNotNamingGround()).isNull();
        assertThat(timeline(c)).extracting(CaseEvent::getText).anyMatch(t -> t.contains("Decided to name Hillcrest Academy"));
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", LocalDate.of(2026, 4, 1)), caseworker);
        assertThat(pi).isEnded();
    }

    @Test
    void theSchoolAskedForSaysNo_theLaConsultsAnother_onlyOnAnS39_4Ground_andTheNewConsultationHasItsOwnReplyDate() {
        AssessmentCase c = caseAt(CaseStage.CONSULTING_SCHOOL);
        ProcessInstance pi = instance(c);
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(false,
                "We cannot meet the needs in section F.", LocalDate.of(2026, 4, 1)), caseworker);

        // CFA s39(4): not naming the school the family asked for needs one of the grounds; nothing written without it
        assertThatThrownBy(() -> assessments.decideAfterConsultation(c.getId(), new Commands.DecideAfterConsultation(
                AfterConsultation.CONSULT_ANOTHER, null, " "), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactlyInAnyOrder("reasons", "notNamingGround"));
        assertThat(pi).isWaitingAt("decideAfterConsultation");

        today(LocalDate.of(2026, 4, 6));
        assessments.decideAfterConsultation(c.getId(), new Commands.DecideAfterConsultation(AfterConsultation.CONSULT_ANOTHER,
                NotNamingGround.UNSUITABLE, "Hillcrest has no provision for a hearing impairment."), caseworker);
        // the loop back: choosing a setting again, guarded by the answer
        assertThat(pi).isWaitingAt("chooseSettingToConsult").hasPassed("afterConsultationGateway").hasNotPassed("consultationDone");
        AssessmentCase choosing = queries.visibleCase(c.getId(), caseworker);
        assertThat(choosing.getStage()).isEqualTo(CaseStage.CHOOSING_SETTING);
        assertThat(choosing.getNotNamingGround()).isEqualTo(NotNamingGround.UNSUITABLE);
        assertThat(timeline(c)).extracting(CaseEvent::getText)
                .anyMatch(t -> t.contains("consult another setting instead of Hillcrest Academy") && t.contains("s39(4)(a)"));

        // a new consultation, the same as the first: its own letter, reply date and milestone
        assessments.chooseSettingToConsult(c.getId(), new Commands.ChooseSettingToConsult("100003"), caseworker);
        assertThat(pi).isWaitingAt("respondToConsultation");
        List<Letter> consultations = letters(c, NoticeType.CONSULTATION);
        assertThat(consultations).extracting(Letter::getRecipientRole)
                .containsExactly(RecipientRole.SCHOOL, RecipientRole.SCHOOL, RecipientRole.MAINTAINING_LA);
        assertThat(consultations.get(1).getRecipientEmail()).isEqualTo("office@meadowview.example");
        // 15 days beginning with 6 April: 20 April
        assertThat(consultations.get(1).getHtml()).contains("20 April 2026");
        assertThat(queries.milestones(c.getId(), caseworker)).filteredOn(m -> m.getTimeLimit() == TimeLimit.SCHOOL_CONSULTATION)
                .extracting(Milestone::getDueOn, Milestone::getDoneOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 1)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 20), null));
        assertThat(timer(pi, "consultationDue").getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 4, 21)));

        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true, "We can.", LocalDate.of(2026, 4, 6)),
                caseworker);
        assertThat(pi).isWaitingAt("issueFinalPlan");
        // the final plan names the latest setting consulted, not the first
        assertThatThrownBy(() -> assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy",
                LocalDate.of(2026, 4, 6)), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("namedPlacement"))
                        .satisfies(p -> assertThat(p.message()).contains("The plan can name Meadow View Primary School")));
        // chosen by its URN, section I carries its name
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("100003", LocalDate.of(2026, 4, 6)), caseworker);
        assertThat(queries.plan(c.getId(), PlanSection.PlanVersion.FINAL, caseworker))
                .filteredOn(s -> s.getSection() == PlanSectionName.I).singleElement()
                .extracting(PlanSection::getContent).isEqualTo("Meadow View Primary School");
        assertThat(letters(c, NoticeType.FINAL_PLAN).get(1).getRecipientEmail()).isEqualTo("office@meadowview.example");
    }

    @Test
    void aSettingNotConsulted_isNeverNamed_butAPlanMayNameOnlyATypeOfSchool() {
        AssessmentCase c = caseAt(CaseStage.FINALISING_PLAN);
        ProcessInstance pi = instance(c);
        // CFA s39, s40: a setting the directory does not know was not consulted either
        assertThatThrownBy(() -> assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("St Elsewhere's School",
                LocalDate.of(2026, 4, 1)), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("namedPlacement"))
                        .satisfies(p -> assertThat(p.message()).contains("St Elsewhere's School has not been consulted", "type of school")));
        assertThat(pi).isWaitingAt("issueFinalPlan");
        assertThat(queries.plan(c.getId(), PlanSection.PlanVersion.FINAL, caseworker)).as("nothing written").isEmpty();

        // CFA s40(2): a type of school is named without consulting anyone, when the caseworker says so
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("A maintained special school for pupils with autism",
                true, Map.of(), Map.of(), LocalDate.of(2026, 4, 1)), caseworker);
        AssessmentCase issued = queries.visibleCase(c.getId(), caseworker);
        assertThat(issued.isNamedPlacementTypeOnly()).isTrue();
        assertThat(issued.getNamedPlacement()).isEqualTo("A maintained special school for pupils with autism");
        // no particular setting is named, so none is sent the plan
        assertThat(letters(c, NoticeType.FINAL_PLAN)).extracting(Letter::getRecipientRole)
                .containsExactly(RecipientRole.PARENT, RecipientRole.HEALTH_BODY);
    }

    @Test
    void twoSchoolsWithOneName_areChosenByUrn_neverTheFirstOneFound() {
        String urn = Long.toString(800000 + System.nanoTime() % 100000);
        var north = directory.findSetting("100001", "school").orElseThrow().getLocalAuthority();
        var south = directory.findSetting("100003", "school").orElseThrow().getLocalAuthority();
        directory.save(new uk.ehctracker.directory.School(urn + "1", "Twin Oaks School " + urn, "Primary", north, null));
        var second = directory.save(new uk.ehctracker.directory.School(urn + "2", "Twin Oaks School " + urn, "Primary", south,
                "office@twinoaks.example"));

        AssessmentCase c = caseAt(CaseStage.DRAFT_WITH_FAMILY);
        ProcessInstance pi = instance(c);
        // the family's request for a school of a shared name is refused on their field, nothing written
        assertThatThrownBy(() -> assessments.commentOnDraft(c.getId(), new Commands.CommentOnDraft("Thanks.",
                "twin oaks school " + urn, false, false), parent))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("requestedSchool"))
                        .satisfies(p -> assertThat(p.message()).contains("More than one school is called Twin Oaks School " + urn,
                                "choose it by its URN", urn + "1", urn + "2")));
        assertThat(pi).isWaitingAt("commentOnDraftPlan");
        assertThat(queries.visibleCase(c.getId(), caseworker).getRequestedSchool()).isNull();

        // by URN it is the one meant, and the letter goes to that one
        assessments.commentOnDraft(c.getId(), new Commands.CommentOnDraft("Thanks.", urn + "2", false, false), parent);
        AssessmentCase consulting = queries.visibleCase(c.getId(), caseworker);
        assertThat(consulting.getRequestedSchool()).isEqualTo("Twin Oaks School " + urn);
        assertThat(consulting.getConsultedSchool().getId()).isEqualTo(second.getId());
        assertThat(letters(c, NoticeType.CONSULTATION).get(0).getRecipientEmail()).isEqualTo("office@twinoaks.example");
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true, "We can.", LocalDate.of(2026, 4, 1)),
                caseworker);
        // naming it by its shared name is no trouble: the one consulted is meant
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Twin Oaks School " + urn, LocalDate.of(2026, 4, 1)), caseworker);
        assertThat(letters(c, NoticeType.FINAL_PLAN).get(1).getRecipientEmail()).isEqualTo("office@twinoaks.example");
    }

    @Test
    void aSharedNameIsRefusedWhenTheLaChoosesASettingToo() {
        String urn = Long.toString(700000 + System.nanoTime() % 100000);
        var north = directory.findSetting("100001", "school").orElseThrow().getLocalAuthority();
        directory.save(new uk.ehctracker.directory.School(urn + "1", "Elm Tree School " + urn, "Primary", north, null));
        directory.save(new uk.ehctracker.directory.School(urn + "2", "Elm Tree School " + urn, "Secondary", north, null));
        AssessmentCase c = caseAt(CaseStage.CHOOSING_SETTING);
        ProcessInstance pi = instance(c);
        assertThatThrownBy(() -> assessments.chooseSettingToConsult(c.getId(),
                new Commands.ChooseSettingToConsult("Elm Tree School " + urn), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("settingToConsult"))
                        .satisfies(p -> assertThat(p.message()).startsWith("More than one school is called Elm Tree School " + urn)));
        assertThat(pi).isWaitingAt("chooseSettingToConsult");
        assertThat(letters(c, NoticeType.CONSULTATION)).isEmpty();
        // the picker offers each entry with what tells them apart; its URN is what is chosen
        assertThat(directory.settingEntries("Elm Tree School " + urn, 0, 10)).extracting(uk.ehctracker.directory.SettingEntry::label)
                .containsExactly("Elm Tree School " + urn + " (URN " + urn + "1, Primary, Northbridge Council)",
                        "Elm Tree School " + urn + " (URN " + urn + "2, Secondary, Northbridge Council)");
    }

    @Test
    void aSettingNotInTheDirectory_isRefusedNamingTheField_andNothingIsSent() {
        AssessmentCase c = caseAt(CaseStage.CHOOSING_SETTING);
        ProcessInstance pi = instance(c);
        assertThatThrownBy(() -> assessments.chooseSettingToConsult(c.getId(),
                new Commands.ChooseSettingToConsult("No Such School"), caseworker))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).problems()).extracting("field").containsExactly("settingToConsult"));
        assertThatThrownBy(() -> assessments.chooseSettingToConsult(c.getId(), new Commands.ChooseSettingToConsult(" "), caseworker))
                .isInstanceOf(BadInputException.class);
        assertThat(pi).isWaitingAt("chooseSettingToConsult");
        assertThat(letters(c, NoticeType.CONSULTATION)).isEmpty();
        assertThat(queries.visibleCase(c.getId(), caseworker).getConsultedSetting()).isNull();
        // by URN, as the directory lists it
        assessments.chooseSettingToConsult(c.getId(), new Commands.ChooseSettingToConsult("100001"), caseworker);
        assertThat(pi).isWaitingAt("respondToConsultation");
        assertThat(letters(c, NoticeType.CONSULTATION)).singleElement()
                .extracting(Letter::getRecipientName).isEqualTo("Governing body, proprietor or principal of Riverside Primary School");
    }

    @Test
    void adviceWaived_underReg6_4_countsAsIn() {
        AssessmentCase c = assessedCase();
        ProcessInstance pi = instance(c);
        AdviceRequest medical = adviceOf(c, AdviceKind.MEDICAL);
        assessments.waiveAdvice(new Commands.WaiveAdvice(medical.getId(),
                "The paediatric report of January 2026 is sufficient; the paediatrician and the family agree."), caseworker);

        assertThat(pi).hasPassed("adviceWaivedEnd");
        assertThat(queries.adviceRequest(medical.getId(), caseworker).getStatus()).isEqualTo(AdviceStatus.WAIVED);
        giveAllAdvice(c, LocalDate.of(2026, 4, 1));
        assertThat(pi).isWaitingAt("decideWhetherToIssuePlan");
    }

    @ParameterizedTest
    @EnumSource(value = CaseStage.class, names = {"DECIDING_WHETHER_TO_ASSESS", "GATHERING_ADVICE", "DECIDING_WHETHER_TO_ISSUE",
            "DRAFTING_PLAN", "DRAFT_WITH_FAMILY", "CHOOSING_SETTING", "CONSULTING_SCHOOL", "FINALISING_PLAN"})
    void aRequestCanBeWithdrawnAtAnyStage_andEndsWithALetter(CaseStage stage) {
        AssessmentCase c = caseAt(stage);
        ProcessInstance pi = instance(c);
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(stage);

        assessments.withdraw(c.getId(), new Commands.Withdraw("The family has moved to another area."), parent);

        assertThat(pi).isEnded().hasPassed("requestWithdrawn", "sendWithdrawalLetter", "withdrawn");
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(CaseStage.WITHDRAWN);
        assertThat(letters(c, NoticeType.WITHDRAWAL)).hasSize(1);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c.getId().toString())
                .processDefinitionKey(ProcessNames.ASSESSMENT_PROCESS).count()).isZero();
    }

    @Test
    void aFinalPlanEndsTheChildsSenSupport_itsProcessEnds_andThePupilsRecordSaysWhy() {
        Child child = people.newChildOfParent(LocalDate.of(2018, 5, 14));
        CurrentUser senco = people.user("senco");
        today(RECEIVED.minusDays(60));
        long recordId = senSupport.placeOnSenSupport(child.getId(), new SupportCommands.Place(RECEIVED.minusDays(60),
                RECEIVED.minusDays(60), List.of(NeedType.SPLD)), senco).getId();
        today(RECEIVED);
        AssessmentCase c = requestFor(child);
        today(LocalDate.of(2026, 3, 16));
        assessments.decideWhetherToAssess(c.getId(), assessing(LocalDate.of(2026, 3, 16)), caseworker);
        today(LocalDate.of(2026, 4, 1));
        giveAllAdvice(c, LocalDate.of(2026, 4, 1));
        assessments.decideWhetherToIssue(c.getId(), issuing(LocalDate.of(2026, 4, 1)), caseworker);
        assessments.writeDraftPlan(c.getId(), draft(LocalDate.of(2026, 4, 1)), caseworker);
        assessments.commentOnDraft(c.getId(), new Commands.CommentOnDraft("Thank you.", null, false, false), parent);
        assessments.chooseSettingToConsult(c.getId(), new Commands.ChooseSettingToConsult("Riverside Primary School"), caseworker);
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true, "We can.", LocalDate.of(2026, 4, 1)), senco);
        assertThat(senSupportQueries.pupil(child.getId(), senco).processRunning()).isTrue();

        today(LocalDate.of(2026, 4, 20));
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Riverside Primary School", LocalDate.of(2026, 4, 20)), caseworker);

        var pupil = senSupportQueries.pupil(child.getId(), senco);
        assertThat(pupil.processRunning()).isFalse();
        assertThat(pupil.record().getStatus()).isEqualTo(uk.ehctracker.support.SupportStatus.LEFT);
        assertThat(pupil.record().getLeftOn()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(pupil.record().getLeftReason()).contains("final EHC plan", c.reference());
        assertThat(pupil.senStatus()).isEqualTo(uk.ehctracker.directory.SenStatus.EHC_PLAN);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("sen-support")
                .processInstanceBusinessKey(Long.toString(recordId)).count()).isZero();
    }

    @Test
    void aRecordedHearingImpairment_bringsInTheQualifiedTeacherOfTheDeaf_withoutBeingAskedFor() {
        Child child = people.newChildOfParent(LocalDate.of(2018, 5, 14));
        CurrentUser senco = people.user("senco");
        today(RECEIVED.minusDays(60));
        senSupport.placeOnSenSupport(child.getId(), new SupportCommands.Place(RECEIVED.minusDays(60),
                RECEIVED.minusDays(60), List.of(NeedType.HI)), senco);
        today(RECEIVED);
        AssessmentCase c = requestFor(child);
        today(LocalDate.of(2026, 3, 16));
        assessments.decideWhetherToAssess(c.getId(), assessing(LocalDate.of(2026, 3, 16)), caseworker);
        // reg 6; docs/law.md s5: the educational advice is given after consulting that teacher
        assertThat(queries.advice(c.getId(), caseworker)).extracting(AdviceRequest::getKind)
                .contains(AdviceKind.HEARING_OR_VISION_TEACHER, AdviceKind.EDUCATIONAL);
        // without a recorded sensory impairment, only when asked for
        assertThat(AdviceKinds.required(child, LocalDate.of(2026, 3, 16), Set.of(), false))
                .doesNotContain(AdviceKind.HEARING_OR_VISION_TEACHER);
    }

    // ---- timers ----

    @Test
    void theSixWeekDecision_isRemindedAWeekBefore_andEscalatedTheDayAfterItsLastLawfulDay_atNineLondonTime() {
        AssessmentCase c = request();
        ProcessInstance pi = instance(c);

        Job reminder = timer(pi, "decisionToAssessReminder");
        Job due = timer(pi, "decisionToAssessDue");
        // 6 April and 14 April 2026 are in British Summer Time: 09:00 London is 08:00 UTC
        assertThat(reminder.getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 4, 6)));
        // reg 5(1): due Monday 13 April, the last lawful day; escalated at 09:00 on Tuesday 14 April
        assertThat(due.getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 4, 14)));
        assertThat(due.getDuedate().toInstant().toString()).isEqualTo("2026-04-14T08:00:00Z");

        now(LocalDate.of(2026, 4, 6), LocalTime.of(9, 1));
        execute(reminder);
        assertThat(pi).hasPassed("remindDecisionToAssess", "decisionToAssessReminded").isWaitingAt("decideWhetherToAssess");
        assertThat(timeline(c)).anyMatch(e -> e.getKind() == CaseEventKind.REMINDER && e.getText().contains("13 April 2026"));

        now(LocalDate.of(2026, 4, 14), LocalTime.of(9, 1));
        execute(due);
        assertThat(pi).hasPassed("escalateDecisionToAssess", "decisionToAssessEscalated").isWaitingAt("decideWhetherToAssess");
        assertThat(milestone(c, TimeLimit.DECISION_TO_ASSESS).isOverdue()).isTrue();
        assertThat(managerReviews(c)).isEqualTo(1);

        // a late decision is still a decision: the process goes on
        today(LocalDate.of(2026, 4, 15));
        assessments.decideWhetherToAssess(c.getId(), assessing(LocalDate.of(2026, 4, 15)), caseworker);
        assertThat(pi).isWaitingAt("giveAdvice");
        assertThat(milestone(c, TimeLimit.DECISION_TO_ASSESS).getDoneOn()).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void noEscalationOnTheLastLawfulDay_at0900nor2359_butAtNineTheDayAfter() {
        AssessmentCase c = request();
        ProcessInstance pi = instance(c);
        LocalDate due = LocalDate.of(2026, 4, 13);
        assertThat(c.getDecisionToAssessDue()).isEqualTo(due);

        // reg 5(1): all of Monday 13 April is on time
        for (LocalTime t : List.of(LocalTime.of(9, 0), LocalTime.of(9, 1), LocalTime.of(23, 59))) {
            now(due, t);
            runDueJobs(pi);
            assertThat(pi).hasNotPassed("escalateDecisionToAssess").isWaitingAt("decideWhetherToAssess");
            assertThat(milestone(c, TimeLimit.DECISION_TO_ASSESS).isOverdue()).isFalse();
            assertThat(managerReviews(c)).as("no review at %s on the due date", t).isZero();
        }
        // 00:00 London on Tuesday: overdue by the one rule, though the escalation waits for 09:00
        now(due.plusDays(1), LocalTime.MIDNIGHT);
        assertThat(StatutoryClock.isOverdue(due.plusDays(1), due)).isTrue();
        runDueJobs(pi);
        assertThat(managerReviews(c)).isZero();

        now(due.plusDays(1), LocalTime.of(9, 0));
        runDueJobs(pi);
        assertThat(pi).hasPassed("escalateDecisionToAssess", "decisionToAssessEscalated");
        assertThat(milestone(c, TimeLimit.DECISION_TO_ASSESS).isOverdue()).isTrue();
        assertThat(managerReviews(c)).isEqualTo(1);
    }

    @Test
    void anEscalationTimerSetByAnEarlierVersion_forTheDueDateItself_isMovedToTheMorningAfter() {
        AssessmentCase c = request();
        ProcessInstance pi = instance(c);
        Job due = timer(pi, "decisionToAssessDue");
        // as an earlier version set it: 09:00 on the last lawful day
        management.setJobDuedate(due.getId(), nineAm(LocalDate.of(2026, 4, 13)));

        assertThat(timerRepair.repair()).isGreaterThanOrEqualTo(1);
        assertThat(timer(pi, "decisionToAssessDue").getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 4, 14)));
        // idempotent: nothing of this case moves again
        timerRepair.repair();
        assertThat(timer(pi, "decisionToAssessDue").getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 4, 14)));
    }

    @Test
    void aDecisionOnItsLastLawfulDay_isOnTime_andNothingEscalates() {
        AssessmentCase c = request();
        ProcessInstance pi = instance(c);
        LocalDate due = LocalDate.of(2026, 4, 13);
        now(due, LocalTime.of(23, 30));
        assessments.decideWhetherToAssess(c.getId(), assessing(due), caseworker);
        assertThat(milestone(c, TimeLimit.DECISION_TO_ASSESS).getDoneOn()).isEqualTo(due);
        assertThat(StatutoryClock.rag(due.plusDays(1), due, due, true)).isEqualTo(StatutoryClock.Rag.DONE_ON_TIME);
        now(due.plusDays(1), LocalTime.of(9, 0));
        runDueJobs(pi);
        assertThat(pi).hasNotPassed("escalateDecisionToAssess");
        assertThat(managerReviews(c)).isZero();
    }

    // ---- an order of the Tribunal, or a concession, re-enters the assessment (reg 44; reg 45; docs/law.md s7) ----

    @Test
    void anOrderToAssess_reentersAtTheAdvice_theFamilyToldAtOnce_withTheOrdersTenAndFourteenWeeks_remindedAndEscalated() {
        AssessmentCase c = refusedToAssess();
        // Wednesday 4 March 2026: the Tribunal orders the assessment
        LocalDate ordered = LocalDate.of(2026, 3, 4);
        ProcessInstance pi = reentered(c, OrderKind.ASSESS, ordered, false);
        assertThat(pi).hasPassed("orderedByTribunal", "orderedToGateway", "notifyOrderedAssessment", "assessmentStarts",
                "planOrderedGateway", "requestAdvice").isWaitingAt("giveAdvice");
        AssessmentCase now = queries.visibleCase(c.getId(), caseworker);
        assertThat(now.getStage()).isEqualTo(CaseStage.GATHERING_ADVICE);
        // reg 44; reg 45(3): the family told within 2 weeks, by 18 March: told today
        assertThat(milestone(c, TimeLimit.ORDERED_NOTICE_TO_ASSESS).getDueOn()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(milestone(c, TimeLimit.ORDERED_NOTICE_TO_ASSESS).getDoneOn()).isEqualTo(ordered);
        // 10 weeks: Wednesday 13 May; 14 weeks: Wednesday 10 June (not the request's 16 and 20 weeks)
        assertThat(now.getDecisionNotToIssueDue()).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(now.getFinalPlanDue()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(milestone(c, TimeLimit.ORDERED_DECISION_NOT_TO_ISSUE).getDueOn()).isEqualTo(LocalDate.of(2026, 5, 13));
        assertThat(milestone(c, TimeLimit.ORDERED_FINAL_PLAN_AFTER_ASSESSMENT).getDueOn()).isEqualTo(LocalDate.of(2026, 6, 10));
        // reg 8: each adviser's 6 weeks from today, 15 April; the work list's next date
        assertThat(queries.advice(c.getId(), caseworker)).allSatisfy(a -> assertThat(a.getDueOn()).isEqualTo(LocalDate.of(2026, 4, 15)));
        assertThat(now.getNextDueOn()).isEqualTo(LocalDate.of(2026, 4, 15));
        // the family and the reg 4(2) persons are told, with the order's dates
        List<Letter> told = letters(c, NoticeType.ORDERED_ASSESSMENT);
        assertThat(told).hasSize(4);
        assertThat(told.get(0).getHtml()).contains("Ordered by the Tribunal on 4 March 2026").contains("13 May 2026").contains("10 June 2026");

        // a week before each limit, the final plan's 3 weeks before; each escalation the morning after its day
        Job reminder = timerAtNine(pi, "decisionToIssueReminder", LocalDate.of(2026, 5, 6));
        Job due = timerAtNine(pi, "decisionToIssueDue", LocalDate.of(2026, 5, 14));
        Job finalReminder = timerAtNine(pi, "finalPlanReminder", LocalDate.of(2026, 5, 20));
        Job finalDue = timerAtNine(pi, "finalPlanDue", LocalDate.of(2026, 6, 11));

        now(LocalDate.of(2026, 5, 6), LocalTime.of(9, 1));
        execute(reminder);
        assertThat(timeline(c)).anyMatch(e -> e.getKind() == CaseEventKind.REMINDER && e.getText().contains("13 May 2026"));
        now(LocalDate.of(2026, 5, 14), LocalTime.of(9, 1));
        execute(due);
        assertThat(pi).hasPassed("escalateDecisionToIssue", "decisionToIssueEscalated");
        assertThat(milestone(c, TimeLimit.ORDERED_DECISION_NOT_TO_ISSUE).isOverdue()).isTrue();
        assertThat(managerReviews(c)).isEqualTo(1);
        now(LocalDate.of(2026, 5, 20), LocalTime.of(9, 1));
        execute(finalReminder);
        assertThat(timeline(c)).anyMatch(e -> e.getKind() == CaseEventKind.REMINDER && e.getText().contains("10 June 2026"));
        now(LocalDate.of(2026, 6, 11), LocalTime.of(9, 1));
        execute(finalDue);
        assertThat(pi).hasPassed("escalateFinalPlan", "finalPlanEscalated");
        assertThat(milestone(c, TimeLimit.ORDERED_FINAL_PLAN_AFTER_ASSESSMENT).isOverdue()).isTrue();
        assertThat(managerReviews(c)).isEqualTo(2);
        // the manager reviews the order's limit that was missed, not the request's
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.MISSED_DEADLINE_PROCESS)
                .processInstanceBusinessKey(Long.toString(c.getId()))
                .variableValueEquals("timeLimit", "ORDERED_FINAL_PLAN_AFTER_ASSESSMENT").count()).isEqualTo(1);

        // the assessment goes on as any other: the decision not to issue closes the order's limits
        today(LocalDate.of(2026, 6, 12));
        giveAllAdvice(c, LocalDate.of(2026, 6, 12));
        assessments.decideWhetherToIssue(c.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.DO_NOT_ISSUE, false,
                "The school can meet her needs from its own resources.", LocalDate.of(2026, 6, 12)), caseworker);
        assertThat(pi).isEnded().hasPassed("noPlanIssued", "caseClosed");
        assertThat(milestone(c, TimeLimit.ORDERED_DECISION_NOT_TO_ISSUE).getDoneOn()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(milestone(c, TimeLimit.ORDERED_FINAL_PLAN_AFTER_ASSESSMENT).getDoneOn()).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(queries.visibleCase(c.getId(), caseworker).getNextDueOn()).isNull();
    }

    @Test
    void aConcessionOnARefusalToIssue_reentersAtTheDraft_withFiveAndElevenWeeks_fromTheDayTheTribunalWasTold() {
        AssessmentCase c = refusedToIssue();
        // Monday 18 May 2026: the council tells the Tribunal it will not oppose (reg 45)
        ProcessInstance pi = reentered(c, OrderKind.MAKE_PLAN, LocalDate.of(2026, 5, 18), true);
        assertThat(pi).hasPassed("orderedByTribunal", "planOrderedSplit", "assessmentStarts", "planOrderedGateway", "draftToWrite")
                .hasNotPassed("assessment", "notifyOrderedAssessment").isWaitingAt("writeDraftPlan", "orderedDraftReminder");
        AssessmentCase now = queries.visibleCase(c.getId(), caseworker);
        assertThat(now.getStage()).isEqualTo(CaseStage.DRAFTING_PLAN);
        assertThat(now.isOrderConceded()).isTrue();
        // 5 weeks: Monday 22 June; 11 weeks: Monday 3 August
        assertThat(milestone(c, TimeLimit.ORDERED_DRAFT_PLAN).getDueOn()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(now.getFinalPlanDue()).isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(milestone(c, TimeLimit.ORDERED_FINAL_PLAN).getDueOn()).isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(now.getNextDueOn()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(timeline(c)).anyMatch(e -> e.getText().startsWith("The council conceded the appeal on 18 May 2026"));
        timerAtNine(pi, "finalPlanReminder", LocalDate.of(2026, 7, 13));
        timerAtNine(pi, "finalPlanDue", LocalDate.of(2026, 8, 4));

        Job reminder = timerAtNine(pi, "orderedDraftReminder", LocalDate.of(2026, 6, 15));
        now(LocalDate.of(2026, 6, 15), LocalTime.of(9, 1));
        execute(reminder);
        assertThat(timeline(c)).anyMatch(e -> e.getKind() == CaseEventKind.REMINDER && e.getText().contains("22 June 2026"));
        Job due = timerAtNine(pi, "orderedDraftDue", LocalDate.of(2026, 6, 23));
        now(LocalDate.of(2026, 6, 23), LocalTime.of(9, 1));
        execute(due);
        assertThat(pi).hasPassed("remindOrderedDraft", "escalateOrderedDraft", "orderedDraftClockEnded").isWaitingAt("writeDraftPlan");
        assertThat(milestone(c, TimeLimit.ORDERED_DRAFT_PLAN).isOverdue()).isTrue();
        assertThat(managerReviews(c)).isEqualTo(1);

        // a late draft is still the draft; the plan goes on to the final plan within the order's 11 weeks
        today(LocalDate.of(2026, 6, 24));
        assessments.writeDraftPlan(c.getId(), draft(LocalDate.of(2026, 6, 24)), caseworker);
        assertThat(milestone(c, TimeLimit.ORDERED_DRAFT_PLAN).getDoneOn()).isEqualTo(LocalDate.of(2026, 6, 24));
        assessments.commentOnDraft(c.getId(), new Commands.CommentOnDraft("Thank you.", "Hillcrest Academy", false, false), parent);
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true, "We can meet the needs.",
                LocalDate.of(2026, 6, 24)), caseworker);
        today(LocalDate.of(2026, 7, 20));
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", LocalDate.of(2026, 7, 20)), caseworker);
        assertThat(pi).isEnded().hasPassed("finalPlanIssued", "caseClosed");
        assertThat(milestone(c, TimeLimit.ORDERED_FINAL_PLAN).getDoneOn()).isEqualTo(LocalDate.of(2026, 7, 20));
        assertThat(milestone(c, TimeLimit.ORDERED_FINAL_PLAN).isOverdue()).isFalse();
    }

    @Test
    void anOrderAboutThePlansContents_waitsForTheAmendedPlan_fiveWeeks_remindedAndEscalated() {
        AssessmentCase c = caseAt(CaseStage.FINALISING_PLAN);
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", LocalDate.of(2026, 4, 1)), caseworker);
        // Wednesday 20 May 2026: the Tribunal orders sections B and F amended
        LocalDate ordered = LocalDate.of(2026, 5, 20);
        today(ordered);
        // an order needs the decision it is about: this case was never refused an assessment
        assertThatThrownBy(() -> assessments.reenterByOrder(c.getId(), OrderKind.ASSESS, ordered, false))
                .isInstanceOf(uk.ehctracker.common.ConflictException.class);
        ProcessInstance pi = reentered(c, OrderKind.AMEND_PLAN, ordered, false);
        assertThat(pi).hasPassed("orderedByTribunal", "orderedToGateway").isWaitingAt("issueAmendedPlan")
                .task().hasCandidateGroup("la:LA1:caseworker");
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(CaseStage.AMENDING_PLAN);
        // reg 44: within 5 weeks, Wednesday 24 June
        assertThat(milestone(c, TimeLimit.ORDERED_AMENDED_PLAN).getDueOn()).isEqualTo(LocalDate.of(2026, 6, 24));
        assertThat(queries.visibleCase(c.getId(), caseworker).getNextDueOn()).isEqualTo(LocalDate.of(2026, 6, 24));

        Job reminder = timerAtNine(pi, "amendedPlanReminder", LocalDate.of(2026, 6, 17));
        Job due = timerAtNine(pi, "amendedPlanDue", LocalDate.of(2026, 6, 25));
        now(LocalDate.of(2026, 6, 17), LocalTime.of(9, 1));
        execute(reminder);
        assertThat(pi).hasPassed("remindAmendedPlan", "amendedPlanReminded");
        assertThat(timeline(c)).anyMatch(e -> e.getKind() == CaseEventKind.REMINDER && e.getText().contains("24 June 2026"));
        now(LocalDate.of(2026, 6, 25), LocalTime.of(9, 1));
        execute(due);
        assertThat(pi).hasPassed("escalateAmendedPlan", "amendedPlanEscalated").isWaitingAt("issueAmendedPlan");
        assertThat(milestone(c, TimeLimit.ORDERED_AMENDED_PLAN).isOverdue()).isTrue();
        assertThat(managerReviews(c)).isEqualTo(1);

        today(LocalDate.of(2026, 6, 26));
        // not before the order, and recorded by the LA's staff
        assertThatThrownBy(() -> assessments.issueAmendedPlan(c.getId(), LocalDate.of(2026, 5, 19), caseworker))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("issuedOn"));
        assessments.issueAmendedPlan(c.getId(), LocalDate.of(2026, 6, 26), caseworker);
        assertThat(pi).isEnded().hasPassed("amendedPlanIssued");
        assertThat(queries.visibleCase(c.getId(), caseworker).getStage()).isEqualTo(CaseStage.PLAN_ISSUED);
        assertThat(milestone(c, TimeLimit.ORDERED_AMENDED_PLAN).getDoneOn()).isEqualTo(LocalDate.of(2026, 6, 26));
    }

    @Test
    void aConcessionAboutTheSettingOnly_waitsForTheAmendedPlan_twoWeeks() {
        AssessmentCase c = caseAt(CaseStage.FINALISING_PLAN);
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", LocalDate.of(2026, 4, 1)), caseworker);
        // Monday 7 September 2026: the council tells the Tribunal it will not oppose an appeal about section I only
        LocalDate told = LocalDate.of(2026, 9, 7);
        ProcessInstance pi = reentered(c, OrderKind.NAME_SETTING, told, true);
        assertThat(pi).isWaitingAt("issueAmendedPlan");
        // reg 45(5): within 2 weeks of telling the Tribunal, Monday 21 September, not the 5 weeks of a content appeal
        assertThat(milestone(c, TimeLimit.ORDERED_AMENDED_PLACEMENT).getDueOn()).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(queries.visibleCase(c.getId(), caseworker).getNextDueOn()).isEqualTo(LocalDate.of(2026, 9, 21));
        Job reminder = timerAtNine(pi, "amendedPlanReminder", LocalDate.of(2026, 9, 14));
        Job due = timerAtNine(pi, "amendedPlanDue", LocalDate.of(2026, 9, 22));
        now(LocalDate.of(2026, 9, 14), LocalTime.of(9, 1));
        execute(reminder);
        assertThat(timeline(c)).anyMatch(e -> e.getKind() == CaseEventKind.REMINDER && e.getText().contains("21 September 2026"));
        now(LocalDate.of(2026, 9, 22), LocalTime.of(9, 1));
        execute(due);
        assertThat(milestone(c, TimeLimit.ORDERED_AMENDED_PLACEMENT).isOverdue()).isTrue();

        today(LocalDate.of(2026, 9, 23));
        assessments.issueAmendedPlan(c.getId(), LocalDate.of(2026, 9, 23), caseworker);
        assertThat(pi).isEnded().hasPassed("amendedPlanIssued");
        assertThat(milestone(c, TimeLimit.ORDERED_AMENDED_PLACEMENT).getDoneOn()).isEqualTo(LocalDate.of(2026, 9, 23));
    }

    /** The order (or the concession) recorded on its day: the case's assessment, running again. */
    private ProcessInstance reentered(AssessmentCase c, OrderKind kind, LocalDate on, boolean conceded) {
        today(on);
        assessments.reenterByOrder(c.getId(), kind, on, conceded);
        return instance(c);
    }

    /** Received Monday 1 September 2025, refused on 6 October 2025. */
    private AssessmentCase refusedToAssess() {
        today(LocalDate.of(2025, 9, 1));
        AssessmentCase c = requestReceivedOn(LocalDate.of(2025, 9, 1));
        today(LocalDate.of(2025, 10, 6));
        assessments.decideWhetherToAssess(c.getId(), notAssessing(LocalDate.of(2025, 10, 6)), caseworker);
        return c;
    }

    /** Received Monday 1 September 2025, assessed, refused a plan on 3 November 2025. */
    private AssessmentCase refusedToIssue() {
        today(LocalDate.of(2025, 9, 1));
        AssessmentCase c = requestReceivedOn(LocalDate.of(2025, 9, 1));
        today(LocalDate.of(2025, 9, 15));
        assessments.decideWhetherToAssess(c.getId(), assessing(LocalDate.of(2025, 9, 15)), caseworker);
        giveAllAdvice(c, LocalDate.of(2025, 9, 15));
        today(LocalDate.of(2025, 11, 3));
        assessments.decideWhetherToIssue(c.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.DO_NOT_ISSUE, false,
                "The school can meet her needs from its own resources.", LocalDate.of(2025, 11, 3)), caseworker);
        return c;
    }

    // ---- notices: the day sent, not a typed date (HESC Rules r20; docs/law.md s7) ----

    @Test
    void aDecisionRecordedToday_madeTenDaysAgo_countsItsAppealFromTheDayTheNoticeIsSent() {
        AssessmentCase c = request();
        LocalDate today = LocalDate.of(2026, 3, 31);
        LocalDate decidedOn = today.minusDays(10);
        today(today);
        assessments.decideWhetherToAssess(c.getId(), notAssessing(decidedOn), caseworker);

        Decision decision = queries.decisions(c.getId(), caseworker).get(0);
        assertThat(decision.getDecidedOn()).isEqualTo(decidedOn);
        assertThat(decision.getNoticeSentOn()).isEqualTo(today);
        // HESC Rules r20: two months after the notice was sent: 31 March + 2 months = Sunday 31 May;
        // r12(2): Monday 1 June (counted from the decision, 21 March + 2 months, it would be Thursday 21 May)
        assertThat(pages.appealDeadline(decision)).isEqualTo(LocalDate.of(2026, 6, 1));
        // reg 5(1): notified within 6 weeks: met on the day the notice is sent
        assertThat(milestone(c, TimeLimit.DECISION_TO_ASSESS).getDoneOn()).isEqualTo(today);
        Letter refusal = letters(c, NoticeType.DECISION_NOT_TO_ASSESS).get(0);
        assertThat(refusal.getIssuedOn()).isEqualTo(today);
        assertThat(refusal.getHtml()).contains("1 June 2026").doesNotContain("21 May 2026");
    }

    @Test
    void aDecisionCannotBeDatedAfterTodayNorBeforeTheRequest_andNothingIsWritten() {
        AssessmentCase c = request();
        ProcessInstance pi = instance(c);
        today(LocalDate.of(2026, 3, 20));
        for (LocalDate wrong : List.of(LocalDate.of(2026, 3, 21), RECEIVED.minusDays(1))) {
            assertThatThrownBy(() -> assessments.decideWhetherToAssess(c.getId(), notAssessing(wrong), caseworker))
                    .isInstanceOf(BadInputException.class)
                    .satisfies(e -> assertThat(((BadInputException) e).problems()).extracting("field").containsOnly("decidedOn"));
        }
        assertThat(queries.decisions(c.getId(), caseworker)).isEmpty();
        assertThat(letters(c, NoticeType.DECISION_NOT_TO_ASSESS)).isEmpty();
        assertThat(pi).isWaitingAt("decideWhetherToAssess");
    }

    // ---- young people over compulsory school age (CFA s80, s83(2); EA 1996 s8; docs/law.md s8) ----

    @Test
    void aYoungPersonOverCompulsorySchoolAge_isSentTheNotices_andTheParentOnlyWithTheirAgreement() {
        // born 31 August 2009: over compulsory school age from 28 June 2025; the parent asked
        Child child = people.newChildOfParent(LocalDate.of(2009, 8, 31));
        AssessmentCase c = requestFor(child);
        List<Letter> considering = letters(c, NoticeType.CONSIDERING_ASSESSMENT);
        assertThat(considering).extracting(Letter::getRecipientRole)
                .contains(RecipientRole.YOUNG_PERSON).doesNotContain(RecipientRole.PARENT);
        assertThat(considering).filteredOn(l -> l.getRecipientRole() == RecipientRole.YOUNG_PERSON).singleElement()
                .extracting(Letter::getRecipientName).isEqualTo(child.getFullName());

        // recorded on the child: the young person agrees that their parent is copied
        child.recordYoungPersonsWishes(null, true);
        directory.save(child);
        today(LocalDate.of(2026, 3, 31));
        assessments.decideWhetherToAssess(c.getId(), notAssessing(LocalDate.of(2026, 3, 31)), caseworker);
        List<Letter> refusal = letters(c, NoticeType.DECISION_NOT_TO_ASSESS);
        assertThat(refusal).extracting(Letter::getRecipientRole).contains(RecipientRole.YOUNG_PERSON, RecipientRole.PARENT);
        assertThat(refusal).filteredOn(l -> l.getRecipientRole().isFamily())
                .allSatisfy(l -> assertThat(l.getHtml()).contains("You must appeal by 1 June 2026."));
    }

    @Test
    void aYoungPersonWhoLacksCapacity_isSentTheNotices_andTheirRepresentativeACopyWithTheAppealRights() {
        Child child = people.newChildOfParent(LocalDate.of(2009, 8, 31));
        child.recordRepresentative("Farah Khan (deputy)", null);
        directory.save(child);
        AssessmentCase c = requestFor(child);
        today(LocalDate.of(2026, 3, 31));
        assessments.decideWhetherToAssess(c.getId(), notAssessing(LocalDate.of(2026, 3, 31)), caseworker);
        List<Letter> refusal = letters(c, NoticeType.DECISION_NOT_TO_ASSESS);
        assertThat(refusal).extracting(Letter::getRecipientRole)
                .contains(RecipientRole.YOUNG_PERSON, RecipientRole.REPRESENTATIVE).doesNotContain(RecipientRole.PARENT);
        assertThat(refusal).filteredOn(l -> l.getRecipientRole() == RecipientRole.REPRESENTATIVE).singleElement()
                .satisfies(l -> assertThat(l.getHtml()).contains("Farah Khan (deputy)", "You must appeal by 1 June 2026."));
    }

    @Test
    void aChildBecomesAYoungPerson_theDayAfterTheLastFridayInJune_andFromThenTheNoticesAreTheirs() {
        // born 1 September 2009: a child until Friday 26 June 2026, a young person from 27 June
        Child child = people.newChildOfParent(LocalDate.of(2009, 9, 1));
        AssessmentCase c = requestFor(child);
        assertThat(letters(c, NoticeType.CONSIDERING_ASSESSMENT)).extracting(Letter::getRecipientRole)
                .contains(RecipientRole.PARENT).doesNotContain(RecipientRole.YOUNG_PERSON);
        today(LocalDate.of(2026, 3, 16));
        assessments.decideWhetherToAssess(c.getId(), assessing(LocalDate.of(2026, 3, 16)), caseworker);
        today(LocalDate.of(2026, 4, 1));
        giveAllAdvice(c, LocalDate.of(2026, 4, 1));

        today(LocalDate.of(2026, 6, 27));
        assessments.decideWhetherToIssue(c.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.DO_NOT_ISSUE, false,
                "The college can meet the needs from its own resources.", LocalDate.of(2026, 6, 26)), caseworker);
        assertThat(letters(c, NoticeType.DECISION_NOT_TO_ISSUE)).extracting(Letter::getRecipientRole)
                .containsExactly(RecipientRole.YOUNG_PERSON);
    }

    private AssessmentCase requestFor(Child child) {
        return assessments.submitRequest(new Commands.NewRequest(child.getId(), RequestedBy.PARENT, RECEIVED,
                "Needs support to take part in lessons.", "Aisha Khan", null), caseworker);
    }

    // ---- the family's 15 days from the day the draft is served (reg 13(1)) ----

    @Test
    void theDraftIsServedTheDayItIsRecorded_anEarlierTypedDateIsRefused() {
        AssessmentCase c = caseAt(CaseStage.DRAFTING_PLAN);
        ProcessInstance pi = instance(c);
        today(LocalDate.of(2026, 5, 4));
        assertThatThrownBy(() -> assessments.writeDraftPlan(c.getId(), draft(LocalDate.of(2026, 4, 27)), caseworker))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).problems()).extracting("field").containsOnly("servedOn"));
        assertThat(pi).isWaitingAt("writeDraftPlan");
        assertThat(queries.visibleCase(c.getId(), caseworker).getDraftServedOn()).isNull();
        assertThat(letters(c, NoticeType.DRAFT_PLAN)).isEmpty();

        // no date typed: served today; 15 days beginning with 4 May end on 18 May
        assessments.writeDraftPlan(c.getId(), draft(null), caseworker);
        AssessmentCase served = queries.visibleCase(c.getId(), caseworker);
        assertThat(served.getDraftServedOn()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(served.getDraftCommentsDue()).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(served.getDraftServedOn(), served.getDraftCommentsDue()) + 1)
                .isGreaterThanOrEqualTo(15);
    }

    // ---- exceptions within their period (reg 5(4), 8(2), 10(4), 13(3); docs/law.md s4) ----

    @Test
    void anExceptionOutsideTheLimitsPeriod_orForALimitMet_isRefusedUnderItsField_andNothingIsWritten() {
        AssessmentCase c = request();
        today(LocalDate.of(2026, 3, 20));
        // the 6 weeks run from 2 March to 13 April
        record(c, TimeLimit.DECISION_TO_ASSESS, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 1), "to");
        record(c, TimeLimit.DECISION_TO_ASSESS, LocalDate.of(2026, 4, 14), null, "from");
        record(c, TimeLimit.DECISION_TO_ASSESS, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 15), "to");
        // no advice asked for yet
        record(c, TimeLimit.ADVICE, LocalDate.of(2026, 3, 16), null, "limit");
        assertThat(queries.record(c.getId(), caseworker).exceptions()).isEmpty();
        assertThat(letters(c, NoticeType.EXCEPTION_APPLIED)).isEmpty();

        // it may begin before the request, if it runs into the limit's period
        assessments.recordException(c.getId(), new Commands.RecordException(TimeLimit.DECISION_TO_ASSESS,
                ExceptionReason.ABSENT_FROM_AREA, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 10),
                "The family was abroad from 1 February to 10 March."), caseworker);
        assertThat(queries.record(c.getId(), caseworker).exceptions()).hasSize(1);

        // a limit met cannot be excepted
        assessments.decideWhetherToAssess(c.getId(), assessing(LocalDate.of(2026, 3, 20)), caseworker);
        record(c, TimeLimit.DECISION_TO_ASSESS, LocalDate.of(2026, 3, 16), null, "limit");
        assertThat(queries.record(c.getId(), caseworker).exceptions()).hasSize(1);
    }

    private void record(AssessmentCase c, TimeLimit limit, LocalDate from, LocalDate to, String field) {
        var cmd = new Commands.RecordException(limit, ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, from, to,
                "A family bereavement.");
        assertThatThrownBy(() -> assessments.recordException(c.getId(), cmd, caseworker))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).problems()).extracting("field").containsOnly(field));
    }

    @Test
    void anExceptionRecordedBeforeTheDueDate_stopsTheEscalation() {
        AssessmentCase c = request();
        ProcessInstance pi = instance(c);
        today(LocalDate.of(2026, 3, 20));
        assessments.recordException(c.getId(), new Commands.RecordException(TimeLimit.DECISION_TO_ASSESS,
                ExceptionReason.ABSENT_FROM_AREA, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 4, 24),
                "The family is abroad until 24 April (reg 5(4)(d))."), caseworker);
        assertThat(letters(c, NoticeType.EXCEPTION_APPLIED)).hasSize(1);

        now(LocalDate.of(2026, 4, 14), LocalTime.of(9, 1));
        execute(timer(pi, "decisionToAssessDue"));

        assertThat(pi).hasPassed("escalateDecisionToAssess");
        assertThat(milestone(c, TimeLimit.DECISION_TO_ASSESS).isOverdue()).isFalse();
        assertThat(managerReviews(c)).isZero();
        assertThat(timeline(c)).anyMatch(e -> e.getKind() == CaseEventKind.EXCEPTION && e.getText().contains("does not apply"));
    }

    @Test
    void adviceIsChasedAtWeekFour_andEscalatedAtWeekSix() {
        AssessmentCase c = assessedCase();
        ProcessInstance pi = instance(c);
        AdviceRequest psychology = adviceOf(c, AdviceKind.PSYCHOLOGICAL);
        // decided (and advice asked for) on 16 March: due 27 April, chased 13 April
        Job chaser = adviceTimer(pi, "adviceChaser", psychology);
        Job due = adviceTimer(pi, "adviceDue", psychology);
        assertThat(chaser.getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 4, 13)));
        // reg 8(1): due 27 April, the last lawful day; escalated at 09:00 on 28 April
        assertThat(due.getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 4, 28)));

        now(LocalDate.of(2026, 4, 13), LocalTime.of(9, 1));
        execute(chaser);
        assertThat(pi).hasPassed("chaseAdvice", "adviceChased");
        now(LocalDate.of(2026, 4, 27), LocalTime.of(23, 59));
        runDueJobs(pi);
        assertThat(pi).hasNotPassed("escalateAdvice");
        assertThat(managerReviews(c)).isZero();
        now(LocalDate.of(2026, 4, 28), LocalTime.of(9, 1));
        execute(due);
        assertThat(pi).hasPassed("escalateAdvice", "adviceEscalated");
        assertThat(managerReviews(c)).isEqualTo(1);

        // the advice comes in late; the assessment goes on
        today(LocalDate.of(2026, 4, 29));
        giveAllAdvice(c, LocalDate.of(2026, 4, 29));
        assertThat(pi).isWaitingAt("decideWhetherToIssuePlan");
    }

    @Test
    void theSixteenAndTwentyWeekLimits_areRemindedAndEscalated_whileTheAssessmentRuns() {
        AssessmentCase c = assessedCase();
        ProcessInstance pi = instance(c);

        Job issueReminder = timer(pi, "decisionToIssueReminder");
        Job issueDue = timer(pi, "decisionToIssueDue");
        Job planReminder = timer(pi, "finalPlanReminder");
        Job planDue = timer(pi, "finalPlanDue");
        assertThat(issueReminder.getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 6, 15)));
        // reg 10(1): due 22 June, escalated the morning after
        assertThat(issueDue.getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 6, 23)));
        // week 17 and the morning after week 20 (reg 13(2): due 20 July)
        assertThat(planReminder.getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 6, 29)));
        assertThat(planDue.getDuedate()).isEqualTo(nineAm(LocalDate.of(2026, 7, 21)));

        for (Job job : List.of(issueReminder, issueDue, planReminder, planDue)) {
            ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 60_000));
            execute(job);
        }
        assertThat(pi).hasPassed("remindDecisionToIssue", "decisionToIssueReminded", "escalateDecisionToIssue",
                "decisionToIssueEscalated", "remindFinalPlan", "finalPlanReminded", "escalateFinalPlan", "finalPlanEscalated");
        assertThat(milestone(c, TimeLimit.DECISION_NOT_TO_ISSUE).isOverdue()).isTrue();
        assertThat(milestone(c, TimeLimit.FINAL_PLAN).isOverdue()).isTrue();
        assertThat(managerReviews(c)).isEqualTo(2);
    }

    @Test
    void theSchoolIsChased_whenItHasNotAnsweredTheConsultationInFifteenDays() {
        AssessmentCase c = caseAt(CaseStage.CONSULTING_SCHOOL);
        ProcessInstance pi = instance(c);
        Job due = timer(pi, "consultationDue");
        LocalDate consultationDue = queries.visibleCase(c.getId(), caseworker).getConsultationDue();
        // the school's 15 days include their last day: chased the morning after
        assertThat(due.getDuedate()).isEqualTo(nineAm(consultationDue.plusDays(1)));
        ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + 60_000));
        execute(due);
        assertThat(pi).hasPassed("chaseConsultation", "consultationChased").isWaitingAt("respondToConsultation");
    }

    // ---- what the service refuses ----

    @Test
    void aDecisionWithoutReasons_orInTheFuture_isRefusedAndNothingMoves() {
        AssessmentCase c = request();
        ProcessInstance pi = instance(c);
        var noReasons = new Commands.DecideWhetherToAssess(DecisionOutcome.ASSESS, true, true, Set.of(), Set.of(), " ", RECEIVED.plusDays(1));
        assertThatThrownBy(() -> assessments.decideWhetherToAssess(c.getId(), noReasons, caseworker))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).problems()).extracting("field").contains("reasons", "decidedOn"));
        // s36(8): where the child may have SEN and may need a plan, the LA must assess
        var unlawfulRefusal = new Commands.DecideWhetherToAssess(DecisionOutcome.DO_NOT_ASSESS, true, true, Set.of(), Set.of(),
                "Below our local threshold.", RECEIVED);
        assertThatThrownBy(() -> assessments.decideWhetherToAssess(c.getId(), unlawfulRefusal, caseworker))
                .isInstanceOf(BadInputException.class).hasMessageContaining("must assess");
        assertThat(pi).isWaitingAt("decideWhetherToAssess");
        assertThat(queries.decisions(c.getId(), caseworker)).isEmpty();
    }

    // ---- helpers: the case at each stage ----

    private AssessmentCase request() {
        return requestReceivedOn(RECEIVED);
    }

    private AssessmentCase requestReceivedOn(LocalDate received) {
        Child child = people.newChildOfParent(LocalDate.of(2018, 5, 14));
        return assessments.submitRequest(new Commands.NewRequest(child.getId(), RequestedBy.PARENT, received,
                "Amira's reading has not moved in two years despite two cycles of SEN support.", "Aisha Khan", null), caseworker);
    }

    /** Decided to assess on 16 March 2026, advice asked for the same day. */
    private AssessmentCase assessedCase() {
        AssessmentCase c = request();
        today(LocalDate.of(2026, 3, 16));
        assessments.decideWhetherToAssess(c.getId(), assessing(LocalDate.of(2026, 3, 16)), caseworker);
        today(LocalDate.of(2026, 4, 1));
        return c;
    }

    private AssessmentCase caseAt(CaseStage stage) {
        AssessmentCase c = stage == CaseStage.DECIDING_WHETHER_TO_ASSESS ? request() : assessedCase();
        if (stage == CaseStage.DECIDING_WHETHER_TO_ASSESS || stage == CaseStage.GATHERING_ADVICE) {
            return c;
        }
        giveAllAdvice(c, LocalDate.of(2026, 4, 1));
        if (stage == CaseStage.DECIDING_WHETHER_TO_ISSUE) {
            return c;
        }
        assessments.decideWhetherToIssue(c.getId(), issuing(LocalDate.of(2026, 4, 1)), caseworker);
        if (stage == CaseStage.DRAFTING_PLAN) {
            return c;
        }
        assessments.writeDraftPlan(c.getId(), draft(LocalDate.of(2026, 4, 1)), caseworker);
        if (stage == CaseStage.DRAFT_WITH_FAMILY) {
            return c;
        }
        boolean noSchool = stage == CaseStage.CHOOSING_SETTING;
        assessments.commentOnDraft(c.getId(), new Commands.CommentOnDraft("Thank you.", noSchool ? null : "Hillcrest Academy",
                false, false), parent);
        if (stage == CaseStage.FINALISING_PLAN) {
            assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true, "We can meet the needs.",
                    LocalDate.of(2026, 4, 1)), caseworker);
        }
        return c;
    }

    private void giveAllAdvice(AssessmentCase c, LocalDate on) {
        for (AdviceRequest a : queries.advice(c.getId(), caseworker)) {
            if (!a.isOpen()) {
                continue;
            }
            CurrentUser adviser = switch (a.getKind()) {
                case PARENT -> parent;
                case EDUCATIONAL -> people.user("senco");
                case PSYCHOLOGICAL -> professional;
                case MEDICAL -> people.user("health");
                default -> people.user("socialcare");
            };
            assessments.giveAdvice(new Commands.GiveAdvice(a.getId(), "Advice: needs support with reading and attention.", on), adviser);
        }
    }

    private static Commands.DecideWhetherToAssess assessing(LocalDate on) {
        return new Commands.DecideWhetherToAssess(DecisionOutcome.ASSESS, true, true,
                Set.of("ATTAINMENT_AND_PROGRESS", "ACTION_BY_SETTING"), Set.of(),
                "Progress is well below expectations despite targeted support; she may need provision through a plan.", on);
    }

    private static Commands.DecideWhetherToAssess notAssessing(LocalDate on) {
        return new Commands.DecideWhetherToAssess(DecisionOutcome.DO_NOT_ASSESS, true, false,
                Set.of("ATTAINMENT_AND_PROGRESS"), Set.of(),
                "The school's support is working: she is making good progress and need not have a plan.", on);
    }

    private static Commands.DecideWhetherToIssue issuing(LocalDate on) {
        return new Commands.DecideWhetherToIssue(DecisionOutcome.ISSUE, true,
                "The provision needed is beyond what the school can provide from its own resources.", on);
    }

    private static Commands.WriteDraftPlan draft(LocalDate servedOn) {
        Map<PlanSectionName, String> sections = new EnumMap<>(PlanSectionName.class);
        sections.put(PlanSectionName.A, "Amira loves drawing and wants to be a vet.");
        sections.put(PlanSectionName.B, "Specific learning difficulty affecting reading and spelling.");
        sections.put(PlanSectionName.E, "By the end of key stage 2, Amira reads age-appropriate texts independently.");
        sections.put(PlanSectionName.F, "Daily structured phonics, 1:1, 30 minutes, by a trained teaching assistant.");
        sections.put(PlanSectionName.I, "Mainstream primary school");
        return new Commands.WriteDraftPlan(sections, servedOn);
    }

    // ---- helpers: engine and clock ----

    /** Runs every job of the process that is due at the engine's current time (as the job executor would). */
    private void runDueJobs(ProcessInstance pi) {
        for (Job job : management.createJobQuery().processInstanceId(pi.getId()).executable().list()) {
            management.executeJob(job.getId());
        }
    }


    private ProcessInstance instance(AssessmentCase c) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ASSESSMENT_PROCESS)
                .processInstanceBusinessKey(Long.toString(c.getId())).singleResult();
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }

    /** The element's timer, set for 09:00 London on {@code day}. */
    private Job timerAtNine(ProcessInstance pi, String activityId, LocalDate day) {
        Job job = timer(pi, activityId);
        assertThat(job.getDuedate()).as(activityId).isEqualTo(nineAm(day));
        return job;
    }

    private Job adviceTimer(ProcessInstance pi, String activityId, AdviceRequest advice) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list().stream()
                .filter(j -> advice.getId().equals(runtime.getVariable(j.getExecutionId(), "adviceRequestId")))
                .findFirst().orElseThrow();
    }

    private AdviceRequest adviceOf(AssessmentCase c, AdviceKind kind) {
        return queries.advice(c.getId(), caseworker).stream().filter(a -> a.getKind() == kind).findFirst().orElseThrow();
    }

    private Milestone milestone(AssessmentCase c, TimeLimit limit) {
        return queries.milestones(c.getId(), caseworker).stream()
                .filter(m -> m.getTimeLimit() == limit && m.getAdviceId() == null).findFirst().orElseThrow();
    }

    private List<Letter> letters(AssessmentCase c, NoticeType type) {
        return queries.letters(c.getId(), caseworker).stream().filter(l -> l.getNoticeType() == type).toList();
    }

    private List<CaseEvent> timeline(AssessmentCase c) {
        return queries.timeline(c.getId(), caseworker);
    }

    private long managerReviews(AssessmentCase c) {
        return tasks.createTaskQuery().processDefinitionKey(ProcessNames.MISSED_DEADLINE_PROCESS)
                .processInstanceBusinessKey(Long.toString(c.getId()))
                .taskCandidateGroup("la:LA1:manager").count();
    }
}
