package uk.ehctracker.ui.caseworker;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.common.CappedCount;
import uk.ehctracker.review.ReviewWorklist;
import uk.ehctracker.review.ReviewWorklist.ReviewList;
import uk.ehctracker.review.ReviewWorklist.ReviewRow;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.ui.common.AnyChoice;
import uk.ehctracker.ui.common.CappedLists;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.UserText;

/**
 * The LA's annual reviews (CFA s44; regs 18, 20, 22): those due, overdue, awaiting the council's
 * decision, with amendments in progress, and the moves between schools whose amended plan is due
 * before 15 February. One grid, nearest statutory date first, loaded page by page from the database
 * with a capped count (issue 19), the LA's cases only.
 */
@Route("caseworker/reviews")
@PageTitle("Annual reviews | EHC needs assessment tracker")
@RolesAllowed({"LA_CASEWORKER", "LA_MANAGER"})
public class ReviewsView extends VerticalLayout {

    final Select<ReviewList> list = new Select<>();
    final Span total = new Span();
    final Grid<ReviewRow> reviews = new Grid<>(ReviewRow.class, false);

    private final ReviewWorklist worklist;
    private final CurrentUser user;

    public ReviewsView(ReviewWorklist worklist, CurrentUsers currentUsers, Clock clock) {
        this.worklist = worklist;
        this.user = currentUsers.require();
        LocalDate today = StatutoryClock.today(clock);
        addClassName("page");
        add(new H1("Annual reviews"), new Paragraph("Each plan is reviewed within 12 months of the plan or of the last review's "
                + "decision (6 months for a child under 5), and earlier before a move to a new school or college (reg 18). "
                + "Reviews whose window has opened, nearest statutory date first."));
        AnyChoice.configure(list, "Show", Arrays.asList(ReviewList.values()), ReviewList::words, "Every open review");
        list.setId("review-list");
        list.addValueChangeListener(e -> refresh());
        total.setId("review-total");

        reviews.addColumn(new ComponentRenderer<>(r -> new Anchor("cases/" + r.caseId(), r.reference()))).setHeader("Case")
                .setKey("case").setAutoWidth(true);
        reviews.addColumn(r -> UserText.isolate(r.childName())).setHeader("Child").setKey("child").setFlexGrow(1);
        reviews.addColumn(r -> "Review " + r.cycle() + ", due by " + Dates.full(r.reviewDueBy())).setHeader("Review").setKey("review")
                .setFlexGrow(1);
        reviews.addColumn(r -> r.nextStep() + (r.nextDate() == null ? ""
                : ", by " + Dates.full(r.nextDate()) + " (" + Dates.daysLeft(today, r.nextDate()) + ")")).setHeader("Next step")
                .setKey("next").setFlexGrow(2);
        reviews.addColumn(r -> r.lists().stream().map(ReviewList::words).collect(Collectors.joining("; "))).setHeader("On the lists")
                .setKey("lists").setFlexGrow(2);
        reviews.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        reviews.setPageSize(50);
        reviews.setHeight("32rem");
        reviews.setId("reviews");
        reviews.setEmptyStateText("No reviews on this list");
        reviews.getElement().setAttribute("aria-label", "Annual reviews");
        add(list, total, reviews);
        refresh();
    }

    void refresh() {
        ReviewList shown = list.getValue();
        CappedCount count = worklist.count(user, shown, CappedCount.LISTS);
        CappedLists.show(reviews, total, count, "review", "reviews", (offset, limit) -> worklist.rows(user, shown, offset, limit));
    }
}
