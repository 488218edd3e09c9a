package uk.ehctracker.casework;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AdviceRequest;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.CaseEvent;
import uk.ehctracker.assessment.CaseRecord;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.Decision;
import uk.ehctracker.assessment.Milestone;
import uk.ehctracker.assessment.TimeLimitException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Role;
import uk.ehctracker.letters.Letter;
import uk.ehctracker.letters.LetterService;
import uk.ehctracker.letters.RecipientRole;
import uk.ehctracker.statutory.RecordedException;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.workflow.TaskSummary;
import uk.ehctracker.workflow.UserTasks;
import uk.ehctracker.assessment.StepStatus;

/**
 * The screens' read model: plain records built inside one read-only transaction from the
 * assessment, directory and task services, so that views never touch a lazy association. Every
 * read goes through {@link AssessmentQueries} and {@link UserTasks}, which apply the access policy.
 */
@Service
@Transactional(readOnly = true)
public class CasePages {

    /** Sorts cases without an open statutory date after all others. */
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

    private static final List<CaseStage> CLOSED = Arrays.stream(CaseStage.values()).filter(CaseStage::isClosed).toList();

    private final AssessmentQueries queries;
    private final DirectoryService directory;
    private final UserTasks userTasks;
    private final Clock clock;
    private final LetterService letterService;
    private final AccessPolicy access;

    CasePages(AssessmentQueries queries, DirectoryService directory, UserTasks userTasks, Clock clock,
              LetterService letterService, AccessPolicy access) {
        this.letterService = letterService;
        this.access = access;
        this.queries = queries;
        this.directory = directory;
        this.userTasks = userTasks;
        this.clock = clock;
    }

    public LocalDate today() {
        return StatutoryClock.today(clock);
    }

    // ---- records ----

    /** A statutory step on the case's timeline. */
    public record MilestoneRow(String label, String citation, LocalDate due, LocalDate doneOn, StepStatus status,
            boolean exceptionApplies, TimeLimit limit) {
    }

    public record LetterRow(long id, String subject, LocalDate issuedOn, String recipientName, RecipientRole recipientRole) {
    }

    public record PlanRow(String title, String content) {
    }

    /** Everything the case page shows. The case's own columns come from {@code kase}; its links are resolved here. */
    public record CaseDetail(AssessmentCase kase, long laId, String laName, long childId, String childName,
            String childFirstName, LocalDate childDateOfBirth, String schoolName, String consultedSchoolName,
            List<MilestoneRow> milestones, List<Decision> decisions, List<AdviceRequest> advice,
            List<TimeLimitException> exceptions, List<CaseEvent> events, List<LetterRow> letters, List<PlanRow> draftPlan,
            boolean mayManage) {

        public long id() {
            return kase.getId();
        }

        public String reference() {
            return kase.reference();
        }

        public CaseStage stage() {
            return kase.getStage();
        }
    }

    /** A task in a work list, with its case and its statutory date. */
    public record TaskRow(TaskSummary task, long caseId, String reference, String childName, String what, LocalDate due,
            StepStatus status, AdviceKind adviceKind) {

        public String id() {
            return task.id();
        }

        public boolean isAssignedTo(CurrentUser user) {
            return user.username().equals(task.assignee());
        }
    }

    /** A child of the family, with their requests (newest first). */
    public record ChildCard(long childId, String name, String firstName, LocalDate dateOfBirth, List<CaseDetail> cases) {
        public Optional<CaseDetail> openCase() {
            return cases.stream().filter(c -> !c.stage().isClosed()).findFirst();
        }
    }

    /** The caseworker's short name for a step: "Decision to assess", "Advice", "Final plan". */
    public static String staffName(TimeLimit limit) {
        return switch (limit) {
            case DECISION_TO_ASSESS -> "Decision to assess";
            case ADVICE -> "Advice";
            case DECISION_NOT_TO_ISSUE -> "Decision whether to issue";
            case DRAFT_COMMENTS -> "Family's comments";
            case SCHOOL_CONSULTATION -> "School's response";
            case FINAL_PLAN -> "Final plan";
        };
    }

    // ---- one case ----

    public CaseDetail detail(long caseId, CurrentUser user) {
        return detail(queries.record(caseId, user), user, today());
    }

    private CaseDetail detail(CaseRecord record, CurrentUser user, LocalDate today) {
        AssessmentCase c = record.kase();
        List<TimeLimitException> exceptions = record.exceptions();
        List<AdviceRequest> advice = record.advice();
        List<RecordedException> recorded = exceptions.stream().map(TimeLimitException::asRecorded).toList();
        Map<Long, AdviceKind> adviceKinds = new LinkedHashMap<>();
        advice.forEach(a -> adviceKinds.put(a.getId(), a.getKind()));
        boolean closed = c.getStage().isClosed();
        List<MilestoneRow> milestones = new ArrayList<>();
        for (Milestone m : record.milestones()) {
            boolean binding = StatutoryClock.isBinding(m.getTimeLimit(), m.getDueOn(), recorded);
            String label = m.getAdviceId() != null && adviceKinds.containsKey(m.getAdviceId())
                    ? adviceKinds.get(m.getAdviceId()).label() : m.getTimeLimit().label();
            milestones.add(new MilestoneRow(label, m.getTimeLimit().citation(), m.getDueOn(), m.getDoneOn(),
                    m.status(today, binding, closed), !binding, m.getTimeLimit()));
        }
        List<LetterRow> letters = record.letters().stream()
                .map(l -> new LetterRow(l.getId(), l.getSubject(), l.getIssuedOn(), l.getRecipientName(), l.getRecipientRole()))
                .toList();
        List<PlanRow> draft = record.draftPlan().stream()
                .map(s -> new PlanRow(s.getSection().title(), s.getContent())).toList();
        Child child = c.getChild();
        boolean mayManage = access.mayManageCase(user, c.getLocalAuthority().getId());
        return new CaseDetail(c, c.getLocalAuthority().getId(), c.getLocalAuthority().getName(), child.getId(),
                child.getFullName(), child.getFirstName(), child.getDateOfBirth(),
                c.getSchool() == null ? null : c.getSchool().getName(),
                c.getConsultedSchool() == null ? null : c.getConsultedSchool().getName(),
                List.copyOf(milestones), record.decisions(), advice, exceptions, record.timeline(),
                letters, draft, mayManage);
    }

    /** One letter of a case, if the person may read it (otherwise "not found": the query holds only those). */
    public Letter letter(long caseId, long letterId, CurrentUser user) {
        return queries.letters(caseId, user).stream()
                .filter(l -> l.getId() == letterId)
                .findFirst().orElseThrow(() -> new NotFoundException("Letter"));
    }

    /** One letter of a case as PDF, if the person may read it; rendered and kept on first download. */
    public byte[] letterPdf(long caseId, long letterId, CurrentUser user) {
        return letterService.pdf(letter(caseId, letterId, user).getId());
    }

    /** A colleague a case can be assigned to. */
    public record StaffOption(String username, String name) {
    }

    /** The caseworkers and managers of the person's LA. */
    public List<StaffOption> colleagues(CurrentUser user) {
        if (!user.isLaStaff() || user.laId() == null) {
            return List.of();
        }
        List<StaffOption> staff = new ArrayList<>();
        for (Role role : List.of(Role.LA_CASEWORKER, Role.LA_MANAGER)) {
            directory.usersOfLocalAuthority(user.laId(), role)
                    .forEach(u -> staff.add(new StaffOption(u.getUsername(), u.getDisplayName())));
        }
        staff.sort(Comparator.comparing(StaffOption::name));
        return staff;
    }

    /** A display name for a username (for "assigned to"); the username itself when unknown. */
    public String nameOf(String username) {
        return username == null ? null : directory.findUser(username).map(u -> u.getDisplayName()).orElse(username);
    }

    // ---- the family's children ----

    public List<ChildCard> family(CurrentUser user) {
        if (user.role() != Role.PARENT) {
            return List.of();
        }
        List<Child> children;
        if (user.childId() != null) {
            children = directory.findChild(user.childId()).map(List::of).orElse(List.of());
        } else if (user.familyId() != null) {
            children = directory.childrenOfFamily(user.familyId());
        } else {
            children = List.of();
        }
        LocalDate today = today();
        List<ChildCard> cards = new ArrayList<>();
        for (Child child : children) {
            List<CaseDetail> cases = queries.casesOfChild(child.getId(), user).stream()
                    .sorted(Comparator.comparing(AssessmentCase::getReceivedOn).thenComparing(AssessmentCase::getId).reversed())
                    .map(c -> detail(queries.record(c.getId(), user), user, today)).toList();
            cards.add(new ChildCard(child.getId(), child.getFullName(), child.getFirstName(), child.getDateOfBirth(), cases));
        }
        return cards;
    }

    // ---- tasks ----

    /** The person's tasks, nearest statutory date first (tasks without one last, oldest first). */
    public List<TaskRow> tasks(CurrentUser user) {
        LocalDate today = today();
        Map<Long, AssessmentCase> cases = new LinkedHashMap<>();
        List<TaskRow> rows = new ArrayList<>();
        for (TaskSummary t : userTasks.tasksFor(user)) {
            // a task the person may work on belongs to a case they may see
            AssessmentCase c = cases.computeIfAbsent(t.caseId(), id -> queries.visibleCase(id, user));
            rows.add(taskRow(t, c, user, today));
        }
        rows.sort(Comparator.comparing((TaskRow r) -> r.due() == null ? FAR_FUTURE : r.due())
                .thenComparing(r -> r.task().created()));
        return rows;
    }

    /** One task with its case, or "not found". */
    public TaskRow task(String taskId, CurrentUser user) {
        TaskSummary t = userTasks.task(taskId, user);
        return taskRow(t, queries.visibleCase(t.caseId(), user), user, today());
    }

    private TaskRow taskRow(TaskSummary t, AssessmentCase c, CurrentUser user, LocalDate today) {
        LocalDate due = null;
        AdviceKind kind = null;
        String what = t.name();
        switch (t.taskKey()) {
            case CaseSteps.DECIDE_WHETHER_TO_ASSESS -> due = c.getDecisionToAssessDue();
            case CaseSteps.GIVE_ADVICE -> {
                if (t.adviceRequestId() != null) {
                    AdviceRequest advice = queries.adviceRequest(t.adviceRequestId(), user);
                    due = advice.getDueOn();
                    kind = advice.getKind();
                }
            }
            case CaseSteps.DECIDE_WHETHER_TO_ISSUE_PLAN -> due = c.getDecisionNotToIssueDue();
            case CaseSteps.WRITE_DRAFT_PLAN, CaseSteps.ISSUE_FINAL_PLAN -> due = c.getFinalPlanDue();
            case CaseSteps.COMMENT_ON_DRAFT_PLAN -> due = c.getDraftCommentsDue();
            case CaseSteps.RESPOND_TO_CONSULTATION -> due = c.getConsultationDue();
            default -> {
            }
        }
        StepStatus status = due == null ? null : StepStatus.of(today, due, null, true, false);
        return new TaskRow(t, c.getId(), c.reference(), c.getChild().getFullName(), what, due, status, kind);
    }
}
