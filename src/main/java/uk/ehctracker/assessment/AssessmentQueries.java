package uk.ehctracker.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.audit.AuditActions;
import uk.ehctracker.audit.AuditEntry;
import uk.ehctracker.audit.AuditLog;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.letters.Letter;
import uk.ehctracker.letters.LetterService;

/**
 * Reads of cases, always through the access policy: a list holds only the cases the person may
 * see, and a case they may not see is "not found".
 */
@Service
@Transactional(readOnly = true)
public class AssessmentQueries {

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;


    private final AssessmentCaseRepository cases;
    private final MilestoneRepository milestones;
    private final DecisionRepository decisions;
    private final AdviceRequestRepository adviceRequests;
    private final PlanSectionRepository planSections;
    private final TimeLimitExceptionRepository exceptions;
    private final CaseEventRepository events;
    private final LetterService letters;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final CaseProcess process;
    private final DirectoryService directory;
    private final FamilyViewsRepository familyViews;

    private final java.time.Clock clock;

    AssessmentQueries(AssessmentCaseRepository cases, MilestoneRepository milestones, DecisionRepository decisions,
            AdviceRequestRepository adviceRequests, PlanSectionRepository planSections,
            TimeLimitExceptionRepository exceptions, CaseEventRepository events, LetterService letters,
            AccessPolicy access, AuditLog audit, CaseProcess process, DirectoryService directory,
            FamilyViewsRepository familyViews, java.time.Clock clock) {
        this.familyViews = familyViews;
        this.clock = clock;
        this.cases = cases;
        this.milestones = milestones;
        this.decisions = decisions;
        this.adviceRequests = adviceRequests;
        this.planSections = planSections;
        this.exceptions = exceptions;
        this.events = events;
        this.letters = letters;
        this.access = access;
        this.audit = audit;
        this.process = process;
        this.directory = directory;
    }

    public Specification<AssessmentCase> visibleTo(CurrentUser user) {
        return CaseVisibility.of(access.caseFilter(user));
    }

    /** The LA's case of the plan imported for the child its records call {@code importRef}, if any (checked by the caller). */
    public Optional<AssessmentCase> importedPlan(long laId, String importRef) {
        return cases.findByLocalAuthorityIdAndImportRef(laId, importRef);
    }

    public AssessmentCase visibleCase(long caseId, CurrentUser user) {
        AssessmentCase found = cases.findOne(visibleTo(user).and(CaseVisibility.withId(caseId)))
                .orElseThrow(() -> new NotFoundException("Case"));
        // every read of a child's case is on the audit trail (one entry per person, case and request)
        audit.record(user, caseId, AuditActions.READ, null);
        return found;
    }

    /**
     * The case a command changes, its row locked before anything of it is read: the same command
     * sent twice at once (a double click, a client retrying on another node) runs one after the
     * other, and the second finds the case as the first left it (closed, the step done) and is
     * refused as a conflict instead of reaching the engine half-way. Only commands call this.
     */
    public AssessmentCase caseForCommand(long caseId, CurrentUser user) {
        cases.lock(caseId);
        return visibleCase(caseId, user);
    }

    /**
     * How many of the cases this person may see match the filter, by who each is assigned to (key
     * null: nobody): one grouped count, for the manager's breakdown. Counted, not read: no audit entry.
     */
    public java.util.Map<String, Long> countVisibleByAssignee(CurrentUser user, Specification<AssessmentCase> filter) {
        return countVisibleGroupedBy(user, filter, "assignedTo", String.class);
    }

    /** As {@link #countVisibleByAssignee}, by stage: one grouped count for the manager's figures. */
    public java.util.Map<CaseStage, Long> countVisibleByStage(CurrentUser user, Specification<AssessmentCase> filter) {
        return countVisibleGroupedBy(user, filter, "stage", CaseStage.class);
    }

    private <K> java.util.Map<K, Long> countVisibleGroupedBy(CurrentUser user, Specification<AssessmentCase> filter, String attribute,
            Class<K> key) {
        jakarta.persistence.criteria.CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        jakarta.persistence.criteria.CriteriaQuery<jakarta.persistence.Tuple> q = cb.createTupleQuery();
        jakarta.persistence.criteria.Root<AssessmentCase> root = q.from(AssessmentCase.class);
        q.multiselect(root.get(attribute), cb.count(root))
                .where(visibleTo(user).and(filter).toPredicate(root, q, cb))
                .groupBy(root.get(attribute));
        java.util.Map<K, Long> counts = new java.util.HashMap<>();
        for (jakarta.persistence.Tuple t : entityManager.createQuery(q).getResultList()) {
            counts.put(t.get(0, key), t.get(1, Long.class));
        }
        return counts;
    }

    /**
     * The cases this person may see that match the filter, counted by who each is assigned to and
     * its stage, with, for each group, how many match each of {@code flags}: one grouped query for
     * the manager's figures (rows: assignee, stage, count, then one count per flag). Counted, not
     * read: no audit entry.
     */
    public List<Object[]> countVisibleByAssigneeAndStage(CurrentUser user, Specification<AssessmentCase> filter,
            List<Specification<AssessmentCase>> flags) {
        jakarta.persistence.criteria.CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        jakarta.persistence.criteria.CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        jakarta.persistence.criteria.Root<AssessmentCase> root = q.from(AssessmentCase.class);
        List<jakarta.persistence.criteria.Selection<?>> columns = new java.util.ArrayList<>(
                List.of(root.get("assignedTo"), root.get("stage"), cb.count(root)));
        for (Specification<AssessmentCase> flag : flags) {
            columns.add(cb.sum(cb.<Long>selectCase().when(flag.toPredicate(root, q, cb), 1L).otherwise(0L)));
        }
        q.multiselect(columns)
                .where(visibleTo(user).and(filter).toPredicate(root, q, cb))
                .groupBy(root.get("assignedTo"), root.get("stage"));
        return entityManager.createQuery(q).getResultList();
    }

    /**
     * The cases this person may see whose final plan was issued from {@code from} to {@code to},
     * counted by how each met its 20 weeks (the kept {@link FinalPlanTiming}): one grouped count
     * that ix_case_la_final_plan answers alone, however many plans the LA holds.
     */
    public Map<FinalPlanTiming, Long> countFinalPlansByTiming(CurrentUser user, java.time.LocalDate from, java.time.LocalDate to) {
        jakarta.persistence.criteria.CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        jakarta.persistence.criteria.CriteriaQuery<jakarta.persistence.Tuple> q = cb.createTupleQuery();
        jakarta.persistence.criteria.Root<AssessmentCase> root = q.from(AssessmentCase.class);
        jakarta.persistence.criteria.Path<FinalPlanTiming> timing = root.get("finalPlanTiming");
        Specification<AssessmentCase> issued = (r, qq, b) -> b.and(b.between(r.get("finalPlanIssuedOn"), from, to), b.isNotNull(timing));
        // count(timing), not count(id): every column the query reads is in the index
        q.multiselect(timing, cb.count(timing)).where(visibleTo(user).and(issued).toPredicate(root, q, cb)).groupBy(timing);
        Map<FinalPlanTiming, Long> counts = new java.util.EnumMap<>(FinalPlanTiming.class);
        for (jakarta.persistence.Tuple t : entityManager.createQuery(q).getResultList()) {
            counts.put(t.get(0, FinalPlanTiming.class), t.get(1, Long.class));
        }
        return counts;
    }

    /** Those of these cases this person may see, in one query: for lists (a list row is not a read, so no audit entry). */
    public List<AssessmentCase> visibleAmong(Collection<Long> caseIds, CurrentUser user) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return cases.findAll(visibleTo(user).and((root, q, cb) -> root.get("id").in(caseIds)));
    }

    /**
     * How many of the cases this person may see match, counted up to {@code cap}: reads at most
     * cap + 1 ids, so a list's count does not scan every open case of a large LA (issue 19).
     */
    public uk.ehctracker.common.CappedCount countVisibleUpTo(CurrentUser user, Specification<AssessmentCase> filter, int cap) {
        jakarta.persistence.criteria.CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        jakarta.persistence.criteria.CriteriaQuery<Long> q = cb.createQuery(Long.class);
        jakarta.persistence.criteria.Root<AssessmentCase> root = q.from(AssessmentCase.class);
        q.select(root.get("id")).where(visibleTo(user).and(filter).toPredicate(root, q, cb));
        return uk.ehctracker.common.CappedCount.of(entityManager.createQuery(q).setMaxResults(cap + 1).getResultList(), cap);
    }

    /**
     * Rows {@code offset} to {@code offset + limit} of the cases this person may see that match, in
     * the filter's order, each with its child and school: a list's page without the total a
     * {@link Page} would count, and without a query per row for the names.
     */
    public List<AssessmentCase> visibleCasesFrom(CurrentUser user, Specification<AssessmentCase> filter, int offset, int limit) {
        jakarta.persistence.criteria.CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        jakarta.persistence.criteria.CriteriaQuery<AssessmentCase> q = cb.createQuery(AssessmentCase.class);
        jakarta.persistence.criteria.Root<AssessmentCase> root = q.from(AssessmentCase.class);
        root.fetch("child");
        root.fetch("school", jakarta.persistence.criteria.JoinType.LEFT);
        q.select(root).where(visibleTo(user).and(filter).toPredicate(root, q, cb));
        return entityManager.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public Page<AssessmentCase> visibleCases(CurrentUser user, Specification<AssessmentCase> filter, Pageable page) {
        return cases.findAll(visibleTo(user).and(filter), page);
    }

    public List<AssessmentCase> casesOfChild(long childId, CurrentUser user) {
        return cases.findAll(visibleTo(user).and((root, q, cb) -> cb.equal(root.get("child").get("id"), childId)));
    }

    /**
     * A case with everything recorded on it, under one access check and one audit entry: what a
     * case page or a family's status page shows. Reading the parts one by one would check
     * access and write the audit trail once per part.
     */
    public CaseRecord record(long caseId, CurrentUser user) {
        AssessmentCase c = visibleCase(caseId, user);
        return new CaseRecord(c, milestones.findByCaseIdOrderByDueOnAscIdAsc(caseId),
                decisions.findByCaseIdOrderByDecidedOnAscIdAsc(caseId), readableAdvice(c, user),
                exceptions.findByCaseIdOrderByFromDateAsc(caseId),
                planSections.findByCaseIdAndPlanVersionOrderBySectionAsc(caseId, PlanSection.PlanVersion.DRAFT),
                mayReadFinalPlan(c, user)
                        ? planSections.findByCaseIdAndPlanVersionOrderBySectionAsc(caseId, PlanSection.PlanVersion.FINAL) : List.of(),
                events.findByCaseIdOrderByHappenedAtAscIdAsc(caseId), letters.lettersFor(caseId, access.readableLetters(user)),
                readableViews(c, user));
    }

    /**
     * The cases of these children this person may see, each with its child, in one query (a
     * family's page: one query for the whole family, not one per child). Not yet a read: pass them
     * to {@link #records}.
     */
    public List<AssessmentCase> visibleCasesOfChildren(Collection<Long> childIds, CurrentUser user) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        jakarta.persistence.criteria.CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        jakarta.persistence.criteria.CriteriaQuery<AssessmentCase> q = cb.createQuery(AssessmentCase.class);
        jakarta.persistence.criteria.Root<AssessmentCase> root = q.from(AssessmentCase.class);
        root.fetch("child");
        Specification<AssessmentCase> ofChildren = (r, qq, b) -> r.get("child").get("id").in(childIds);
        q.select(root).where(visibleTo(user).and(ofChildren).toPredicate(root, q, cb));
        return entityManager.createQuery(q).getResultList();
    }

    /**
     * As {@link #record} for several cases the person may see (from {@link #visibleCasesOfChildren}),
     * in the order given: each case's read on the audit trail, all written in one transaction, and
     * each part read for all the cases in one query (the advice, filtered per case by the access
     * policy, one query per case).
     */
    public List<CaseRecord> records(List<AssessmentCase> visible, CurrentUser user) {
        if (visible.isEmpty()) {
            return List.of();
        }
        List<Long> ids = visible.stream().map(AssessmentCase::getId).toList();
        // every read of a child's case is on the audit trail: one entry per case, one transaction for them all
        audit.recordReads(user, ids);
        Map<Long, List<Milestone>> milestonesOf = byCase(milestones.findByCaseIdInOrderByDueOnAscIdAsc(ids), Milestone::getCaseId);
        Map<Long, List<Decision>> decisionsOf = byCase(decisions.findByCaseIdInOrderByDecidedOnAscIdAsc(ids), Decision::getCaseId);
        Map<Long, List<TimeLimitException>> exceptionsOf = byCase(exceptions.findByCaseIdInOrderByFromDateAsc(ids),
                TimeLimitException::getCaseId);
        Map<Long, List<PlanSection>> draftOf = byCase(planSections.findByCaseIdInAndPlanVersionOrderBySectionAsc(ids,
                PlanSection.PlanVersion.DRAFT), PlanSection::getCaseId);
        List<Long> finalReadable = visible.stream().filter(c -> mayReadFinalPlan(c, user)).map(AssessmentCase::getId).toList();
        Map<Long, List<PlanSection>> finalOf = finalReadable.isEmpty() ? Map.of()
                : byCase(planSections.findByCaseIdInAndPlanVersionOrderBySectionAsc(finalReadable, PlanSection.PlanVersion.FINAL),
                        PlanSection::getCaseId);
        Map<Long, List<CaseEvent>> eventsOf = byCase(events.findByCaseIdInOrderByHappenedAtAscIdAsc(ids), CaseEvent::getCaseId);
        Map<Long, List<Letter>> lettersOf = letters.lettersFor(ids, access.readableLetters(user));
        List<Long> viewsReadable = visible.stream()
                .filter(c -> access.mayReadFamilyViews(user, c.getLocalAuthority().getId())).map(AssessmentCase::getId).toList();
        Map<Long, List<FamilyViews>> viewsOf = viewsReadable.isEmpty() ? Map.of()
                : byCase(familyViews.findByCaseIdInOrderByGivenOnAscIdAsc(viewsReadable), FamilyViews::getCaseId);
        List<CaseRecord> records = new java.util.ArrayList<>();
        for (AssessmentCase c : visible) {
            long id = c.getId();
            records.add(new CaseRecord(c, milestonesOf.getOrDefault(id, List.of()), decisionsOf.getOrDefault(id, List.of()),
                    readableAdvice(c, user), exceptionsOf.getOrDefault(id, List.of()), draftOf.getOrDefault(id, List.of()),
                    finalOf.getOrDefault(id, List.of()), eventsOf.getOrDefault(id, List.of()), lettersOf.getOrDefault(id, List.of()),
                    viewsOf.getOrDefault(id, List.of())));
        }
        return records;
    }

    private static <T> Map<Long, List<T>> byCase(List<T> rows, java.util.function.Function<T, Long> caseId) {
        return rows.stream().collect(Collectors.groupingBy(caseId));
    }

    /** The advice on a case this person may read, filtered in the query (oldest request first). */
    private List<AdviceRequest> readableAdvice(AssessmentCase c, CurrentUser user) {
        return adviceRequests.findAll(AdviceVisibility.of(access.adviceFilter(user), c), Sort.by("id"));
    }

    /** The family's views on a case, oldest first, for those who may read them; nobody else is given any. */
    private List<FamilyViews> readableViews(AssessmentCase c, CurrentUser user) {
        return access.mayReadFamilyViews(user, c.getLocalAuthority().getId())
                ? familyViews.findByCaseIdOrderByGivenOnAscIdAsc(c.getId()) : List.of();
    }

    /** The family's views on a case, oldest first: for the family and LA staff of the case's LA; others get none. */
    public List<FamilyViews> familyViews(long caseId, CurrentUser user) {
        return readableViews(visibleCase(caseId, user), user);
    }

    /**
     * The milestones and exceptions of cases the person was just shown in a list, one query each
     * for the whole page, keyed by case id. A list row is not a read of the case, so no audit
     * entry; only cases that came out of {@link #visibleCases} belong here.
     */
    public ListedCaseDates datesOfListed(Collection<AssessmentCase> listed) {
        List<Long> ids = listed.stream().map(AssessmentCase::getId).toList();
        if (ids.isEmpty()) {
            return new ListedCaseDates(Map.of(), Map.of());
        }
        return new ListedCaseDates(
                milestones.findByCaseIdInOrderByDueOnAscIdAsc(ids).stream().collect(Collectors.groupingBy(Milestone::getCaseId)),
                exceptions.findByCaseIdInOrderByFromDateAsc(ids).stream().collect(Collectors.groupingBy(TimeLimitException::getCaseId)));
    }

    /** The milestones and exceptions of listed cases, by case id. */
    public record ListedCaseDates(Map<Long, List<Milestone>> milestones, Map<Long, List<TimeLimitException>> exceptions) {

        public List<Milestone> milestonesOf(long caseId) {
            return milestones.getOrDefault(caseId, List.of());
        }

        public List<TimeLimitException> exceptionsOf(long caseId) {
            return exceptions.getOrDefault(caseId, List.of());
        }
    }

    public List<Milestone> milestones(long caseId, CurrentUser user) {
        visibleCase(caseId, user);
        return milestones.findByCaseIdOrderByDueOnAscIdAsc(caseId);
    }

    public List<Decision> decisions(long caseId, CurrentUser user) {
        visibleCase(caseId, user);
        return decisions.findByCaseIdOrderByDecidedOnAscIdAsc(caseId);
    }

    /** The advice on a case this person may read (an adviser: the requests made of them and what they gave). */
    public List<AdviceRequest> advice(long caseId, CurrentUser user) {
        return readableAdvice(visibleCase(caseId, user), user);
    }

    /** One advice request, if this person may read it; otherwise "not found". */
    public AdviceRequest adviceRequest(long adviceRequestId, CurrentUser user) {
        AdviceRequest advice = adviceRequests.findById(adviceRequestId).orElseThrow(() -> new NotFoundException("Advice request"));
        AssessmentCase c = visibleCase(advice.getCaseId(), user);
        return adviceRequests.findOne(AdviceVisibility.of(access.adviceFilter(user), c)
                        .and((root, q, cb) -> cb.equal(root.get("id"), adviceRequestId)))
                .orElseThrow(() -> new NotFoundException("Advice request"));
    }

    public List<PlanSection> plan(long caseId, PlanSection.PlanVersion version, CurrentUser user) {
        AssessmentCase c = visibleCase(caseId, user);
        if (version == PlanSection.PlanVersion.FINAL && !mayReadFinalPlan(c, user)) {
            return List.of();
        }
        return planSections.findByCaseIdAndPlanVersionOrderBySectionAsc(caseId, version);
    }

    /** Whether this person reads the case's final plan ({@link AccessPolicy#mayReadFinalPlan}). */
    private boolean mayReadFinalPlan(AssessmentCase c, CurrentUser user) {
        return access.mayReadFinalPlan(user, c.getLocalAuthority().getId(), youngPersonToday(c), c.getChild().isParentCopiesAgreed(),
                c.getConsultedSchool() == null ? null : c.getConsultedSchool().getId());
    }

    /** CFA s83(2): whether the case's child is over compulsory school age today, decided for the day of each act (docs/law.md s8). */
    private boolean youngPersonToday(AssessmentCase c) {
        return uk.ehctracker.statutory.CompulsorySchoolAge.isYoungPerson(c.getChild().getDateOfBirth(),
                uk.ehctracker.statutory.StatutoryClock.today(clock));
    }

    /**
     * Whether this person may record a step of a disagreement on the case they see (mediation, its
     * certificate, an appeal; {@link AccessPolicy#mayRecordDisagreement}), the child's age taken today.
     */
    public boolean mayRecordDisagreement(AssessmentCase c, CurrentUser user) {
        return access.mayRecordDisagreement(user, c.getLocalAuthority().getId(), youngPersonToday(c));
    }

    /**
     * CFA s80, s83(2): why the parent of a young person may not record the case's disagreement,
     * in words they read; empty for anyone else.
     */
    public Optional<String> disagreementIsTheYoungPersons(AssessmentCase c, CurrentUser user) {
        if (!access.isParentOfAYoungPerson(user, youngPersonToday(c))) {
            return Optional.empty();
        }
        String name = c.getChild().getFirstName();
        return Optional.of(name + " is a young person (over compulsory school age), so disagreeing with a decision, mediation and"
                + " an appeal are " + name + "'s own: " + name + " records each step, signed in for themselves, or the council"
                + " records it on their behalf");
    }

    /**
     * The case, its row locked, for a command recording a step of a disagreement (CFA s51-s55): "not
     * found" unless the person may record it; the parent of a young person is refused in words
     * ({@link #disagreementIsTheYoungPersons}), beside the command's {@code field}. Every step the
     * family records comes through here, whichever door (the screens, the API).
     */
    public AssessmentCase caseToRecordDisagreement(long caseId, CurrentUser by, String field) {
        AssessmentCase c = caseForCommand(caseId, by);
        Optional<String> youngPersons = disagreementIsTheYoungPersons(c, by);
        if (youngPersons.isPresent()) {
            throw uk.ehctracker.common.BadInputException.of(field, youngPersons.get());
        }
        if (!mayRecordDisagreement(c, by)) {
            throw new NotFoundException("Case");
        }
        return c;
    }

    public List<CaseEvent> timeline(long caseId, CurrentUser user) {
        visibleCase(caseId, user);
        return events.findByCaseIdOrderByHappenedAtAscIdAsc(caseId);
    }

    public List<Letter> letters(long caseId, CurrentUser user) {
        visibleCase(caseId, user);
        return letters.lettersFor(caseId, access.readableLetters(user));
    }

    /** The elements of the model the case's process is at now (empty once it has ended). */
    public Set<String> activeSteps(long caseId, CurrentUser user) {
        visibleCase(caseId, user);
        return process.activeElements(caseId);
    }

    /** The assessment model as drawn, with this case's place in it: for LA staff of the case's LA; anyone else is told "not found". */
    public ProcessDiagram diagram(long caseId, CurrentUser user) {
        AssessmentCase c = visibleCase(caseId, user);
        if (!access.mayManageCase(user, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        return process.diagram(caseId);
    }

    /** A case's audit trail, oldest first: for the managers of the case's LA; anyone else is told "not found". */
    public List<AuditEntry> auditTrail(long caseId, CurrentUser user) {
        AssessmentCase c = visibleCase(caseId, user);
        if (!access.mayReadAuditTrail(user, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        return audit.entriesOf(caseId);
    }

    /** The children this person may see (and so make a request for), filtered in the query by the access policy. */
    public List<Child> visibleChildren(CurrentUser user) {
        return directory.children(access.childFilter(user).where());
    }
}
