package uk.ehctracker.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.StepStatus;
import uk.ehctracker.casework.CaseSearch.CaseRow;
import uk.ehctracker.common.CappedCount;
import uk.ehctracker.review.ReviewWorklist;
import uk.ehctracker.review.ReviewWorklist.ReviewRow;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * The caseworker's work list (issue 19): the LA's open assessment cases and its listed annual
 * reviews in one list, nearest statutory date first, a page at a time, for an LA of any size.
 *
 * <p>One query chooses a page: a UNION ALL of the cases by {@code next_due_on} (kept from their open
 * milestones) and the reviews by {@code next_due_on} (kept from their dates), each part read in
 * order from its index ({@code ix_case_la_next_due_id}, {@code ix_review_la_due_id}, V42) and
 * cut at the page's size, so a page reads about two pages' worth of index entries whatever the
 * caseload. Pages follow each other by key (next date, kind, id), not by offset: the 400th page
 * costs what the first does. The count stops at a cap ("more than 1,000"). The rows are then read
 * by the case list's and the reviews list's own code ({@link CaseSearch#rowsOf},
 * {@link ReviewWorklist#rowsOf}), so "what is due" reads the same on every list.
 *
 * <p>The access policy decides, in the query: only a person whose case filter is an LA's cases has
 * the list, and it holds that LA's items; the rows are read again through the policy's filter.
 * Open cases with no statutory date to meet now are not on it (nothing is due): the case list
 * below it on "My work" shows them.
 */
@Service
@Transactional(readOnly = true)
public class WorkList {

    /** What an item is; on the same day, cases come before reviews. */
    public enum Kind {
        CASE, REVIEW
    }

    /** Where an item stands in the list's order: the first page starts after no key, the next after the last item shown. */
    public record Key(LocalDate dueOn, Kind kind, long id) {
    }

    /**
     * One item on the list: the case it belongs to, the child, what is due and by when, and how it
     * stands (overdue, due soon, on track; an exception may excuse a case's step).
     */
    public record DueItem(Key key, long caseId, String reference, String childName, String what, LocalDate dueOn, StepStatus status) {
    }

    /** A page of the list and the key the next page starts after (null: this is the last page). */
    public record Page(List<DueItem> items, Key next) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessPolicy access;
    private final CaseSearch cases;
    private final ReviewWorklist reviews;
    private final Clock clock;

    WorkList(NamedParameterJdbcTemplate jdbc, AccessPolicy access, CaseSearch cases, ReviewWorklist reviews, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The {@code size} items after {@code after} (null: from the start), nearest statutory date first. */
    public Page page(CurrentUser user, Key after, int size) {
        Long laId = access.laOfCaseLists(user);
        if (laId == null) {
            return new Page(List.of(), null);
        }
        LocalDate today = StatutoryClock.today(clock);
        MapSqlParameterSource params = params(laId, today);
        // one more than the page: whether a next page exists
        int limit = size + 1;
        String caseAfter = "";
        String reviewAfter = "";
        if (after != null) {
            params.addValue("after", after.dueOn());
            params.addValue("caseAfter", idAfter(Kind.CASE, after));
            params.addValue("reviewAfter", idAfter(Kind.REVIEW, after));
            caseAfter = " AND c.next_due_on >= :after AND (c.next_due_on > :after OR c.id > :caseAfter)";
            reviewAfter = " AND r.next_due_on >= :after AND (r.next_due_on > :after OR r.id > :reviewAfter)";
        }
        String sql = "SELECT due_on, kind, id FROM ("
                + "(SELECT c.next_due_on AS due_on, 0 AS kind, c.id AS id" + OPEN_CASES + caseAfter
                + " ORDER BY c.next_due_on, c.id FETCH FIRST " + limit + " ROWS ONLY)"
                + " UNION ALL (SELECT r.next_due_on AS due_on, 1 AS kind, r.id AS id" + LISTED_REVIEWS + reviewAfter
                + " ORDER BY r.next_due_on, r.id FETCH FIRST " + limit + " ROWS ONLY)"
                + ") due ORDER BY due_on, kind, id FETCH FIRST " + limit + " ROWS ONLY";
        List<Key> keys = jdbc.query(sql, params, WorkList::key);
        List<Key> shown = keys.subList(0, Math.min(size, keys.size()));
        return new Page(items(user, shown, today), keys.size() > size ? shown.get(shown.size() - 1) : null);
    }

    /** How many items are on the list, counted up to {@code cap}: at most cap + 1 index entries of each kind are read. */
    public CappedCount count(CurrentUser user, int cap) {
        Long laId = access.laOfCaseLists(user);
        if (laId == null) {
            return new CappedCount(0, false);
        }
        int limit = cap + 1;
        Long n = jdbc.queryForObject("SELECT count(*) FROM ("
                + "(SELECT c.id" + OPEN_CASES + " FETCH FIRST " + limit + " ROWS ONLY)"
                + " UNION ALL (SELECT r.id" + LISTED_REVIEWS + " FETCH FIRST " + limit + " ROWS ONLY)) due",
                params(laId, StatutoryClock.today(clock)), Long.class);
        return n > cap ? new CappedCount(cap, true) : new CappedCount(n, false);
    }

    /**
     * The LA's open cases with a date to meet: CaseSearch's open stages; a closed case has no
     * next_due_on (AssessmentService keeps it from the open milestones).
     */
    private static final String OPEN_CASES = " FROM assessment_case c WHERE c.la_id = :la AND c.next_due_on IS NOT NULL"
            + " AND c.stage IN (:open)";

    /**
     * The LA's reviews on the reviews list today, by ReviewWorklist's rule: open (a complete review has
     * no next date) and its window opened. By the review's own LA (its case's: a plan moved to another
     * LA starts a review there, decision 0010), so keys and count come from ix_review_la_due_id alone;
     * the rows shown are read again through the access policy's filter on the case (ReviewWorklist.rowsOf).
     */
    private static final String LISTED_REVIEWS = " FROM annual_review r"
            + " WHERE r.la_id = :la AND r.next_due_on IS NOT NULL AND r.listed_from <= :today";

    private static MapSqlParameterSource params(long laId, LocalDate today) {
        return new MapSqlParameterSource("la", laId).addValue("today", today)
                .addValue("open", CaseSearch.OPEN.stream().map(CaseStage::name).toList());
    }

    /**
     * The id a part's rows on the key's own date must exceed to come after the key: every row of a
     * kind ordered before the key's on that day is before it, every row of a kind after it is after it.
     */
    private static long idAfter(Kind part, Key after) {
        int order = Integer.compare(part.ordinal(), after.kind().ordinal());
        return order < 0 ? Long.MAX_VALUE : order == 0 ? after.id() : Long.MIN_VALUE;
    }

    private static Key key(ResultSet rs, int row) throws SQLException {
        return new Key(rs.getObject(1, LocalDate.class), Kind.values()[rs.getInt(2)], rs.getLong(3));
    }

    /** The page's rows, in the keys' order, read through the case list's and the reviews list's own code. */
    private List<DueItem> items(CurrentUser user, List<Key> keys, LocalDate today) {
        Map<Long, CaseRow> caseRows = cases.rowsOf(user, idsOf(keys, Kind.CASE));
        Map<Long, ReviewRow> reviewRows = reviews.rowsOf(user, idsOf(keys, Kind.REVIEW));
        List<DueItem> items = new ArrayList<>();
        for (Key k : keys) {
            if (k.kind() == Kind.CASE && caseRows.containsKey(k.id())) {
                CaseRow c = caseRows.get(k.id());
                // the case's next open step; its date is the case's next_due_on, kept from the same milestones
                String what = c.next() == null ? "Next statutory step" : c.next().what();
                StepStatus status = c.next() == null ? StepStatus.of(today, k.dueOn(), null, true, false) : c.next().status();
                items.add(new DueItem(k, c.id(), c.reference(), c.childName(), what, k.dueOn(), status));
            } else if (k.kind() == Kind.REVIEW && reviewRows.containsKey(k.id())) {
                ReviewRow r = reviewRows.get(k.id());
                // a review's step has no exception to the time limit: overdue from the day after its date
                items.add(new DueItem(k, r.caseId(), r.reference(), r.childName(), "Annual review " + r.cycle() + ": " + r.nextStep(),
                        k.dueOn(), StepStatus.of(today, k.dueOn(), null, true, false)));
            }
        }
        return items;
    }

    private static List<Long> idsOf(List<Key> keys, Kind kind) {
        return keys.stream().filter(k -> k.kind() == kind).map(Key::id).toList();
    }
}
