package uk.ehctracker.cessation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.common.CappedCount;

/**
 * The caseworkers' lists of plans being ceased (CFA s45; reg 31; docs/law.md s9, "Ceasing"): those
 * proposed, waiting for the family's and the setting's views or the council's decision, and those
 * decided, kept while the family can appeal (CFA s45(4)). Filtered, ordered and paged in the query,
 * through the access policy, the LA's cases only. Each list is ordered by the day its date counts
 * from (the family told; the notice sent), which orders it by that date too, so no date is stored.
 */
@Service
@Transactional(readOnly = true)
public class CeaseWorklist {

    /** The two lists; a plan being ceased is on one of them until it ends or is kept. */
    public enum CeaseList {
        /** reg 31(1), (2): proposed; the family and the setting consulted, or to be; the decision to make. */
        AWAITING_DECISION("Ceasing proposed: views and the decision"),
        /** CFA s45(4): decided to cease; the plan is kept while an appeal can be made or is running. */
        TIME_TO_APPEAL("Ceasing decided: the plan is kept while the family can appeal");

        private final String words;

        CeaseList(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        private Predicate where(CriteriaBuilder cb, Root<CessationRecord> r) {
            return this == AWAITING_DECISION ? cb.isNull(r.get("ceases")) : cb.isTrue(r.get("ceases"));
        }
    }

    /**
     * A plan being ceased on a caseworker's list. {@code dueOn}: for a proposal, the day the views
     * are asked for by [practice], null until the family is told; for a decision, the last day to
     * appeal (HESC Rules r20), the plan ending the day after ({@code endsIfNoAppeal}) unless an appeal may still come.
     */
    public record CeaseRow(long caseId, String reference, String childName, CeaseList list, LocalDate proposedOn, LocalDate dueOn,
            LocalDate endsIfNoAppeal, String nextStep) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    private final AssessmentQueries cases;
    private final AccessPolicy access;
    private final uk.ehctracker.calendar.EnglandCalendar calendar;

    CeaseWorklist(AssessmentQueries cases, AccessPolicy access, uk.ehctracker.calendar.EnglandCalendar calendar) {
        this.cases = cases;
        this.access = access;
        this.calendar = calendar;
    }

    /** Rows {@code offset} to {@code offset + limit} of the list, nearest date first. */
    public List<CeaseRow> rows(CurrentUser user, CeaseList list, int offset, int limit) {
        Long laId = laOf(user);
        if (laId == null) {
            return List.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<CessationRecord> r = q.from(CessationRecord.class);
        Root<AssessmentCase> c = q.from(AssessmentCase.class);
        c.fetch("child");
        // the day the list's date counts from: the family told (not yet told first: that is the step to do), or the notice sent
        String from = list == CeaseList.AWAITING_DECISION ? "familyToldOn" : "noticeSentOn";
        q.multiselect(r, c).where(listed(cb, q, r, c, user, laId, list))
                .orderBy(((org.hibernate.query.criteria.HibernateCriteriaBuilder) cb).asc(r.get(from), true),
                        cb.asc(r.get("proposedOn")), cb.asc(r.get("id")));
        return entityManager.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> row((CessationRecord) row[0], (AssessmentCase) row[1], list, calendar.workingDays())).toList();
    }

    /** How many plans are on the list, counted up to {@code cap}. */
    public CappedCount count(CurrentUser user, CeaseList list, int cap) {
        Long laId = laOf(user);
        if (laId == null) {
            return new CappedCount(0, false);
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<CessationRecord> r = q.from(CessationRecord.class);
        Root<AssessmentCase> c = q.from(AssessmentCase.class);
        q.select(r.get("id")).where(listed(cb, q, r, c, user, laId, list));
        return CappedCount.of(entityManager.createQuery(q).setMaxResults(cap + 1).getResultList(), cap);
    }

    /** The LA whose cases the access policy shows this person, if it shows them an LA's cases: only they have the lists. */
    private Long laOf(CurrentUser user) {
        return access.laOfCaseLists(user);
    }

    /** Open proposals on the LA's cases the person may see, on {@code list}. */
    private Predicate listed(CriteriaBuilder cb, CriteriaQuery<?> q, Root<CessationRecord> r, Root<AssessmentCase> c, CurrentUser user,
            long laId, CeaseList list) {
        return cb.and(
                cb.equal(c.get("id"), r.get("caseId")),
                cb.equal(c.get("localAuthority").get("id"), laId),
                cases.visibleTo(user).toPredicate(c, q, cb),
                // CessationRecord.isOpen: neither ended nor kept
                cb.isNull(r.get("ceasedOn")),
                cb.isNull(r.get("keptOn")),
                list.where(cb, r));
    }

    private static CeaseRow row(CessationRecord r, AssessmentCase c, CeaseList list, uk.ehctracker.statutory.WorkingDays workingDays) {
        LocalDate due = list == CeaseList.AWAITING_DECISION ? r.responsesDueBy() : r.appealDeadline(workingDays);
        return new CeaseRow(c.getId(), c.reference(), c.getChild().getFullName(), list, r.getProposedOn(), due,
                r.endsIfNoAppeal(workingDays), nextStepOf(r, list));
    }

    private static String nextStepOf(CessationRecord r, CeaseList list) {
        if (list == CeaseList.TIME_TO_APPEAL) {
            return "The plan is kept while the family can appeal";
        }
        return r.getFamilyToldOn() == null ? "Tell the family, and consult them and the setting" : "Decide whether to cease the plan";
    }
}
