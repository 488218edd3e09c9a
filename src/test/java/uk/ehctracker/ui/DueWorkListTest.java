package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.casework.WorkList.DueItem;
import uk.ehctracker.common.ClockTravel;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.Contact;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.LocalAuthority;
import uk.ehctracker.directory.Role;
import uk.ehctracker.ui.common.Dates;

/**
 * "Due next" on My work: the LA's assessment cases and annual reviews in one list, nearest statutory
 * date first, as the caseworker reads it: a case and a review interleaved by date with what is due,
 * for which child, by when and overdue marked; 50 at a time with "Next 50" and "Previous 50"; "more
 * than 1,000" past the cap; and another LA's items never on it.
 */
class DueWorkListTest extends KaribuTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired DirectoryService directory;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void casesAndReviewsInterleaveByDate_withWhatIsDueInWords_andAnotherLaSeesNone() {
        UiCases cases = cases();
        LocalDate today = cases.today();
        ClockTravel travel = context.getBean(ClockTravel.class);
        // a request received 50 days ago: its decision whether to assess was due 8 days ago (reg 5(1): 6 weeks)
        AssessmentCase lateCase;
        travel.to(today.minusDays(50));
        try {
            lateCase = cases.requested();
        } finally {
            travel.back();
        }
        // plans made 370 and 335 days ago: their reviews were due 5 days ago and are due in 30 days (CFA s44(1))
        AssessmentCase lateReview = cases.planIssuedOn(today.minusDays(370), today.minusYears(8));
        AssessmentCase comingReview = cases.planIssuedOn(today.minusDays(335), today.minusYears(8));
        // a request received today: its decision is due in 42 days
        AssessmentCase newCase = cases.requested();

        signIn("caseworker");
        navigate("caseworker");
        List<DueItem> all = allPages();
        assertThat(all.stream().map(DueItem::dueOn).toList()).as("nearest statutory date first").isSorted();
        List<Long> order = all.stream().map(DueItem::caseId)
                .filter(id -> id == lateCase.getId() || id == lateReview.getId() || id == comingReview.getId() || id == newCase.getId())
                .toList();
        assertThat(order).containsExactly(lateCase.getId(), lateReview.getId(), comingReview.getId(), newCase.getId());

        String lateCaseRow = rowText(lateCase.getId());
        assertThat(lateCaseRow).contains("Decision to assess due " + Dates.brief(today.minusDays(8), today) + ", 8 days overdue")
                .contains("Overdue").contains("Assessment request").contains(lateCase.getChild().getFullName());
        String lateReviewRow = rowText(lateReview.getId());
        LocalDate reviewDue = all.stream().filter(i -> i.caseId() == lateReview.getId()).findFirst().orElseThrow().dueOn();
        assertThat(reviewDue).isBefore(today);
        assertThat(lateReviewRow).contains("Annual review 1: Arrange the meeting due " + Dates.brief(reviewDue, today) + ", "
                + Dates.daysLeft(today, reviewDue)).contains("days overdue").contains("Overdue");
        assertThat(rowText(newCase.getId())).contains("42 days left").contains("On track");
        // the row's child opens the case
        rowText(lateCase.getId());
        int row = items().stream().map(DueItem::caseId).toList().indexOf(lateCase.getId());
        assertThat(((com.vaadin.flow.component.html.Anchor) GridKt._getCellComponent(grid(), row, "child")).getHref())
                .isEqualTo("cases/" + lateCase.getId());

        signIn("caseworker2");
        navigate("caseworker");
        assertThat(allPages()).extracting(DueItem::caseId)
                .doesNotContain(lateCase.getId(), lateReview.getId(), comingReview.getId(), newCase.getId());
    }

    @Test
    void aReviewWhoseMeetingIsArranged_readsAsAMeetingToHold_dueByTheReviewsOwnLastDay() {
        LocalDate today = cases().today();
        // a plan 340 days ago: its review is due within 12 months (CFA s44(1)), in about 25 days, so listed
        AssessmentCase c = cases().planIssuedOn(today.minusDays(340), today.minusYears(8));
        cases().reviewTimerFires(c.getId(), "reviewWindowOpens");
        LocalDate meetingOn = today.plusDays(20);
        var reviews = context.getBean(uk.ehctracker.review.ReviewService.class);
        var people = context.getBean(uk.ehctracker.testing.TestPeople.class);
        // reg 20(3): the invitations go at least two weeks before the meeting
        reviews.arrangeMeeting(c.getId(), meetingOn, today, people.user("senco"));
        LocalDate dueBy = reviews.view(c.getId(), people.user("caseworker")).orElseThrow().reviewDueBy();

        signIn("caseworker");
        // the meeting's day is said as arranged; the date the row is due by is the review's own
        assertThat(rowText(c.getId())).contains("Annual review 1: Hold the review meeting (arranged for " + Dates.full(meetingOn)
                + ") due " + Dates.brief(dueBy, today) + ", " + Dates.daysLeft(today, dueBy));
    }

    @Test
    void aLargeLasListIsReadFiftyAtATime_saysMoreThan1000_andStaysWithItsLa() {
        LocalDate today = cases().today();
        String caseworker = largeLaWithDueCases(1_020, today);
        try {
            readsTheLargeLasListFiftyAtATime(caseworker, today);
        } finally {
            // other tests read every LA on the tracker (the demo's two, the councils a plan can move to)
            removeLargeLa(caseworker);
        }
    }

    private void readsTheLargeLasListFiftyAtATime(String caseworker, LocalDate today) {
        signIn(caseworker);
        navigate("caseworker");
        assertThat(textOf(_get(Component.class, s -> s.withId("due-total")))).isEqualTo("More than 1,000 items are due.");
        List<DueItem> first = items();
        assertThat(first).hasSize(50);
        assertThat(first.stream().map(DueItem::dueOn).toList()).isSorted();
        // the first item was due 100 days ago; the list starts with the most overdue
        assertThat(first.get(0).dueOn()).isEqualTo(today.minusDays(100));
        assertThat(textOf(_get(Component.class, s -> s.withId("due-showing")))).isEqualTo("Showing items 1 to 50.");
        assertThat(previous().isEnabled()).isFalse();

        _click(next());
        List<DueItem> second = items();
        assertThat(second).hasSize(50).doesNotContainAnyElementsOf(first);
        assertThat(second.get(0).dueOn()).isAfterOrEqualTo(first.get(49).dueOn());
        assertThat(textOf(_get(Component.class, s -> s.withId("due-showing")))).isEqualTo("Showing items 51 to 100.");
        _click(previous());
        assertThat(items()).isEqualTo(first);

        // every page in turn: all 1,020 items once each, in order
        List<DueItem> all = allPages();
        assertThat(all).hasSize(1_020).doesNotHaveDuplicates();
        assertThat(all.stream().map(DueItem::dueOn).toList()).isSorted();

        // the demo LA's caseworker: none of them
        signIn("caseworker");
        navigate("caseworker");
        assertThat(allPages()).isNotEmpty().extracting(DueItem::childName).doesNotContain("Large Child");
    }

    /**
     * A new LA with its own caseworker and {@code n} open requests gathering advice, each with its
     * final plan due from 100 days ago onwards (two a day), inserted directly: made through the
     * services, a thousand requests would take minutes. Returns the caseworker's username.
     */
    private String largeLaWithDueCases(int n, LocalDate today) {
        String code = "BIG" + SEQUENCE.incrementAndGet() + System.nanoTime() % 100_000;
        String username = "big.cw." + code;
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        new TransactionTemplate(transactions).executeWithoutResult(t -> {
            LocalAuthority la = directory.save(new LocalAuthority(code, "Large Test Council " + code,
                    new Contact("Mediation", "0300 000 0000", "m@example.com", "https://example.com"),
                    new Contact("SENDIASS", "0300 000 0001", "s@example.com", "https://example.com")));
            directory.save(new AppUser(username, "unused", "Big Caseworker", username + "@example.com", Role.LA_CASEWORKER)
                    .inLocalAuthority(la));
            String family = "Large family " + code;
            jdbc.batchUpdate("INSERT INTO family (name, postcode) VALUES (?, 'ME1 1AA')",
                    IntStream.range(0, n).mapToObj(i -> new Object[] {family}).toList());
            jdbc.update("INSERT INTO child (first_name, last_name, date_of_birth, family_id, la_id, sen_status)"
                    + " SELECT 'Large', 'Child', ?, f.id, ?, 'SEN_SUPPORT' FROM family f WHERE f.name = ?", today.minusYears(9), la.getId(), family);
            List<Long> children = jdbc.queryForList("SELECT id FROM child WHERE la_id = ? ORDER BY id", Long.class, la.getId());
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                LocalDate due = today.minusDays(100).plusDays(i / 2);
                rows.add(new Object[] {children.get(i), la.getId(), due.minusDays(140), due});
            }
            jdbc.batchUpdate("INSERT INTO assessment_case (child_id, la_id, requested_by, requester_name, received_on, reasons, stage,"
                    + " next_due_on, created_at, version) VALUES (?, ?, 'PARENT', 'A parent', ?, 'Bench of a large LA', 'GATHERING_ADVICE', ?,"
                    + " CURRENT_TIMESTAMP, 0)", rows);
            jdbc.update("INSERT INTO milestone (case_id, time_limit, due_on, overdue, escalated)"
                    + " SELECT c.id, 'FINAL_PLAN', c.next_due_on, FALSE, FALSE FROM assessment_case c WHERE c.la_id = ?", la.getId());
        });
        return username;
    }

    /** Removes the LA {@link #largeLaWithDueCases} made, with its caseworker, children and cases. */
    private void removeLargeLa(String caseworker) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        new TransactionTemplate(transactions).executeWithoutResult(t -> {
            Long la = jdbc.queryForObject("SELECT la_id FROM app_user WHERE username = ?", Long.class, caseworker);
            jdbc.update("DELETE FROM milestone WHERE case_id IN (SELECT id FROM assessment_case WHERE la_id = ?)", la);
            jdbc.update("DELETE FROM assessment_case WHERE la_id = ?", la);
            List<Long> families = jdbc.queryForList("SELECT DISTINCT family_id FROM child WHERE la_id = ?", Long.class, la);
            jdbc.update("DELETE FROM child WHERE la_id = ?", la);
            jdbc.batchUpdate("DELETE FROM family WHERE id = ?", families.stream().map(f -> new Object[] {f}).toList());
            jdbc.update("DELETE FROM app_user WHERE la_id = ?", la);
            jdbc.update("DELETE FROM local_authority WHERE id = ?", la);
        });
    }

    /** Every item of the list, page after page with "Next 50", from the first page. */
    private static List<DueItem> allPages() {
        List<DueItem> all = new ArrayList<>(items());
        while (next().isEnabled()) {
            _click(next());
            all.addAll(items());
        }
        return all;
    }

    /** The text of this case's row, cell after cell, as read, on its page (from the first page, "Next 50" until it is shown). */
    private static String rowText(long caseId) {
        navigate("caseworker");
        // the page may still show the page read last: start from the first
        while (previous().isEnabled()) {
            _click(previous());
        }
        while (items().stream().noneMatch(i -> i.caseId() == caseId) && next().isEnabled()) {
            _click(next());
        }
        int row = items().stream().map(DueItem::caseId).toList().indexOf(caseId);
        assertThat(row).as("case %d on the list", caseId).isNotNegative();
        return String.join(" | ", GridKt._getFormattedRow(grid(), row)) + " | " + textOf(GridKt._getCellComponent(grid(), row, "due"))
                + " | " + textOf(GridKt._getCellComponent(grid(), row, "child"));
    }

    private static List<DueItem> items() {
        return GridKt._findAll(grid());
    }

    @SuppressWarnings("unchecked")
    private static Grid<DueItem> grid() {
        return _get(Grid.class, s -> s.withId("due-work"));
    }

    private static Button next() {
        return _get(Button.class, s -> s.withId("due-next"));
    }

    private static Button previous() {
        return _get(Button.class, s -> s.withId("due-previous"));
    }
}
