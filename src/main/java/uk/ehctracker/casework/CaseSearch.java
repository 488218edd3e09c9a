package uk.ehctracker.casework;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.Milestone;
import uk.ehctracker.assessment.StepStatus;
import uk.ehctracker.assessment.TimeLimitException;
import uk.ehctracker.common.CappedCount;
import uk.ehctracker.statutory.RecordedException;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * The one search of cases: the caseworker's work list, the manager's figures and the API's list
 * all filter here, so "overdue" and "due this week" mean the same wherever they are shown.
 * Filtered in the query, within the cases the access policy lets the person see.
 */
@Service
@Transactional(readOnly = true)
public class CaseSearch {

    /**
     * The open stages, named: "stage IN (the open ones)" is an index condition on ix_case_la_open
     * (V42), so the list's capped count reads only the open cases' index entries; "NOT IN (the closed
     * ones)" was a filter on every case of the LA.
     */
    public static final List<CaseStage> OPEN = Arrays.stream(CaseStage.values()).filter(s -> !s.isClosed()).toList();

    private final AssessmentQueries queries;
    private final Clock clock;

    CaseSearch(AssessmentQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public LocalDate today() {
        return StatutoryClock.today(clock);
    }

    /** The next statutory date of a case: what, when, and how it stands. */
    public record NextDate(String what, LocalDate due, StepStatus status) {
    }

    /** One row of a case list. */
    public record CaseRow(long id, String reference, String childName, String schoolName, CaseStage stage,
            LocalDate receivedOn, NextDate next, String assignedTo) {
    }

    /**
     * The filters of a case list, the screens' and the API's alike; null means "any".
     * {@code overdue}: TRUE only cases with an overdue step, FALSE only cases without one.
     * {@code dueBefore}: only cases with an open step due before that day.
     */
    public record CaseFilters(CaseStage stage, Long schoolId, boolean dueWithinWeek, Boolean overdue, boolean includeClosed,
            LocalDate dueBefore, String assignedTo) {

        /** {@link #assignedTo} for cases assigned to nobody. */
        public static final String NOBODY = "";

        /** The caseworker's list: open cases unless closed ones are asked for. */
        public CaseFilters(CaseStage stage, Long schoolId, boolean dueWithinWeek, boolean overdue, boolean includeClosed) {
            this(stage, schoolId, dueWithinWeek, overdue ? Boolean.TRUE : null, includeClosed, null, null);
        }

        /** The same, with only the cases assigned to this person ({@link #NOBODY}: to nobody; null: anyone). */
        public CaseFilters assignedTo(String username) {
            return new CaseFilters(stage, schoolId, dueWithinWeek, overdue, includeClosed, dueBefore, username);
        }

        public static CaseFilters openCases() {
            return new CaseFilters(null, null, false, false, false);
        }

        /** The API's list: every stage unless one is asked for. */
        public static CaseFilters api(CaseStage status, Boolean overdue, LocalDate dueBefore) {
            return new CaseFilters(status, null, false, overdue, true, dueBefore, null);
        }
    }

    public record SchoolOption(long id, String name) {
    }

    /** How many of the cases this person may see match, by who they are assigned to (key null: nobody). One query. */
    public Map<String, Long> countByAssignee(CurrentUser user, CaseFilters filters) {
        return queries.countVisibleByAssignee(user, filter(filters, today()));
    }

    /** How many of the cases this person may see match, by stage. One query. */
    public Map<CaseStage, Long> countByStage(CurrentUser user, CaseFilters filters) {
        return queries.countVisibleByStage(user, filter(filters, today()));
    }

    /** The open cases of one assignee (null: nobody) at one stage: how many, how many with a step due this week, how many overdue. */
    public record OpenCount(String assignedTo, CaseStage stage, long open, long dueThisWeek, long overdue) {
    }

    /**
     * The open cases this person may see, by assignee and stage, each group with its cases due this
     * week and overdue, as the work list's filters count them: the manager's figures in one grouped
     * query instead of one count per figure.
     */
    public List<OpenCount> openCounts(CurrentUser user) {
        LocalDate today = today();
        List<Specification<AssessmentCase>> flags = List.of(
                filter(new CaseFilters(null, null, true, false, false), today),
                filter(new CaseFilters(null, null, false, true, false), today));
        return queries.countVisibleByAssigneeAndStage(user, filter(CaseFilters.openCases(), today), flags).stream()
                .map(r -> new OpenCount((String) r[0], (CaseStage) r[1], number(r[2]), number(r[3]), number(r[4])))
                .toList();
    }

    private static long number(Object n) {
        return n == null ? 0 : ((Number) n).longValue();
    }

    /** Rows {@code offset} to {@code offset + limit} of the list, nearest statutory date first (no total: see {@link #countUpTo}). */
    public List<CaseRow> rows(CurrentUser user, CaseFilters filters, int offset, int limit) {
        LocalDate today = today();
        List<AssessmentCase> shown = queries.visibleCasesFrom(user, filter(filters, today).and(nearestDateFirst()), offset, Math.max(1, limit));
        AssessmentQueries.ListedCaseDates dates = queries.datesOfListed(shown);
        return shown.stream().map(c -> row(c, dates, today)).toList();
    }

    /**
     * The rows of these cases that the person may see (others are left out), by id: a list that
     * chose its cases elsewhere (casework/WorkList) shows them as the case list does. One query for
     * the cases with their children and schools, one each for their milestones and exceptions.
     */
    public Map<Long, CaseRow> rowsOf(CurrentUser user, java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        Specification<AssessmentCase> among = (root, q, cb) -> root.get("id").in(caseIds);
        List<AssessmentCase> shown = queries.visibleCasesFrom(user, among, 0, caseIds.size());
        AssessmentQueries.ListedCaseDates dates = queries.datesOfListed(shown);
        Map<Long, CaseRow> rows = new java.util.HashMap<>();
        shown.forEach(c -> rows.put(c.getId(), row(c, dates, today)));
        return rows;
    }

    /** A page of the cases the person may see, in the caller's order (the API's: newest first). */
    public Page<AssessmentCase> page(CurrentUser user, CaseFilters filters, Pageable page) {
        return queries.visibleCases(user, filter(filters, today()), page);
    }

    /** How many cases match, counted up to {@code cap}: what a list on screen shows ("more than 1,000"). */
    public CappedCount countUpTo(CurrentUser user, CaseFilters filters, int cap) {
        return queries.countVisibleUpTo(user, filter(filters, today()), cap);
    }

    /** How many cases match, every one counted: for figures, not for lists. */
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
        if (!f.includeClosed() || f.dueWithinWeek() || Boolean.TRUE.equals(f.overdue())) {
            spec = spec.and((root, q, cb) -> root.get("stage").in(OPEN));
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
        if (f.overdue() != null) {
            // a due date is the last lawful day: a step is overdue from the day after (docs/law.md s0)
            Specification<AssessmentCase> anyOverdue = openStepDue(LocalDate.MIN, today.minusDays(1));
            spec = spec.and(f.overdue() ? anyOverdue : Specification.not(anyOverdue));
        }
        if (f.assignedTo() != null) {
            spec = spec.and((root, q, cb) -> f.assignedTo().equals(CaseFilters.NOBODY)
                    ? cb.isNull(root.get("assignedTo")) : cb.equal(root.get("assignedTo"), f.assignedTo()));
        }
        if (f.dueBefore() != null) {
            spec = spec.and(openStepDue(LocalDate.MIN, f.dueBefore().minusDays(1)));
        }
        return spec;
    }

    /**
     * Cases with a step not yet done whose due date lies between {@code from} and {@code to}, and
     * that no exception excuses (reg 5(4), 8(2), 10(4), 13(3)): an excused step is due "as soon as
     * practicable", so it is neither overdue nor due this week. An exception is stored only if its
     * period overlaps its limit's (AssessmentService.recordException), so here one for the same
     * limit that began by the due date excuses the step, as StatutoryClock.isBinding decides for a
     * case on its own (the one approximation: advice asked after an exception ended).
     */
    private static Specification<AssessmentCase> openStepDue(LocalDate from, LocalDate to) {
        return (root, q, cb) -> {
            Subquery<Long> step = q.subquery(Long.class);
            Root<Milestone> m = step.from(Milestone.class);
            Subquery<Long> excused = q.subquery(Long.class);
            Root<TimeLimitException> e = excused.from(TimeLimitException.class);
            excused.select(e.get("id")).where(
                    cb.equal(e.get("caseId"), m.get("caseId")),
                    cb.equal(e.get("timeLimit"), m.get("timeLimit")),
                    cb.lessThanOrEqualTo(e.get("fromDate"), m.get("dueOn")));
            step.select(m.get("caseId")).where(
                    cb.equal(m.get("caseId"), root.get("id")),
                    cb.isNull(m.get("doneOn")),
                    from.equals(LocalDate.MIN) ? cb.conjunction() : cb.greaterThanOrEqualTo(m.get("dueOn"), from),
                    cb.lessThanOrEqualTo(m.get("dueOn"), to),
                    cb.not(cb.exists(excused)));
            return cb.exists(step);
        };
    }

    /**
     * Nearest statutory date first; cases with no date to meet (closed, or no step open) last,
     * newest first. Sorted by the case's own next_due_on (kept by AssessmentService from its open
     * milestones, null once closed), so ix_case_la_next_due_id (V42) gives a page in order without reading
     * every open case's milestones (issue 19).
     */
    static Specification<AssessmentCase> nearestDateFirst() {
        return (root, q, cb) -> {
            Class<?> result = q.getResultType();
            if (result != Long.class && result != long.class) {
                q.orderBy(((org.hibernate.query.criteria.HibernateCriteriaBuilder) cb).asc(root.get("nextDueOn"), false),
                        cb.desc(root.get("receivedOn")), cb.desc(root.get("id")));
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
                .map(m -> new NextDate(CasePages.staffName(m.getTimeLimit()), m.getDueOn(),
                        m.status(today, StatutoryClock.isBinding(m.getTimeLimit(), m.getDueOn(), recorded), false)))
                .orElse(null);
    }
}
