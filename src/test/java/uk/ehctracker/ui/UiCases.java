package uk.ehctracker.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AdviceRequest;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.PlanSectionName;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.directory.Child;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.workflow.TaskSummary;
import uk.ehctracker.workflow.UserTasks;

/** Cases at each stage, made through the services as people would, dated today. */
public class UiCases {

    final AssessmentService assessments;
    final AssessmentQueries queries;
    final UserTasks userTasks;
    final TestPeople people;
    final Clock clock;

    private final org.springframework.context.ApplicationContext context;

    public UiCases(org.springframework.context.ApplicationContext context) {
        this.context = context;
        this.assessments = context.getBean(AssessmentService.class);
        this.queries = context.getBean(AssessmentQueries.class);
        this.userTasks = context.getBean(UserTasks.class);
        this.people = context.getBean(TestPeople.class);
        this.clock = context.getBean(Clock.class);
    }

    public LocalDate today() {
        return StatutoryClock.today(clock);
    }

    /** A parent's request for a new child of the demo parent (Khan family, Riverside Primary, LA1). */
    public AssessmentCase requested() {
        return requested(today().minusYears(8));
    }

    /** As {@link #requested()}, for a child born on {@code dateOfBirth}. */
    public AssessmentCase requested(LocalDate dateOfBirth) {
        Child child = people.newChildOfParent(dateOfBirth);
        return assessments.submitRequest(new Commands.NewRequest(child.getId(), RequestedBy.PARENT, null,
                "Reading has not moved in two years despite SEN support.", null, null), people.user("parent"));
    }

    /**
     * A parent's request for a new child of {@code age}, refused on {@code on}: entered with the clock
     * on that day, so its notice was sent then and the appeal deadline runs from it (HESC Rules r20).
     */
    public long refusedOn(LocalDate on, int age) {
        uk.ehctracker.common.ClockTravel travel = context.getBean(uk.ehctracker.common.ClockTravel.class);
        travel.to(on);
        try {
            AssessmentCase c = assessments.submitRequest(new Commands.NewRequest(people.newChildOfParent(on.minusYears(age)).getId(),
                    RequestedBy.PARENT, null, "Reading has stalled.", null, null), people.user("parent"));
            assessments.decideWhetherToAssess(c.getId(), new Commands.DecideWhetherToAssess(DecisionOutcome.DO_NOT_ASSESS, false,
                    false, Set.of("ATTAINMENT_AND_PROGRESS"), Set.of(), "The school's support is working.", on), people.user("caseworker"));
            return c.getId();
        } finally {
            travel.back();
        }
    }

    public AssessmentCase at(CaseStage stage) {
        return at(stage, today().minusYears(8));
    }

    /** As {@link #at(CaseStage)}, for a child born on {@code dateOfBirth}. */
    public AssessmentCase at(CaseStage stage, LocalDate dateOfBirth) {
        AssessmentCase c = requested(dateOfBirth);
        if (stage == CaseStage.DECIDING_WHETHER_TO_ASSESS) {
            return c;
        }
        CurrentUser caseworker = people.user("caseworker");
        assessments.decideWhetherToAssess(c.getId(), new Commands.DecideWhetherToAssess(DecisionOutcome.ASSESS, true, true,
                Set.of("ATTAINMENT_AND_PROGRESS"), Set.of(), "Progress well below expectations despite support.", today()), caseworker);
        if (stage == CaseStage.GATHERING_ADVICE) {
            return c;
        }
        giveAllAdvice(c, null);
        if (stage == CaseStage.DECIDING_WHETHER_TO_ISSUE) {
            return c;
        }
        assessments.decideWhetherToIssue(c.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.ISSUE, true,
                "The provision needed is beyond what the school can provide.", today()), caseworker);
        if (stage == CaseStage.DRAFTING_PLAN) {
            return c;
        }
        assessments.writeDraftPlan(c.getId(), new Commands.WriteDraftPlan(draft(), today()), caseworker);
        if (stage == CaseStage.DRAFT_WITH_FAMILY) {
            return c;
        }
        boolean noSchool = stage == CaseStage.CHOOSING_SETTING;
        assessments.commentOnDraft(c.getId(), new Commands.CommentOnDraft("Thank you.", noSchool ? null : "Hillcrest Academy",
                false, false), people.user("parent"));
        if (stage == CaseStage.FINALISING_PLAN) {
            assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true, "We can meet the needs.", today()),
                    people.user("caseworker"));
        }
        return c;
    }

    /**
     * A final plan naming Hillcrest Academy, dated and sent on {@code day} (entered as on that day, so
     * its annual review counts from it), for a child born on {@code dateOfBirth}.
     */
    public AssessmentCase planIssuedOn(LocalDate day, LocalDate dateOfBirth) {
        uk.ehctracker.common.ClockTravel travel = context.getBean(uk.ehctracker.common.ClockTravel.class);
        travel.to(day);
        try {
            AssessmentCase c = at(CaseStage.FINALISING_PLAN, dateOfBirth);
            assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", day), people.user("caseworker"));
            return c;
        } finally {
            travel.back();
        }
    }

    /**
     * A plan issued 90 days ago for a child of 8 (no move between schools ahead), its review's window
     * opened: the setting is asked to arrange the meeting (bpmn/annual-review.bpmn).
     */
    public AssessmentCase reviewOpen() {
        AssessmentCase c = planIssuedOn(today().minusDays(90), today().minusYears(8));
        reviewTimerFires(c.getId(), "reviewWindowOpens");
        return c;
    }

    /**
     * As {@link #reviewOpen()}, the setting's steps recorded: invitations 40 days ago, the advice 35,
     * the meeting 20 days ago and its report 15 days ago; the council's decision is awaited.
     */
    public AssessmentCase reviewReported() {
        AssessmentCase c = reviewOpen();
        var reviews = context.getBean(uk.ehctracker.review.ReviewService.class);
        CurrentUser senco = people.user("senco");
        reviews.arrangeMeeting(c.getId(), today().minusDays(20), today().minusDays(40), senco);
        reviews.recordAdviceCirculated(c.getId(), today().minusDays(35), senco);
        reviews.recordMeetingHeld(c.getId(), today().minusDays(20), senco);
        reviews.recordReportSent(c.getId(), today().minusDays(15), senco);
        return c;
    }

    /** The timer at {@code activityId} of the case's latest review fires now. */
    public void reviewTimerFires(long caseId, String activityId) {
        var reviews = context.getBean(uk.ehctracker.review.ReviewService.class).history(caseId, people.user("caseworker"));
        var runtime = context.getBean(org.camunda.bpm.engine.RuntimeService.class);
        var management = context.getBean(org.camunda.bpm.engine.ManagementService.class);
        var pi = runtime.createProcessInstanceQuery().processDefinitionKey(uk.ehctracker.workflow.ProcessNames.ANNUAL_REVIEW_PROCESS)
                .processInstanceBusinessKey(Long.toString(reviews.get(reviews.size() - 1).id())).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult().getId());
    }

    /**
     * A refusal to assess sent 10 days ago, disagreed with, the mediation declined and certified, the
     * appeal registered, and the council conceding today (reg 45): the case re-entered the assessment.
     */
    public long concededAssessment() {
        long caseId = disagreedWith(false);
        var disagreements = context.getBean(uk.ehctracker.disagreement.DisagreementService.class);
        CurrentUser parent = people.user("parent");
        CurrentUser caseworker = people.user("caseworker");
        disagreements.recordCertificate(caseId, today(), caseworker);
        disagreements.registerAppeal(caseId, today(), today().plusWeeks(6), null, parent);
        disagreements.recordOutcome(caseId, uk.ehctracker.disagreement.TribunalOutcome.CONCEDED, today(), caseworker);
        return caseId;
    }

    /** A refusal to assess sent 10 days ago that the family disagrees with; they told the mediation adviser today. */
    public long disagreedWith(boolean wantsMediation) {
        long caseId = refusedOn(today().minusDays(10), 9);
        var disagreements = context.getBean(uk.ehctracker.disagreement.DisagreementService.class);
        disagreements.start(caseId, uk.ehctracker.disagreement.DecisionDisagreed.NOT_TO_ASSESS, people.user("parent"));
        disagreements.recordAdviserContact(caseId, today(), wantsMediation, people.user("parent"));
        return caseId;
    }

    /** A final plan issued today naming Hillcrest Academy, the school the family asked for. */
    public AssessmentCase planIssued() {
        AssessmentCase c = at(CaseStage.FINALISING_PLAN);
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", today()), people.user("caseworker"));
        return c;
    }

    public static Map<PlanSectionName, String> draft() {
        Map<PlanSectionName, String> sections = new EnumMap<>(PlanSectionName.class);
        sections.put(PlanSectionName.B, "Specific learning difficulty affecting reading and spelling.");
        sections.put(PlanSectionName.E, "Reads age-appropriate texts independently by the end of key stage 2.");
        sections.put(PlanSectionName.F, "Daily structured phonics, 1:1, 30 minutes, by a trained teaching assistant.");
        return sections;
    }

    /** Gives every open advice except {@code except}. */
    public void giveAllAdvice(AssessmentCase c, AdviceKind except) {
        for (AdviceRequest a : queries.advice(c.getId(), people.user("caseworker"))) {
            if (!a.isOpen() || a.getKind() == except) {
                continue;
            }
            assessments.giveAdvice(new Commands.GiveAdvice(a.getId(), "Needs support with reading and attention.", today()),
                    adviser(a.getKind()));
        }
    }

    public CurrentUser adviser(AdviceKind kind) {
        return switch (kind) {
            case PARENT -> people.user("parent");
            case EDUCATIONAL -> people.user("senco");
            case PSYCHOLOGICAL -> people.user("professional");
            case MEDICAL -> people.user("health");
            default -> people.user("socialcare");
        };
    }

    /** The open task of this kind on the case, as the person sees it. */
    public TaskSummary task(AssessmentCase c, String taskKey, String username) {
        return userTasks.tasksFor(people.user(username)).stream()
                .filter(t -> t.caseId() == c.getId() && t.taskKey().equals(taskKey))
                .findFirst().orElseThrow(() -> new AssertionError("No " + taskKey + " task for " + username + " on case " + c.getId()));
    }

    public AssessmentCase reload(AssessmentCase c) {
        return queries.visibleCase(c.getId(), people.user("caseworker"));
    }
}
