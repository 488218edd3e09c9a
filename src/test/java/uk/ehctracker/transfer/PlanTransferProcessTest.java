package uk.ehctracker.transfer;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Role;
import uk.ehctracker.review.ReviewOutcome;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.testing.ProcessTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;
import uk.ehctracker.workflow.ProcessNames;
import uk.ehctracker.statutory.PhaseTransfer;

/**
 * bpmn/plan-transfer.bpmn on every path and timer, driven through the services as the two
 * councils use them, from a plan issued through the assessment (Northbridge, LA1) to a family
 * moving to Southvale (LA2). The engine clock is moved and timer jobs executed by hand. Every date
 * is worked out by hand from reg 15 (docs/law.md s9, "Moving to another council"): working days
 * skip weekends, Good Friday and the bank holidays (reg 2(1); 2027: Good Friday 26 March, Easter
 * Monday 29 March); "within 15 working days beginning with" a day counts that day as the first;
 * "within 6 weeks of" the transfer is the transfer + 42 days; the new council's review is due by
 * the later of 12 months from the plan (CFA s44(1)) and 3 months from the transfer (reg 15(5)).
 */
@ProcessTest
@TestPropertySource(properties = {"ehc.test.coverage.fixtures=ehc-needs-assessment,annual-review,missed-deadline-review",
        "ehc.test.coverage.measured=plan-transfer"})
class PlanTransferProcessTest {

    /** The plan is dated Wednesday 1 April 2026; its first review is due by Thursday 1 April 2027. */
    static final LocalDate PLAN = LocalDate.of(2026, 4, 1);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TransferService transfers;
    @Autowired ReviewService reviews;
    @Autowired AssessmentQueries cases;
    @Autowired TestPeople people;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    CurrentUser northbridge;
    CurrentUser southvale;
    CurrentUser parent;
    /** A caseworker of a third council, which the move never touches. */
    CurrentUser elsewhere;
    long southvaleId;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        northbridge = people.user("caseworker");
        southvale = people.user("caseworker2");
        parent = people.user("parent");
        southvaleId = southvale.laId();
        elsewhere = new CurrentUser(northbridge.userId(), "elsewhere", "A caseworker elsewhere", Role.LA_CASEWORKER, 987_654L, "LA9",
                null, null, null, null);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void learnedOfLateAcrossEaster_transferredLateAndEscalated_threeMonthsFromTheTransferGiveTheReviewDate() {
        long caseId = planIssued();
        // Wednesday 24 March 2027: Northbridge hears the family moves to Southvale on Monday 5 April 2027
        today(LocalDate.of(2027, 3, 24));
        assertThat(transfers.mayRecordMove(caseId, northbridge)).isTrue();
        assertThat(transfers.destinations(caseId, northbridge)).extracting(TransferService.Council::name).containsExactly("Southvale Council");
        assertThatThrownBy(() -> transfers.recordMove(caseId, northbridge.laId(), LocalDate.of(2027, 3, 24), LocalDate.of(2027, 4, 5),
                northbridge)).isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("toLaId"));
        // the council the family moves to, and anyone else, cannot touch the case before the plan is theirs
        assertThatThrownBy(() -> transfers.recordMove(caseId, southvaleId, LocalDate.of(2027, 3, 24), LocalDate.of(2027, 4, 5), southvale))
                .isInstanceOf(NotFoundException.class);
        transfers.recordMove(caseId, southvaleId, LocalDate.of(2027, 3, 24), LocalDate.of(2027, 4, 5), northbridge);
        ProcessInstance pi = instance(caseId);
        assertThat(pi).isWaitingAt("transferPlan").task().hasCandidateGroup("la:LA1:caseworker");
        assertThatThrownBy(() -> transfers.recordMove(caseId, southvaleId, LocalDate.of(2027, 3, 24), LocalDate.of(2027, 4, 5),
                northbridge)).isInstanceOf(ConflictException.class);

        TransferService.View moving = view(caseId, northbridge);
        // reg 15(2): 24 March is 7 working days before 5 April (25, 30, 31 March, 1, 2 April, ...), not 15: late.
        // 15 working days beginning with Wed 24 March: 24, 25 (26 Good Friday, 29 Easter Monday skipped), 30, 31 March,
        // 1, 2, 5, 6, 7, 8, 9, 12, 13, 14, 15 April: Thursday 15 April 2027 (Tuesday 13 April without the two holidays)
        assertThat(moving.awareInTime()).isFalse();
        assertThat(moving.transferDueBy()).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(moving.nextStep()).isEqualTo("Northbridge Council transfers the plan to Southvale Council by 15 April 2027");
        // the family reads where the plan is going
        assertThat(view(caseId, parent).toLa()).isEqualTo("Southvale Council");
        assertThatThrownBy(() -> transfers.view(caseId, southvale)).isInstanceOf(NotFoundException.class);

        // still not transferred at the end of Thursday 15 April: Northbridge's managers are told on Friday 16 April
        fires(pi, "transferDue", LocalDate.of(2027, 4, 16));
        assertThat(pi).isWaitingAt("transferPlan");
        assertThat(managerReviews(caseId)).containsExactly(List.of("TRANSFER", "la:LA1:manager"));

        // the plan cannot go before the day of the move; it goes on Monday 19 April 2027, late
        today(LocalDate.of(2027, 4, 19));
        assertThatThrownBy(() -> transfers.recordTransferred(caseId, LocalDate.of(2027, 4, 2), northbridge))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("transferredOn"));
        transfers.recordTransferred(caseId, LocalDate.of(2027, 4, 19), northbridge);
        assertThat(pi).isWaitingAt("tellFamilyOfTransfer").task().hasCandidateGroup("la:LA2:caseworker");

        // reg 15(3): the case and the child are Southvale's now; Northbridge keeps only its trace
        assertThat(cases.visibleCase(caseId, southvale).getId()).isEqualTo(caseId);
        assertThat(jdbc.queryForObject("SELECT c.la_id FROM assessment_case c WHERE c.id = ?", Long.class, caseId)).isEqualTo(southvaleId);
        assertThat(jdbc.queryForObject("SELECT ch.la_id FROM child ch JOIN assessment_case c ON c.child_id = ch.id WHERE c.id = ?",
                Long.class, caseId)).isEqualTo(southvaleId);
        assertThatThrownBy(() -> transfers.view(caseId, northbridge)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> transfers.recordFamilyTold(caseId, LocalDate.of(2027, 4, 19), false, LocalDate.of(2027, 7, 1), northbridge))
                .isInstanceOf(NotFoundException.class);
        TransferService.View trace = transfers.movedOut(northbridge).stream().filter(t -> t.caseId() == caseId).findFirst().orElseThrow();
        assertThat(trace.toLa()).isEqualTo("Southvale Council");
        assertThat(trace.transferredOn()).isEqualTo(LocalDate.of(2027, 4, 19));
        assertThat(trace.transferredInTime()).isFalse();
        assertThat(transfers.movedOut(southvale)).noneMatch(t -> t.caseId() == caseId);
        assertThat(transfers.movedOut(elsewhere)).isEmpty();
        assertThatThrownBy(() -> transfers.view(caseId, elsewhere)).isInstanceOf(NotFoundException.class);

        // reg 15(5): later of 1 April 2027 (12 months from the plan) and 19 July 2027 (3 months from 19 April): 19 July 2027.
        // Northbridge's first review, waiting for its window, stopped; Southvale's starts, routed to Southvale
        List<ReviewService.View> history = reviews.history(caseId, southvale);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).waitingAt()).isNull();
        ReviewService.View southvales = history.get(1);
        assertThat(southvales.countedFrom()).isEqualTo(PLAN);
        assertThat(southvales.reviewDueBy()).isEqualTo(LocalDate.of(2027, 7, 19));
        assertThat(reviewVariable(southvales.id(), ProcessNames.Variables.CASEWORKERS)).isEqualTo("la:LA2:caseworker");
        assertThat(jdbc.queryForObject("SELECT la_id FROM annual_review WHERE id = ?", Long.class, southvales.id())).isEqualTo(southvaleId);
        assertThatThrownBy(() -> reviews.decide(caseId, ReviewOutcome.KEEP, LocalDate.of(2027, 4, 19), null, northbridge))
                .isInstanceOf(NotFoundException.class);

        // reg 15(4): Southvale tells the family within 6 weeks of 19 April: by Monday 31 May 2027;
        // its caseworkers are reminded 2 weeks before, on Monday 17 May [practice]
        TransferService.View transferred = view(caseId, southvale);
        assertThat(transferred.familyToldBy()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(transfers.familiesToTell(southvale)).extracting(TransferService.View::caseId).contains(caseId);
        assertThat(transfers.familiesToTell(northbridge)).extracting(TransferService.View::caseId).doesNotContain(caseId);
        long reminders = remindersQueued(caseId);
        fires(pi, "familyNoticeReminder", LocalDate.of(2027, 5, 17));
        assertThat(remindersQueued(caseId)).isGreaterThan(reminders);
        assertThat(pi).isWaitingAt("tellFamilyOfTransfer");

        // Monday 24 May 2027: told, no new assessment, the review proposed for 1 July; never after 19 July (reg 15(4)(c), (5))
        today(LocalDate.of(2027, 5, 24));
        assertThatThrownBy(() -> transfers.recordFamilyTold(caseId, LocalDate.of(2027, 5, 24), false, LocalDate.of(2027, 7, 20), southvale))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("reviewProposedOn"));
        transfers.recordFamilyTold(caseId, LocalDate.of(2027, 5, 24), false, LocalDate.of(2027, 7, 1), southvale);
        assertThat(pi).isEnded().hasPassed("remindFamilyNotice", "planTransferred").hasNotPassed("escalateFamilyNotice");
        TransferService.View told = view(caseId, parent);
        assertThat(told.familyToldInTime()).isTrue();
        assertThat(told.reviewProposedOn()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(told.nextStep()).isEqualTo("Nothing: the plan is with Southvale Council");
        assertThat(transfers.familiesToTell(southvale)).extracting(TransferService.View::caseId).doesNotContain(caseId);
    }

    @Test
    void learnedOfInTime_transferredOnTheDayOfTheMove_twelveMonthsGiveTheReviewDate_andTheLateNoticeIsEscalated() {
        long caseId = planIssued();
        // Monday 5 October 2026: the move is on Monday 2 November 2026. 15 working days after 5 October is
        // Monday 26 October (6-9, 12-16, 19-23, 26 October), on or before the move: aware in time, the plan goes on 2 November
        today(LocalDate.of(2026, 10, 5));
        transfers.recordMove(caseId, southvaleId, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 2), northbridge);
        ProcessInstance pi = instance(caseId);
        TransferService.View moving = view(caseId, northbridge);
        assertThat(moving.awareInTime()).isTrue();
        assertThat(moving.transferDueBy()).isEqualTo(LocalDate.of(2026, 11, 2));

        today(LocalDate.of(2026, 11, 2));
        transfers.recordTransferred(caseId, LocalDate.of(2026, 11, 2), northbridge);
        assertThat(view(caseId, southvale).transferredInTime()).isTrue();
        assertThat(managerReviews(caseId)).isEmpty();
        // reg 15(5): later of 1 April 2027 (12 months from the plan) and 2 February 2027 (3 months from 2 November): 1 April 2027
        ReviewService.View southvales = reviews.view(caseId, southvale).orElseThrow();
        assertThat(southvales.reviewDueBy()).isEqualTo(LocalDate.of(2027, 4, 1));

        // reg 15(4): 6 weeks from Monday 2 November end on Monday 14 December 2026; not told by then:
        // Southvale's managers are told on Tuesday 15 December
        assertThat(view(caseId, southvale).familyToldBy()).isEqualTo(LocalDate.of(2026, 12, 14));
        fires(pi, "familyNoticeDue", LocalDate.of(2026, 12, 15));
        assertThat(managerReviews(caseId)).containsExactly(List.of("TRANSFER_NOTICE", "la:LA2:manager"));
        today(LocalDate.of(2026, 12, 16));
        assertThatThrownBy(() -> transfers.recordFamilyTold(caseId, LocalDate.of(2026, 12, 16), null, LocalDate.of(2027, 3, 1), southvale))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("proposesAssessment"));
        transfers.recordFamilyTold(caseId, LocalDate.of(2026, 12, 16), true, LocalDate.of(2027, 3, 1), southvale);
        assertThat(pi).isEnded().hasPassed("escalateFamilyNotice", "planTransferred");
        assertThat(view(caseId, southvale).familyToldInTime()).isFalse();
        // the plan moved: a second move is Southvale's to record, not Northbridge's
        assertThat(transfers.mayRecordMove(caseId, southvale)).isTrue();
    }

    @Test
    void aMoveBetweenPhasesRecordedAtTheOldCouncil_isStillTheOneTheNewCouncilsReviewPrepares() {
        long caseId = planIssued();
        // Monday 5 October 2026: Northbridge records the girl's move to middle school on 1 September 2027, which the
        // date of birth cannot tell; reg 18(1)(b): amended before 15 February 2027, so by Sunday 14 February
        today(LocalDate.of(2026, 10, 5));
        reviews.recordMove(caseId, PhaseTransfer.PRIMARY_TO_MIDDLE, LocalDate.of(2027, 9, 1), northbridge);
        assertThat(reviews.view(caseId, northbridge).orElseThrow().reviewDueBy()).isEqualTo(LocalDate.of(2027, 2, 14));
        transfers.recordMove(caseId, southvaleId, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 2), northbridge);
        today(LocalDate.of(2026, 11, 2));
        transfers.recordTransferred(caseId, LocalDate.of(2026, 11, 2), northbridge);

        // reg 15(5) alone would give 1 April 2027 (as the test above); the move still binds Southvale's review
        ReviewService.View southvales = reviews.view(caseId, southvale).orElseThrow();
        assertThat(southvales.transfer()).isEqualTo(PhaseTransfer.PRIMARY_TO_MIDDLE);
        assertThat(southvales.movesOn()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(southvales.dueOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(southvales.reviewDueBy()).isEqualTo(LocalDate.of(2027, 2, 14));
    }

    // ---- set-up ----

    /** A plan dated 1 April 2026 for a girl born 14 May 2018 (no move between phases before September 2029), in Northbridge. */
    private long planIssued() {
        today(PLAN);
        return new UiCases(context).planIssuedOn(PLAN, LocalDate.of(2018, 5, 14)).getId();
    }

    private TransferService.View view(long caseId, CurrentUser user) {
        return transfers.view(caseId, user).orElseThrow();
    }

    private ProcessInstance instance(long caseId) {
        long id = view(caseId, northbridge).id();
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.TRANSFER_PROCESS)
                .processInstanceBusinessKey(Long.toString(id)).singleResult();
    }

    private Object reviewVariable(long reviewId, String name) {
        ProcessInstance review = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ANNUAL_REVIEW_PROCESS)
                .processInstanceBusinessKey(Long.toString(reviewId)).singleResult();
        return runtime.getVariable(review.getId(), name);
    }

    /** What each manager's review started on the case is about, and whose managers it went to. */
    private List<List<Object>> managerReviews(long caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.MISSED_DEADLINE_PROCESS)
                .processInstanceBusinessKey(Long.toString(caseId)).list().stream()
                .map(p -> List.of(runtime.getVariable(p.getId(), ProcessNames.Variables.TIME_LIMIT),
                        runtime.getVariable(p.getId(), ProcessNames.Variables.MANAGERS)))
                .toList();
    }

    private long remindersQueued(long caseId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE subject LIKE ?", Long.class,
                "Reminder: tell the family their EHC plan has moved (" + uk.ehctracker.assessment.AssessmentCase.reference(caseId) + ")");
    }

    /** The timer at {@code activityId} is set for 09:00 on {@code day}, and fires then. */
    private void fires(ProcessInstance pi, String activityId, LocalDate day) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(job.getDuedate()).as(activityId).isEqualTo(nineAm(day));
        now(day, LocalTime.of(9, 1));
        execute(job);
    }
}
