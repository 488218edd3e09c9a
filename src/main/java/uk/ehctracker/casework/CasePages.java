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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AdviceRequest;
import uk.ehctracker.assessment.AdviceStatus;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.CaseEvent;
import uk.ehctracker.assessment.CaseRecord;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.assessment.Decision;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.FamilyViews;
import uk.ehctracker.assessment.FamilyViewsService;
import uk.ehctracker.assessment.Milestone;
import uk.ehctracker.assessment.PlanSection;
import uk.ehctracker.assessment.PlanSectionName;
import uk.ehctracker.assessment.StepStatus;
import uk.ehctracker.assessment.TimeLimitException;
import uk.ehctracker.calendar.EnglandCalendar;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Role;
import uk.ehctracker.documents.CaseDocument;
import uk.ehctracker.documents.DocumentService;
import uk.ehctracker.letters.Letter;
import uk.ehctracker.letters.LetterService;
import uk.ehctracker.letters.PlanDocument;
import uk.ehctracker.letters.RecipientRole;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.statutory.AnnualReview;
import uk.ehctracker.statutory.RecordedException;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.workflow.TaskSummary;
import uk.ehctracker.workflow.UserTasks;

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
    private final EnglandCalendar calendar;
    private final LetterService letterService;
    private final AccessPolicy access;
    private final DocumentService documents;

    private final ReviewService reviews;
    private final uk.ehctracker.disagreement.DisagreementService disagreements;

    CasePages(AssessmentQueries queries, DirectoryService directory, UserTasks userTasks, Clock clock,
              LetterService letterService, AccessPolicy access, DocumentService documents, ReviewService reviews,
              uk.ehctracker.disagreement.DisagreementService disagreements, EnglandCalendar calendar) {
        this.calendar = calendar;
        this.reviews = reviews;
        this.disagreements = disagreements;
        this.documents = documents;
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

    /** The last day to appeal against the decision (HESC Rules r20, r12), or null where it cannot be appealed. */
    public LocalDate appealDeadline(Decision decision) {
        return decision.appealDeadline(calendar.workingDays());
    }

    /** The last day to appeal against the final plan (reg 14; HESC Rules r20, r12), or null before it is sent. */
    public LocalDate finalPlanAppealDeadline(AssessmentCase c) {
        return c.finalPlanAppealDeadline(calendar.workingDays());
    }

    // ---- records ----

    /** A statutory step on the case's timeline. */
    public record MilestoneRow(String label, String citation, LocalDate due, LocalDate doneOn, StepStatus status,
            boolean exceptionApplies, TimeLimit limit) {
    }

    public record LetterRow(long id, String subject, LocalDate issuedOn, String recipientName, RecipientRole recipientRole) {
    }

    /**
     * A section of a plan: its letter ("F"), its heading, its text and, in the final plan, what
     * changed from the draft and why (null where nothing changed, and in the draft).
     */
    public record PlanRow(String section, String title, String content, String changedFromDraft) {
    }

    /** A document of the case, by name: the advice or views it came with. */
    public record DocumentRef(long id, String fileName, String description) {
    }

    /**
     * One piece of advice as the person may read it: who it was asked of and when, who gave it,
     * and its words in full ({@code text} is null until it is given; for advice not sought again
     * under reg 6(4), the reason). {@code documents} are those its adviser added to the case.
     */
    public record AdviceRow(long id, AdviceKind kind, String label, String from, LocalDate requestedOn, LocalDate dueOn,
            LocalDate receivedOn, AdviceStatus status, String text, List<DocumentRef> documents) {
    }

    /** The family's views as they sent them: each answer under its question, and what they attached. */
    public record ViewsRow(long id, LocalDate givenOn, String by, List<FamilyViews.Answer> answers, String text,
            List<DocumentRef> documents) {
    }

    /** What the plan is written from: the advice and the family's views the person may read. */
    public record Evidence(List<AdviceRow> advice, List<ViewsRow> familyViews) {
    }

    /** Everything the case page shows. The case's own columns come from {@code kase}; its links are resolved here. */
    public record CaseDetail(AssessmentCase kase, long laId, String laName, long childId, String childName,
            String childFirstName, LocalDate childDateOfBirth, String schoolName, String consultedSchoolName,
            List<MilestoneRow> milestones, List<Decision> decisions, List<AdviceRequest> advice,
            List<TimeLimitException> exceptions, List<CaseEvent> events, List<LetterRow> letters, List<PlanRow> draftPlan,
            List<PlanRow> finalPlan, boolean mayManage, Evidence evidence, boolean takesFamilyViews) {

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
            StepStatus status, AdviceKind adviceKind, long childId) {

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
            // reg 44; reg 45: the order's own steps
            case ORDERED_NOTICE_TO_ASSESS -> "Ordered: tell the family";
            case ORDERED_DECISION_NOT_TO_ISSUE -> "Ordered: decision whether to issue";
            case ORDERED_FINAL_PLAN_AFTER_ASSESSMENT, ORDERED_FINAL_PLAN -> "Ordered: final plan";
            case ORDERED_DRAFT_PLAN -> "Ordered: draft plan";
            case ORDERED_AMENDED_PLAN, ORDERED_AMENDED_PLACEMENT -> "Ordered: amended plan";
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
        // reg 10(1) limits only a decision NOT to issue a plan: once the LA decided to issue one, that limit never applied
        boolean decidedToIssue = record.decisions().stream().anyMatch(d -> d.getOutcome() == DecisionOutcome.ISSUE);
        List<MilestoneRow> milestones = new ArrayList<>();
        for (Milestone m : record.milestones()) {
            boolean binding = StatutoryClock.isBinding(m.getTimeLimit(), m.getDueOn(), recorded);
            String label = m.getAdviceId() != null && adviceKinds.containsKey(m.getAdviceId())
                    ? adviceKinds.get(m.getAdviceId()).label() : m.getTimeLimit().label();
            StepStatus status = decidedToIssue && m.getTimeLimit() == TimeLimit.DECISION_NOT_TO_ISSUE
                    ? StepStatus.NOT_NEEDED : m.status(today, binding, closed);
            milestones.add(new MilestoneRow(label, m.getTimeLimit().citation(), m.getDueOn(), m.getDoneOn(),
                    status, !binding, m.getTimeLimit()));
        }
        List<LetterRow> letters = record.letters().stream()
                .map(l -> new LetterRow(l.getId(), l.getSubject(), l.getIssuedOn(), l.getRecipientName(), l.getRecipientRole()))
                .toList();
        List<PlanRow> draft = planRows(record.draftPlan());
        List<PlanRow> finalPlan = planRows(record.finalPlan());
        Child child = c.getChild();
        boolean mayManage = access.mayManageCase(user, c.getLocalAuthority().getId());
        return new CaseDetail(c, c.getLocalAuthority().getId(), c.getLocalAuthority().getName(), child.getId(),
                child.getFullName(), child.getFirstName(), child.getDateOfBirth(),
                c.getSchool() == null ? null : c.getSchool().getName(),
                c.getConsultedSchool() == null ? null : c.getConsultedSchool().getName(),
                List.copyOf(milestones), record.decisions(), advice, exceptions, record.timeline(),
                letters, draft, finalPlan, mayManage, evidence(record, user), FamilyViewsService.openForViews(c.getStage()));
    }

    /**
     * The advice and the family's views on a case, in full, as far as the person may read them
     * (the record holds only those: the access policy filtered them in the query).
     */
    public Evidence evidence(CaseRecord record, CurrentUser user) {
        long caseId = record.kase().getId();
        List<CaseDocument> files = record.advice().stream().anyMatch(a -> a.getGivenBy() != null) || !record.familyViews().isEmpty()
                ? documents.list(caseId, user) : List.of();
        Map<Long, CaseDocument> byId = new LinkedHashMap<>();
        files.forEach(f -> byId.put(f.getId(), f));
        List<AdviceRow> advice = new ArrayList<>();
        for (AdviceRequest a : record.advice()) {
            String text = switch (a.getStatus()) {
                case RECEIVED -> a.getAdvice();
                case WAIVED -> a.getWaiverReason();
                case REQUESTED -> null;
            };
            List<DocumentRef> refs = a.getGivenBy() == null || a.getKind() == AdviceKind.PARENT ? List.of()
                    : files.stream().filter(f -> a.getGivenBy().equals(f.getUploadedBy())).map(CasePages::ref).toList();
            advice.add(new AdviceRow(a.getId(), a.getKind(), a.getKind().label(), nameOf(a.getGivenBy()), a.getRequestedOn(),
                    a.getDueOn(), a.getGivenOn(), a.getStatus(), text, refs));
        }
        List<ViewsRow> views = new ArrayList<>();
        for (FamilyViews v : record.familyViews()) {
            List<DocumentRef> refs = v.getDocumentIds().stream().map(byId::get).filter(d -> d != null).map(CasePages::ref).toList();
            views.add(new ViewsRow(v.getId(), v.getGivenOn(), v.getGivenByName(), v.answers(), v.text(), refs));
        }
        return new Evidence(List.copyOf(advice), List.copyOf(views));
    }

    /** The evidence of one case (a task page beside its form). */
    public Evidence evidence(long caseId, CurrentUser user) {
        return evidence(queries.record(caseId, user), user);
    }

    private static DocumentRef ref(CaseDocument d) {
        return new DocumentRef(d.getId(), d.getFileName(), d.getDescription());
    }

    private static List<PlanRow> planRows(List<PlanSection> sections) {
        return sections.stream()
                .map(s -> new PlanRow(s.getSection().name(), s.getSection().title(), s.getContent(), s.getChangedFromDraft()))
                .toList();
    }

    /**
     * The final plan as finalised, as PDF, for anyone who may see the case (one access check, one
     * audit entry: a read of the case); "not found" before it is issued.
     */
    public byte[] finalPlanPdf(long caseId, CurrentUser user) {
        CaseRecord record = queries.record(caseId, user);
        if (record.finalPlan().isEmpty()) {
            throw new NotFoundException("Final plan");
        }
        AssessmentCase c = record.kase();
        Child child = c.getChild();
        List<PlanDocument.Section> sections = record.finalPlan().stream()
                .map(s -> new PlanDocument.Section(s.getSection().name(), s.getSection().title(), s.getContent(), s.getChangedFromDraft()))
                .toList();
        return letterService.planPdf(new PlanDocument(c.reference(), child.getFullName(), child.getDateOfBirth(),
                c.getLocalAuthority().getName(), c.getFinalPlanIssuedOn(), sections));
    }

    /** One letter of a case, if the person may read it (otherwise "not found": the query holds only those). */
    public Letter letter(long caseId, long letterId, CurrentUser user) {
        return queries.letters(caseId, user).stream()
                .filter(l -> l.getId() == letterId)
                .findFirst().orElseThrow(() -> new NotFoundException("Letter"));
    }

    /**
     * One letter of a case as PDF, if the person may read it; rendered and kept on first download.
     * Never inside a transaction: keeping the rendering takes a transaction of its own, which must
     * not wait for a second connection while a caller's holds the first.
     */
    @Transactional(propagation = Propagation.NEVER, readOnly = true)
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
        // the whole family's cases in one query, their reads audited together and their parts read
        // for all of them at once (BENCHMARKS.md, "Lists at the size of Kent": not one query per child
        // and a dozen per case, each case's audit entry in a transaction of its own)
        List<AssessmentCase> visible = queries.visibleCasesOfChildren(children.stream().map(Child::getId).toList(), user).stream()
                .sorted(Comparator.comparing(AssessmentCase::getReceivedOn).thenComparing(AssessmentCase::getId).reversed())
                .toList();
        Map<Long, List<CaseDetail>> byChild = new LinkedHashMap<>();
        for (CaseRecord record : queries.records(visible, user)) {
            byChild.computeIfAbsent(record.kase().getChild().getId(), k -> new ArrayList<>()).add(detail(record, user, today));
        }
        List<ChildCard> cards = new ArrayList<>();
        for (Child child : children) {
            cards.add(new ChildCard(child.getId(), child.getFullName(), child.getFirstName(), child.getDateOfBirth(),
                    List.copyOf(byChild.getOrDefault(child.getId(), List.of()))));
        }
        return cards;
    }

    /**
     * A child's EHC plan in force, as the reader may see it: the latest case whose final plan was
     * issued. {@code outcomes} and {@code provision} (sections E and F) are empty when the reader may
     * not read the plan (a school the plan does not name).
     */
    public record PlanInForce(long caseId, String reference, LocalDate issuedOn, LocalDate reviewDueBy, String namedPlacement,
            boolean readable, String outcomes, String provision) {
    }

    public Optional<PlanInForce> planInForce(long childId, CurrentUser user) {
        return queries.casesOfChild(childId, user).stream()
                .filter(c -> c.getFinalPlanIssuedOn() != null)
                .max(Comparator.comparing(AssessmentCase::getFinalPlanIssuedOn).thenComparing(AssessmentCase::getId))
                .map(c -> {
                    List<PlanSection> sections = queries.plan(c.getId(), PlanSection.PlanVersion.FINAL, user);
                    // docs/law.md s9: the review's own record (12 months, 6 under 5, reg 18 before a move), else the plan + 12 months
                    LocalDate reviewDueBy = reviews.view(c.getId(), user).map(ReviewService.View::reviewDueBy)
                            .orElseGet(() -> AnnualReview.reviewDueBy(c.getFinalPlanIssuedOn()));
                    return new PlanInForce(c.getId(), c.reference(), c.getFinalPlanIssuedOn(),
                            reviewDueBy, c.getNamedPlacement(), !sections.isEmpty(),
                            contentOf(sections, PlanSectionName.E), contentOf(sections, PlanSectionName.F));
                });
    }

    /** The case's current annual review, if its plan has one (docs/law.md s9). */
    public Optional<ReviewService.View> review(long caseId, CurrentUser user) {
        return reviews.view(caseId, user);
    }

    private static String contentOf(List<PlanSection> sections, PlanSectionName name) {
        return sections.stream().filter(s -> s.getSection() == name).map(PlanSection::getContent).findFirst().orElse("");
    }

    // ---- tasks ----

    /** The person's tasks, nearest statutory date first (tasks without one last, oldest first). */
    public List<TaskRow> tasks(CurrentUser user) {
        LocalDate today = today();
        // the engine routes tasks to groups (a family's, a team's); the access policy decides which
        // of their cases this person may see: a young person does not get a sibling's tasks
        List<TaskSummary> routed = userTasks.tasksFor(user);
        Map<Long, AssessmentCase> cases = new LinkedHashMap<>();
        queries.visibleAmong(routed.stream().map(TaskSummary::caseId).distinct().toList(), user)
                .forEach(c -> cases.put(c.getId(), c));
        List<TaskSummary> summaries = routed.stream().filter(t -> cases.containsKey(t.caseId())).toList();
        AssessmentQueries.ListedCaseDates dates = queries.datesOfListed(cases.values());
        List<TaskRow> rows = new ArrayList<>();
        for (TaskSummary t : summaries) {
            rows.add(taskRow(t, cases.get(t.caseId()), dates.exceptionsOf(t.caseId()), user, today));
        }
        rows.sort(Comparator.comparing((TaskRow r) -> r.due() == null ? FAR_FUTURE : r.due())
                .thenComparing(r -> r.task().created()));
        return rows;
    }

    /** The person's tasks about one child (a pupil's page: the advice or consultation asked of the school). */
    public List<TaskRow> tasksAbout(long childId, CurrentUser user) {
        return tasks(user).stream().filter(t -> t.childId() == childId).toList();
    }

    /** One task with its case, or "not found". */
    public TaskRow task(String taskId, CurrentUser user) {
        TaskSummary t = userTasks.task(taskId, user);
        AssessmentCase c = queries.visibleCase(t.caseId(), user);
        return taskRow(t, c, queries.datesOfListed(List.of(c)).exceptionsOf(c.getId()), user, today());
    }

    /** A task with its statutory date, its status counting any exception that excuses the limit (reg 5(4), 8(2), 10(4), 13(3)). */
    private TaskRow taskRow(TaskSummary t, AssessmentCase c, List<TimeLimitException> exceptions, CurrentUser user, LocalDate today) {
        LocalDate due = null;
        AdviceKind kind = null;
        String what = t.name();
        TimeLimit limit = limitFor(t.taskKey(), c);
        if (DISAGREEMENT_TASKS.contains(t.taskKey())) {
            // the disagreement's own dates (statutory/Disagreement; the Tribunal's response date)
            due = disagreements.view(c.getId(), user).map(v -> t.taskKey().equals("arrangeMediation") ? v.mediationDue()
                    : v.responseDueOn()).orElse(null);
        } else if (limit == TimeLimit.ADVICE) {
            if (t.adviceRequestId() != null) {
                AdviceRequest advice = queries.adviceRequest(t.adviceRequestId(), user);
                due = advice.getDueOn();
                kind = advice.getKind();
            }
        } else if (limit != null) {
            due = c.dueDate(limit);
        }
        boolean binding = limit == null || due == null
                || StatutoryClock.isBinding(limit, due, exceptions.stream().map(TimeLimitException::asRecorded).toList());
        StepStatus status = due == null ? null : StepStatus.of(today, due, null, binding, false);
        return new TaskRow(t, c.getId(), c.reference(), c.getChild().getFullName(), what, due, status, kind, c.getChild().getId());
    }

    /**
     * The time limit a task works to, in one place: its due date and whether an exception excuses
     * it both follow from it. The steps between the family's comments and the final plan work to
     * the final plan's 20 weeks (reg 13(2); the meeting the family asked for, reg 13(1)(a)(ii), comes before it).
     */
    /**
     * The limit a task works to on this case now: after an order of the Tribunal, or a concession,
     * the order's own (reg 44; reg 45): the draft's 5 weeks after an order to make a plan, the
     * final plan's 11 or 14 weeks in place of 20.
     */
    static TimeLimit limitFor(String taskKey, AssessmentCase c) {
        TimeLimit limit = limitOf(taskKey);
        if (CaseSteps.WRITE_DRAFT_PLAN.equals(taskKey) && c.getOrderKind() == uk.ehctracker.statutory.Disagreement.OrderKind.MAKE_PLAN) {
            return TimeLimit.ORDERED_DRAFT_PLAN;
        }
        return limit == null ? null : c.inForce(limit);
    }

    /** The disagreement's tasks (bpmn/disagreement.bpmn), recorded on the case page's appeal panel, not by a form. */
    public static final java.util.Set<String> DISAGREEMENT_TASKS = java.util.Set.of("arrangeMediation", "recordResponseDue", "respondToAppeal");

    static TimeLimit limitOf(String taskKey) {
        return switch (taskKey) {
            case CaseSteps.DECIDE_WHETHER_TO_ASSESS -> TimeLimit.DECISION_TO_ASSESS;
            case CaseSteps.GIVE_ADVICE -> TimeLimit.ADVICE;
            case CaseSteps.DECIDE_WHETHER_TO_ISSUE_PLAN -> TimeLimit.DECISION_NOT_TO_ISSUE;
            case CaseSteps.WRITE_DRAFT_PLAN, CaseSteps.CHOOSE_SETTING_TO_CONSULT, CaseSteps.DECIDE_AFTER_CONSULTATION,
                    CaseSteps.ARRANGE_MEETING_TO_DISCUSS_DRAFT_PLAN,
                    CaseSteps.ISSUE_FINAL_PLAN -> TimeLimit.FINAL_PLAN;
            case CaseSteps.COMMENT_ON_DRAFT_PLAN -> TimeLimit.DRAFT_COMMENTS;
            case CaseSteps.RESPOND_TO_CONSULTATION -> TimeLimit.SCHOOL_CONSULTATION;
            case CaseSteps.ISSUE_AMENDED_PLAN -> TimeLimit.ORDERED_AMENDED_PLAN;
            default -> null;
        };
    }
}
