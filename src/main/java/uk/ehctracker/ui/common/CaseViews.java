package uk.ehctracker.ui.common;

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
import uk.ehctracker.workflow.TaskWork;

/**
 * The screens' read model: plain records built inside one read-only transaction from the
 * assessment, directory and task services, so that views never touch a lazy association. Every
 * read goes through {@link AssessmentQueries} and {@link TaskWork}, which apply the access policy.
 */
@Service
@Transactional(readOnly = true)
public class CaseViews {

    /** Sorts cases without an open statutory date after all others. */
    private static final LocalDate FAR_FUTURE = LocalDate.of(9999, 12, 31);

    private static final List<CaseStage> CLOSED = Arrays.stream(CaseStage.values()).filter(CaseStage::isClosed).toList();

    private final AssessmentQueries queries;
    private final DirectoryService directory;
    private final TaskWork taskWork;
    private final Clock clock;
    private final LetterService letterService;
    private final AccessPolicy access;

    CaseViews(AssessmentQueries queries, DirectoryService directory, TaskWork taskWork, Clock clock,
              LetterService letterService, AccessPolicy access) {
        this.letterService = letterService;
        this.access = access;
        this.queries = queries;
        this.directory = directory;
        this.taskWork = taskWork;
        this.clock = clock;
    }

    public LocalDate today() {
        return StatutoryClock.today(clock);
    }

    // ---- records ----

    /** The next statutory date of a case: what, when, and how it stands. */
    public record NextDate(String what, LocalDate due, StepStatus status) {
    }

    /** One row of a case list. */
    public record CaseRow(long id, String reference, String childName, String schoolName, CaseStage stage,
            LocalDate receivedOn, NextDate next, String assignedTo) {
    }

    /** The filters of the caseworker's case list; null means "any". */
    public record CaseFilters(CaseStage stage, Long schoolId, boolean dueWithinWeek, boolean overdue, boolean includeClosed) {
        public static CaseFilters openCases() {
            return new CaseFilters(null, null, false, false, false);
        }
    }

    public record SchoolOption(long id, String name) {
    }

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

    // ---- case lists ----

    public List<CaseRow> rows(CurrentUser user, CaseFilters filters, int offset, int limit) {
        LocalDate today = today();
        int size = Math.max(1, limit);
        // Vaadin asks for offset and limit; when they do not align to a page, read from the start and skip
        Pageable page = offset % size == 0 ? PageRequest.of(offset / size, size) : PageRequest.of(0, offset + size);
        List<AssessmentCase> cases = queries.visibleCases(user, filter(filters, today).and(nearestDateFirst()), page).getContent();
        List<AssessmentCase> shown = cases.subList((int) Math.min(cases.size(), offset - page.getOffset()), cases.size());
        AssessmentQueries.ListedCaseDates dates = queries.datesOfListed(shown);
        return shown.stream().map(c -> row(c, dates, today)).toList();
    }

    public int count(CurrentUser user, CaseFilters filters) {
        return (int) Math.min(Integer.MAX_VALUE,
                queries.visibleCases(user, filter(filters, today()), PageRequest.of(0, 1)).getTotalElements());
    }

    /** The schools that appear on the person's cases, for the school filter. */
    public List<SchoolOption> schoolsOnCases(CurrentUser user) {
        Map<Long, String> schools = new LinkedHashMap<>();
        queries.visibleCases(user, (root, q, cb) -> cb.isNotNull(root.get("school")), PageRequest.of(0, 1000))
                .forEach(c -> schools.putIfAbsent(c.getSchool().getId(), c.getSchool().getName()));
        return schools.entrySet().stream().map(e -> new SchoolOption(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(SchoolOption::name)).toList();
    }

    private CaseRow row(AssessmentCase c, AssessmentQueries.ListedCaseDates dates, LocalDate today) {
        NextDate next = nextDate(c, dates.milestonesOf(c.getId()), dates.exceptionsOf(c.getId()), today);
        return new CaseRow(c.getId(), c.reference(), c.getChild().getFullName(),
                c.getSchool() == null ? "" : c.getSchool().getName(), c.getStage(), c.getReceivedOn(), next, c.getAssignedTo());
    }

    static Specification<AssessmentCase> filter(CaseFilters f, LocalDate today) {
        Specification<AssessmentCase> spec = (root, q, cb) -> cb.conjunction();
        if (f == null) {
            return spec;
        }
        if (!f.includeClosed() || f.dueWithinWeek() || f.overdue()) {
            spec = spec.and((root, q, cb) -> cb.not(root.get("stage").in(CLOSED)));
        }
        if (f.stage() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("stage"), f.stage()));
        }
        if (f.schoolId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("school").get("id"), f.schoolId()));
        }
        if (f.dueWithinWeek()) {
            spec = spec.and(openStepDue(today, today.plusDays(StatutoryClock.AMBER_WITHIN_DAYS)));
        }
        if (f.overdue()) {
            spec = spec.and(openStepDue(LocalDate.MIN, today.minusDays(1)));
        }
        return spec;
    }

    /** Cases with a step not yet done whose due date lies between {@code from} and {@code to}. */
    private static Specification<AssessmentCase> openStepDue(LocalDate from, LocalDate to) {
        return (root, q, cb) -> {
            Subquery<Long> step = q.subquery(Long.class);
            Root<Milestone> m = step.from(Milestone.class);
            step.select(m.get("caseId")).where(
                    cb.equal(m.get("caseId"), root.get("id")),
                    cb.isNull(m.get("doneOn")),
                    from.equals(LocalDate.MIN) ? cb.conjunction() : cb.greaterThanOrEqualTo(m.get("dueOn"), from),
                    cb.lessThanOrEqualTo(m.get("dueOn"), to));
            return cb.exists(step);
        };
    }

    /** Nearest statutory date first; closed cases (no date to meet) last, newest first. */
    static Specification<AssessmentCase> nearestDateFirst() {
        return (root, q, cb) -> {
            Class<?> result = q.getResultType();
            if (result != Long.class && result != long.class) {
                Subquery<LocalDate> next = q.subquery(LocalDate.class);
                Root<Milestone> m = next.from(Milestone.class);
                next.select(cb.least(m.<LocalDate>get("dueOn")))
                        .where(cb.equal(m.get("caseId"), root.get("id")), cb.isNull(m.get("doneOn")));
                Expression<LocalDate> key = cb.<LocalDate>selectCase()
                        .when(root.get("stage").in(CLOSED), cb.literal(FAR_FUTURE))
                        .otherwise(cb.coalesce(next, cb.literal(FAR_FUTURE)));
                q.orderBy(cb.asc(key), cb.desc(root.get("receivedOn")), cb.desc(root.get("id")));
            }
            return null;
        };
    }

    private NextDate nextDate(AssessmentCase c, List<Milestone> milestones, List<TimeLimitException> exceptions, LocalDate today) {
        if (c.getStage().isClosed()) {
            return null;
        }
        List<RecordedException> recorded = exceptions.stream().map(TimeLimitException::asRecorded).toList();
        return milestones.stream().filter(m -> !m.isDone())
                .min(Comparator.comparing(Milestone::getDueOn))
                .map(m -> new NextDate(staffName(m.getTimeLimit()), m.getDueOn(), StepStatus.of(today, m.getDueOn(), null,
                        StatutoryClock.isBinding(m.getTimeLimit(), m.getDueOn(), recorded), false)))
                .orElse(null);
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
                    StepStatus.of(today, m.getDueOn(), m.getDoneOn(), binding, closed), !binding, m.getTimeLimit()));
        }
        List<LetterRow> letters = record.letters().stream()
                .filter(l -> access.mayReadLetter(user, l.getRecipientRole()))
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

    /** One letter of a case, if the person may read it (otherwise "not found"). */
    public Letter letter(long caseId, long letterId, CurrentUser user) {
        return queries.letters(caseId, user).stream()
                .filter(l -> l.getId() == letterId && access.mayReadLetter(user, l.getRecipientRole()))
                .findFirst().orElseThrow(() -> new NotFoundException("Letter"));
    }

    /** One letter of a case as PDF, if the person may read it; rendered and kept on first download. */
    @Transactional
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
        for (TaskSummary t : taskWork.tasksFor(user)) {
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
        TaskSummary t = taskWork.task(taskId, user);
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
