package uk.ehctracker.review;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.common.CappedCount;
import uk.ehctracker.common.DateFormats;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * The caseworkers' reviews list: the open reviews of the LA whose window has opened, on one list or
 * all, nearest statutory date first, a page at a time. Filtered, ordered and paged in the query
 * (index ix_review_la_next_due, V36), through the access policy, from the list columns each review
 * keeps (AnnualReviewRecord.keepListing), so a page costs the same at 200 plans or 20,000.
 */
@Service
@Transactional(readOnly = true)
public class ReviewWorklist {

    /** The lists of the caseworkers' reviews page; a review may be on more than one. */
    public enum ReviewList {
        DUE("Due: the meeting to arrange or hold"),
        OVERDUE("Overdue"),
        AWAITING_DECISION("Awaiting the council's decision"),
        AMENDING("Amendments in progress"),
        TRANSFER_BY_15_FEBRUARY("Moving school next September: amended plan before 15 February");

        private final String words;

        ReviewList(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** Which lists an open review is on today. */
        static Set<ReviewList> of(AnnualReviewRecord r, LocalDate today) {
            Set<ReviewList> lists = EnumSet.noneOf(ReviewList.class);
            switch (r.step()) {
                case DUE -> lists.add(DUE);
                case AWAITING_DECISION -> lists.add(AWAITING_DECISION);
                case AMENDING -> lists.add(AMENDING);
                case COMPLETE -> {
                    return lists;
                }
            }
            if (StatutoryClock.isOverdue(today, r.nextDueOn())) {
                lists.add(OVERDUE);
            }
            if (r.transferBy15February()) {
                lists.add(TRANSFER_BY_15_FEBRUARY);
            }
            return lists;
        }

        /** The same rule as {@link #of}, as the query's condition on the list columns. */
        private Predicate where(CriteriaBuilder cb, Root<AnnualReviewRecord> r, LocalDate today) {
            return switch (this) {
                case DUE -> cb.equal(r.get("listStep"), ReviewStep.DUE);
                case AWAITING_DECISION -> cb.equal(r.get("listStep"), ReviewStep.AWAITING_DECISION);
                case AMENDING -> cb.equal(r.get("listStep"), ReviewStep.AMENDING);
                // StatutoryClock.isOverdue: overdue from the day after the last lawful day
                case OVERDUE -> cb.lessThan(r.get("nextDueOn"), today);
                case TRANSFER_BY_15_FEBRUARY -> cb.isTrue(r.get("transferBy15February"));
            };
        }
    }

    /** A review on the caseworkers' list: the case, the child, the date that matters now and what comes next. */
    public record ReviewRow(long caseId, String reference, String childName, int cycle, LocalDate reviewDueBy, LocalDate nextDate,
            String nextStep, Set<ReviewList> lists) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    private final AssessmentQueries cases;
    private final AccessPolicy access;
    private final Clock clock;

    ReviewWorklist(AssessmentQueries cases, AccessPolicy access, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.clock = clock;
    }

    /** Rows {@code offset} to {@code offset + limit} of the list ({@code list} null: every open review), nearest date first. */
    public List<ReviewRow> rows(CurrentUser user, ReviewList list, int offset, int limit) {
        return listedReviews(user, list, null, offset, limit).values().stream().toList();
    }

    /**
     * The rows of these reviews that are on the list today and that the person may see (others are
     * left out), by review id: a list that chose its reviews elsewhere (casework/WorkList) shows
     * them as this list does, under the same rules.
     */
    public Map<Long, ReviewRow> rowsOf(CurrentUser user, Collection<Long> reviewIds) {
        return reviewIds.isEmpty() ? Map.of() : listedReviews(user, null, reviewIds, 0, reviewIds.size());
    }

    /** The list's rows in its order, by review id; {@code ids} null: any review on the list. */
    private Map<Long, ReviewRow> listedReviews(CurrentUser user, ReviewList list, Collection<Long> ids, int offset, int limit) {
        Long laId = laOf(user);
        if (laId == null) {
            return Map.of();
        }
        LocalDate today = StatutoryClock.today(clock);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<AnnualReviewRecord> r = q.from(AnnualReviewRecord.class);
        Root<AssessmentCase> c = q.from(AssessmentCase.class);
        c.fetch("child");
        Predicate where = listed(cb, q, r, c, user, laId, list, today);
        q.multiselect(r, c).where(ids == null ? where : cb.and(where, r.get("id").in(ids)))
                .orderBy(cb.asc(r.get("nextDueOn")), cb.asc(r.get("id")));
        Map<Long, ReviewRow> rows = new LinkedHashMap<>();
        for (Object[] row : entityManager.createQuery(q).setFirstResult(offset).setMaxResults(limit).getResultList()) {
            AnnualReviewRecord review = (AnnualReviewRecord) row[0];
            rows.put(review.getId(), row(review, (AssessmentCase) row[1], today));
        }
        return rows;
    }

    /** How many reviews are on the list, counted up to {@code cap}. */
    public CappedCount count(CurrentUser user, ReviewList list, int cap) {
        Long laId = laOf(user);
        if (laId == null) {
            return new CappedCount(0, false);
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AnnualReviewRecord> r = q.from(AnnualReviewRecord.class);
        Root<AssessmentCase> c = q.from(AssessmentCase.class);
        q.select(r.get("id")).where(listed(cb, q, r, c, user, laId, list, StatutoryClock.today(clock)));
        return CappedCount.of(entityManager.createQuery(q).setMaxResults(cap + 1).getResultList(), cap);
    }

    /** The LA whose cases the access policy shows this person, if it shows them an LA's cases: only they have the list. */
    private Long laOf(CurrentUser user) {
        return access.laOfCaseLists(user);
    }

    /** Open reviews of the LA's cases the person may see, whose window has opened, on {@code list} (null: any). */
    private Predicate listed(CriteriaBuilder cb, CriteriaQuery<?> q, Root<AnnualReviewRecord> r, Root<AssessmentCase> c, CurrentUser user,
            long laId, ReviewList list, LocalDate today) {
        return cb.and(
                // the index's way in; the case's own LA, which the access policy checks on the case below
                cb.equal(r.get("laId"), laId),
                cb.equal(c.get("id"), r.get("caseId")),
                cases.visibleTo(user).toPredicate(c, q, cb),
                // a complete review has no next date (AnnualReviewRecord.keepListing)
                cb.isNotNull(r.get("nextDueOn")),
                cb.lessThanOrEqualTo(r.get("listedFrom"), today),
                list == null ? cb.conjunction() : list.where(cb, r, today));
    }

    private static ReviewRow row(AnnualReviewRecord r, AssessmentCase c, LocalDate today) {
        return new ReviewRow(c.getId(), c.reference(), c.getChild().getFullName(), r.getCycle(), r.schedule().reviewDueBy(), r.nextDueOn(),
                nextStepOf(r), ReviewList.of(r, today));
    }

    private static String nextStepOf(AnnualReviewRecord r) {
        return switch (r.step()) {
            // the row's date is the review's own last day; the meeting's day is said as arranged, not as due
            case DUE -> r.getMeetingOn() == null ? "Arrange the meeting"
                    : "Hold the review meeting (arranged for " + DateFormats.full(r.getMeetingOn()) + ")";
            case AWAITING_DECISION -> r.getReportSentOn() == null ? "The report of the meeting" : "Decide to keep, amend or cease";
            case AMENDING -> "Issue the amended plan";
            case COMPLETE -> "Nothing: the review is complete";
        };
    }
}
