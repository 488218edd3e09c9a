package uk.ehctracker.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseRecord;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.Decision;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.TimeLimitException;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.FieldProblem;
import uk.ehctracker.statutory.RecordedException;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.workflow.TaskSummary;
import uk.ehctracker.workflow.UserTasks;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CaseSearch;
import uk.ehctracker.assessment.StepStatus;

/**
 * The API's cases as JSON: the controllers' adapter onto the application layer. Each command
 * runs the application service's command (which checks access and writes its audit entry) and
 * reads the answer back in the same transaction, so a command refused with a 4xx writes nothing
 * and the answer shows what was committed. No rules live here: the case search, the steps'
 * status and the access policy are the application layer's.
 */
@Service
@Transactional
class CaseJson {

    static final int MAX_PAGE_SIZE = 100;

    /** The service's field names where the API's differ. */
    private static final Map<String, String> DECISION_FIELDS = Map.of("assessDecision", "decision");

    private final AssessmentService assessments;
    private final AssessmentQueries queries;
    private final CaseSearch search;
    private final UserTasks userTasks;
    private final Clock clock;
    private final CasePages pages;

    private final uk.ehctracker.assessment.MediationCertificateService mediationCertificates;

    CaseJson(AssessmentService assessments, AssessmentQueries queries, CaseSearch search, UserTasks userTasks, Clock clock,
            CasePages pages, uk.ehctracker.assessment.MediationCertificateService mediationCertificates) {
        this.pages = pages;
        this.mediationCertificates = mediationCertificates;
        this.assessments = assessments;
        this.queries = queries;
        this.search = search;
        this.userTasks = userTasks;
        this.clock = clock;
    }

    /** A page of a list: from 0, 1 to 100 long. */
    static void checkPage(int page, int size) {
        new Checks()
                .when(page < 0, "page", "page must be 0 or more")
                .when(size < 1 || size > MAX_PAGE_SIZE, "size", "size must be between 1 and " + MAX_PAGE_SIZE)
                .throwIfAny();
    }

    // ---- commands ----

    ApiModels.CaseView submit(ApiModels.NewRequestBody body, CurrentUser user) {
        AssessmentCase c = assessments.submitRequest(new Commands.NewRequest(body.childId(), body.requestedBy(),
                body.receivedOn(), body.reasons(), body.requesterName(), body.evidenceGaps()), user);
        return view(c, user);
    }

    ApiModels.CaseView decideWhetherToAssess(long caseId, ApiModels.DecisionBody body, CurrentUser user) {
        boolean assess = body.decision() == ApiModels.AssessDecision.ASSESS;
        DecisionOutcome outcome = body.decision() == null ? null : DecisionOutcome.valueOf(body.decision().name());
        Set<String> evidence = body.evidenceWeighed() == null ? Set.of()
                : body.evidenceWeighed().stream().filter(e -> e != null).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        Commands.DecideWhetherToAssess command = new Commands.DecideWhetherToAssess(outcome,
                body.mayHaveSen() == null ? assess : body.mayHaveSen(),
                body.mayNeedPlan() == null ? assess : body.mayNeedPlan(),
                evidence, EnumSet.noneOf(AdviceKind.class), body.reasons(), body.decidedOn());
        AssessmentCase c;
        try {
            c = assessments.decideWhetherToAssess(caseId, command, user);
        } catch (BadInputException e) {
            throw renamed(e, DECISION_FIELDS);
        }
        return view(c, user);
    }

    ApiModels.ExceptionView recordException(long caseId, ApiModels.ExceptionBody body, CurrentUser user) {
        TimeLimitException saved = assessments.recordException(caseId,
                new Commands.RecordException(body.limit(), body.reason(), body.from(), body.to(), body.note()), user);
        return exceptionView(saved);
    }

    ApiModels.CaseView withdraw(long caseId, ApiModels.WithdrawBody body, CurrentUser user) {
        AssessmentCase c = assessments.withdraw(caseId, new Commands.Withdraw(body.reason()), user);
        return view(c, user);
    }

    ApiModels.CaseView recordMediationCertificate(long caseId, ApiModels.MediationCertificateBody body, CurrentUser user) {
        return view(mediationCertificates.record(caseId, body.issuedOn(), user), user);
    }

    void completeTask(String taskId, Map<String, Object> values, CurrentUser user) {
        userTasks.complete(taskId, values, user);
    }

    // ---- reads ----

    @Transactional(readOnly = true)
    ApiModels.CaseView get(long caseId, CurrentUser user) {
        return view(queries.visibleCase(caseId, user), user);
    }

    @Transactional(readOnly = true)
    ApiModels.PageOf<ApiModels.CaseSummary> list(CurrentUser user, CaseStage status, Boolean overdue, LocalDate dueBefore,
            int page, int size) {
        // the one case search: "overdue" means here what it means on the work list
        Page<AssessmentCase> found = search.page(user, CaseSearch.CaseFilters.api(status, overdue, dueBefore),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id"))));
        return ApiModels.PageOf.of(found, c -> new ApiModels.CaseSummary(c.getId(), c.reference(), c.getChild().getId(),
                c.getChild().getFullName(), c.getStage().name(), c.getReceivedOn(), c.getRequestedBy().name(), deadlines(c)));
    }

    @Transactional(readOnly = true)
    List<TaskSummary> tasks(CurrentUser user) {
        return userTasks.tasksFor(user);
    }

    @Transactional(readOnly = true)
    List<ApiModels.AuditView> auditTrail(long caseId, CurrentUser user) {
        return queries.auditTrail(caseId, user).stream()
                .map(e -> new ApiModels.AuditView(e.getId(), e.getAt(), e.getUsername(), e.getRole(), e.getAction(), e.getDetail()))
                .toList();
    }

    /** The final plan as PDF, for anyone who may see the case. */
    byte[] finalPlanPdf(long caseId, CurrentUser user) {
        return pages.finalPlanPdf(caseId, user);
    }

    // ---- the case as JSON ----

    private ApiModels.CaseView view(AssessmentCase changed, CurrentUser user) {
        // the case as stored now, its parts under one access check
        CaseRecord record = queries.record(changed.getId(), user);
        AssessmentCase c = record.kase();
        long caseId = c.getId();
        LocalDate today = StatutoryClock.today(clock);
        boolean closed = c.getStage().isClosed();
        List<TimeLimitException> exceptions = record.exceptions();
        Collection<RecordedException> recorded = exceptions.stream().map(TimeLimitException::asRecorded).toList();
        List<ApiModels.MilestoneView> milestones = record.milestones().stream()
                .map(m -> {
                    boolean binding = StatutoryClock.isBinding(m.getTimeLimit(), m.getDueOn(), recorded);
                    return new ApiModels.MilestoneView(m.getTimeLimit().name(), m.getTimeLimit().label(), m.getDueOn(),
                            m.getDoneOn(), m.status(today, binding, closed) == StepStatus.OVERDUE, !binding);
                })
                .toList();
        LocalDate appealDeadline = null;
        for (Decision d : record.decisions()) {
            if (pages.appealDeadline(d) != null) {
                appealDeadline = pages.appealDeadline(d);
            }
        }
        CasePages.Evidence evidence = pages.evidence(record, user);
        List<ApiModels.AdviceView> advice = evidence.advice().stream()
                .map(a -> new ApiModels.AdviceView(a.kind().name(), a.from(), a.requestedOn(), a.dueOn(), a.receivedOn(),
                        a.text(), refs(caseId, a.documents())))
                .toList();
        List<ApiModels.FamilyViewsView> familyViews = evidence.familyViews().stream()
                .map(v -> new ApiModels.FamilyViewsView(v.givenOn(), v.by(), v.text(), refs(caseId, v.documents())))
                .toList();
        return new ApiModels.CaseView(caseId, c.reference(), c.getChild().getId(), c.getChild().getFullName(),
                c.getStage().name(), c.getReceivedOn(), c.getRequestedBy().name(), deadlines(c), milestones,
                exceptions.stream().map(CaseJson::exceptionView).toList(), appealDeadline, advice, familyViews,
                record.finalPlan().stream().map(s -> new ApiModels.FinalPlanSection(s.getSection().name(), s.getContent(),
                        s.getChangedFromDraft())).toList(), order(c));
    }

    /** reg 44; reg 45: the order that re-entered the assessment, its dates the case's own (AssessmentCase.dueDate). */
    private static ApiModels.TribunalOrder order(AssessmentCase c) {
        if (c.getOrderKind() == null) {
            return null;
        }
        return new ApiModels.TribunalOrder(c.getOrderKind().name(), c.getOrderedOn(), c.isOrderConceded(), AssessmentService.orderedWords(c),
                uk.ehctracker.statutory.Disagreement.limits(c.getOrderKind()).stream()
                        .map(l -> new ApiModels.OrderDue(l.name(), l.label(), l.citation(), c.dueDate(l))).toList());
    }

    private static List<ApiModels.DocumentRef> refs(long caseId, List<CasePages.DocumentRef> documents) {
        return documents.stream().map(d -> new ApiModels.DocumentRef(d.id(), d.fileName(),
                "/api/assessment-requests/" + caseId + "/documents/" + d.id())).toList();
    }

    private static ApiModels.Deadlines deadlines(AssessmentCase c) {
        return new ApiModels.Deadlines(c.getDecisionToAssessDue(), c.getDecisionNotToIssueDue(), c.getFinalPlanDue());
    }

    private static ApiModels.ExceptionView exceptionView(TimeLimitException e) {
        return new ApiModels.ExceptionView(e.getId(), e.getTimeLimit().name(), e.getReason().name(), e.getFromDate(),
                e.getToDate(), e.getNote());
    }

    /** The service's field problems under the API's field names. */
    static BadInputException renamed(BadInputException e, Map<String, String> names) {
        return new BadInputException(e.problems().stream()
                .map(p -> new FieldProblem(names.getOrDefault(p.field(), p.field()), p.message()))
                .toList());
    }
}
