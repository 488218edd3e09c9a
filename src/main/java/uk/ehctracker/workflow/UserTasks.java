package uk.ehctracker.workflow;


import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AfterConsultation;
import uk.ehctracker.assessment.NotNamingGround;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.PlanSectionName;
import uk.ehctracker.audit.AuditActions;
import uk.ehctracker.audit.AuditSubject;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.FieldProblem;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.forms.FormDefinition;
import uk.ehctracker.forms.FormRegistry;
import uk.ehctracker.forms.FormValidator;
import uk.ehctracker.forms.ValidatedValues;

/**
 * Work lists and task completion for every role, shared by the screens and the API. A person
 * sees the tasks routed to their groups; completing one validates the values against the task's
 * form (forms/), then hands a typed command to the assessment service.
 */
@Service
@Transactional
public class UserTasks {

    private final TaskService tasks;
    private final FormRegistry forms;
    private final FormValidator validator = new FormValidator();
    private final AccessPolicy access;
    private final AssessmentService assessments;

    UserTasks(TaskService tasks, FormRegistry forms, AccessPolicy access, AssessmentService assessments) {
        this.tasks = tasks;
        this.forms = forms;
        this.access = access;
        this.assessments = assessments;
    }

    /** The tasks offered to the person's groups or assigned to them, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskSummary> tasksFor(CurrentUser user) {
        List<String> groups = user.candidateGroups();
        if (groups.isEmpty()) {
            return List.of();
        }
        // two indexed queries, not one with or(): Camunda joins the identity links for an or-query
        // in a way PostgreSQL can only answer by reading every task (120 ms against 1 ms for a
        // family at 100k plans, BENCHMARKS.md)
        Map<String, Task> found = new LinkedHashMap<>();
        caseTasks().taskCandidateGroupIn(groups).list().forEach(t -> found.put(t.getId(), t));
        caseTasks().taskAssignee(user.username()).list().forEach(t -> found.put(t.getId(), t));
        return found.values().stream()
                .sorted(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId))
                .map(this::summary).toList();
    }

    /**
     * Active tasks of cases, and of their disagreements (mediation to arrange, a response to the
     * Tribunal): SEN support tasks (no case yet) live on the school's screens.
     */
    private TaskQuery caseTasks() {
        return tasks.createTaskQuery()
                .processDefinitionKeyIn(CASE_PROCESSES)
                .active();
    }

    private static final String[] CASE_PROCESSES = {ProcessNames.ASSESSMENT_PROCESS, ProcessNames.MISSED_DEADLINE_PROCESS,
            ProcessNames.DISAGREEMENT_PROCESS};

    /** The disagreement's tasks: recorded on the case's disagreement (its panel, its API), not with a form. */
    private static final Set<String> DISAGREEMENT_TASKS = Set.of("arrangeMediation", "recordResponseDue", "respondToAppeal");

    /** One task, if it is the person's to see (otherwise "not found"). */
    @Transactional(readOnly = true)
    public TaskSummary task(String taskId, CurrentUser user) {
        return summary(ownTask(taskId, user));
    }

    @Transactional(readOnly = true)
    public FormDefinition formOf(String taskId, CurrentUser user) {
        return forms.get(ownTask(taskId, user).getTaskDefinitionKey());
    }

    /** A team member takes the task as theirs; the team still sees it. */
    @Audited("Task taken")
    public TaskSummary claim(String taskId, CurrentUser user) {
        Task task = ownTask(taskId, user);
        tasks.setAssignee(taskId, user.username());
        return summary(task);
    }

    /** Hands the task back to the team. */
    @Audited("Task handed back to the team")
    public TaskSummary release(String taskId, CurrentUser user) {
        Task task = ownTask(taskId, user);
        tasks.setAssignee(taskId, null);
        return summary(task);
    }

    /**
     * Completes a task with its form's values (as typed by a person or sent by a system):
     * validated against the form, then recorded on the case and the process moved, in one
     * transaction.
     */
    @Audited(value = "Task completed", action = AuditActions.TASK_COMPLETE)
    public AuditSubject complete(String taskId, Map<String, ?> rawValues, CurrentUser user) {
        Task task = ownTask(taskId, user);
        if (DISAGREEMENT_TASKS.contains(task.getTaskDefinitionKey())) {
            throw new uk.ehctracker.common.ConflictException("Record this on the case's disagreement: /api/assessment-requests/"
                    + caseIdOf(task) + "/disagreement");
        }
        ValidatedValues validated = validator.validate(forms.get(task.getTaskDefinitionKey()), rawValues == null ? Map.of() : rawValues);
        if (!validated.isValid()) {
            throw new BadInputException(validated.errors().stream().map(e -> new FieldProblem(e.key(), e.message())).toList());
        }
        Values v = new Values(validated.values(), rawValues == null ? Set.of() : rawValues.keySet());
        long caseId = caseIdOf(task);
        return switch (task.getTaskDefinitionKey()) {
            case CaseSteps.DECIDE_WHETHER_TO_ASSESS -> assessments.decideWhetherToAssess(caseId, new Commands.DecideWhetherToAssess(
                    DecisionOutcome.valueOf(v.text("assessDecision")), v.flag("mayHaveSen"), v.flag("mayNeedPlan"),
                    new HashSet<>(v.list("evidenceWeighed")), adviceKinds(v.list("additionalAdvice")),
                    v.text("reasons"), v.date("decidedOn")), user);
            case CaseSteps.GIVE_ADVICE -> assessments.giveAdvice(new Commands.GiveAdvice(adviceRequestIdOf(task),
                    v.text("advice"), v.date("adviceDate")), user);
            case CaseSteps.DECIDE_WHETHER_TO_ISSUE_PLAN -> assessments.decideWhetherToIssue(caseId, new Commands.DecideWhetherToIssue(
                    DecisionOutcome.valueOf(v.text("issueDecision")), v.flag("necessaryTestMet"), v.text("reasons"),
                    v.date("decidedOn")), user);
            case CaseSteps.WRITE_DRAFT_PLAN -> assessments.writeDraftPlan(caseId,
                    new Commands.WriteDraftPlan(v.sections(PlanSectionName::formKey, false), v.date("servedOn")), user);
            case CaseSteps.COMMENT_ON_DRAFT_PLAN -> assessments.commentOnDraft(caseId, new Commands.CommentOnDraft(
                    v.text("comments"), v.text("requestedSchool"), v.flag("wantsMeeting"), v.flag("wantsPersonalBudget")), user);
            case CaseSteps.CHOOSE_SETTING_TO_CONSULT -> assessments.chooseSettingToConsult(caseId,
                    new Commands.ChooseSettingToConsult(v.text("settingToConsult")), user);
            case CaseSteps.RESPOND_TO_CONSULTATION -> assessments.respondToConsultation(caseId, new Commands.RespondToConsultation(
                    "YES".equals(v.text("canMeetNeeds")), v.text("response"), v.date("respondedOn")), user);
            case CaseSteps.DECIDE_AFTER_CONSULTATION -> assessments.decideAfterConsultation(caseId, new Commands.DecideAfterConsultation(
                    AfterConsultation.valueOf(v.text("afterConsultation")),
                    v.text("notNamingGround") == null ? null : NotNamingGround.valueOf(v.text("notNamingGround")),
                    v.text("reasons")), user);
            case CaseSteps.ARRANGE_MEETING_TO_DISCUSS_DRAFT_PLAN -> assessments.arrangeDraftPlanMeeting(caseId,
                    new Commands.ArrangeDraftPlanMeeting(v.date("meetingOn")), user);
            case CaseSteps.ISSUE_FINAL_PLAN -> assessments.issueFinalPlan(caseId, new Commands.IssueFinalPlan(
                    v.text("namedPlacement"), v.flag("namedPlacementIsTypeOnly"), v.sections(PlanSectionName::formKey, true), v.sections(PlanSectionName::changeKey, true),
                    v.date("issuedOn")), user);
            case CaseSteps.ISSUE_AMENDED_PLAN -> assessments.issueAmendedPlan(caseId, v.date("issuedOn"), user);
            case CaseSteps.REVIEW_MISSED_DEADLINE -> {
                AssessmentCase reviewed = assessments.reviewMissedDeadline(caseId, v.text("actionTaken"), user);
                tasks.complete(taskId);
                yield reviewed;
            }
            default -> throw new IllegalStateException("No command for task " + task.getTaskDefinitionKey());
        };
    }

    /** The case a task belongs to; used by screens to link a task to its case page. */
    @Transactional(readOnly = true)
    public AssessmentCase caseOf(String taskId, CurrentUser user) {
        Task task = ownTask(taskId, user);
        return assessmentCase(caseIdOf(task), user);
    }

    private AssessmentCase assessmentCase(long caseId, CurrentUser user) {
        return assessments.visibleCase(caseId, user);
    }

    private Task ownTask(String taskId, CurrentUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId)
                .processDefinitionKeyIn(CASE_PROCESSES).singleResult();
        if (task == null) {
            throw new NotFoundException("Task");
        }
        boolean assigned = user.username().equals(task.getAssignee());
        if (!assigned && !access.mayWorkOn(user, candidateGroups(task.getId()))) {
            throw new NotFoundException("Task");
        }
        return task;
    }

    private TaskSummary summary(Task task) {
        long caseId = caseIdOf(task);
        return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), caseId,
                AssessmentCase.reference(caseId), task.getTaskDefinitionKey().equals(CaseSteps.GIVE_ADVICE) ? adviceRequestIdOf(task) : null,
                task.getAssignee(), candidateGroups(task.getId()), task.getCreateTime().toInstant(), task.getTaskDefinitionKey());
    }

    private List<String> candidateGroups(String taskId) {
        return whileTheTaskExists(taskId, () -> tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> l.getGroupId() != null).map(l -> l.getGroupId()).toList());
    }

    private long caseIdOf(Task task) {
        return whileTheTaskExists(task.getId(), () -> ProcessVariables.asId(tasks.getVariable(task.getId(), ProcessNames.Variables.CASE_ID),
                ProcessNames.Variables.CASE_ID));
    }

    private long adviceRequestIdOf(Task task) {
        return whileTheTaskExists(task.getId(), () -> ProcessVariables.asId(
                tasks.getVariable(task.getId(), ProcessNames.Variables.ADVICE_REQUEST_ID), ProcessNames.Variables.ADVICE_REQUEST_ID));
    }

    /**
     * Each engine read is its own command: the same task completed by another request between two
     * of them (a double click, a client's retry) is gone by the second, and the engine says so in
     * more than one way (a NullValueException; a NullPointerException from inside the engine when
     * its execution went first, seen on PostgreSQL; a variable already gone, seen on H2). Whatever
     * the error, it is "not found" (404) if a fresh query finds the task gone, never a failure;
     * otherwise it is a real fault and goes on. The command itself takes its turn on the
     * case (AssessmentQueries.caseForCommand).
     */
    private <T> T whileTheTaskExists(String taskId, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw new NotFoundException("Task");
            }
            throw e;
        }
    }

    private static Set<AdviceKind> adviceKinds(List<String> names) {
        Set<AdviceKind> kinds = EnumSet.noneOf(AdviceKind.class);
        names.forEach(n -> kinds.add(AdviceKind.valueOf(n)));
        return kinds;
    }

    /** Typed access to validated form values. */
    private record Values(Map<String, Object> map, Set<String> sent) {
        String text(String key) {
            Object v = map.get(key);
            return v == null ? null : v.toString();
        }

        boolean flag(String key) {
            return Boolean.TRUE.equals(map.get(key));
        }

        /**
         * The plan sections sent, by the field each one's text is under. A section not sent is left
         * out; one sent blank is left out too, or kept as "" (cleared) where {@code blankClears}.
         */
        Map<PlanSectionName, String> sections(java.util.function.Function<PlanSectionName, String> key, boolean blankClears) {
            Map<PlanSectionName, String> sections = new EnumMap<>(PlanSectionName.class);
            for (PlanSectionName s : PlanSectionName.values()) {
                String text = text(key.apply(s));
                if (text != null) {
                    sections.put(s, text);
                } else if (blankClears && sent.contains(key.apply(s))) {
                    sections.put(s, "");
                }
            }
            return sections;
        }

        java.time.LocalDate date(String key) {
            return (java.time.LocalDate) map.get(key);
        }

        @SuppressWarnings("unchecked")
        List<String> list(String key) {
            Object v = map.get(key);
            return v == null ? List.of() : (List<String>) v;
        }
    }
}
