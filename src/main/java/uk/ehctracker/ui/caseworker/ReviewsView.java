package uk.ehctracker.ui.caseworker;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.review.ReviewService.ReviewList;
import uk.ehctracker.review.ReviewService.ReviewRow;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.ui.common.Dates;

/**
 * The LA's annual reviews (CFA s44; regs 18, 20, 22): those due, overdue, awaiting the council's
 * decision, with amendments in progress, and the moves between schools whose amended plan is due
 * by 15 February. Read from the application's own table (decision 0001), the LA's cases only.
 */
@Route("caseworker/reviews")
@PageTitle("Annual reviews | EHC needs assessment tracker")
@RolesAllowed({"LA_CASEWORKER", "LA_MANAGER"})
public class ReviewsView extends VerticalLayout {

    public ReviewsView(ReviewService reviews, CurrentUsers currentUsers, Clock clock) {
        CurrentUser user = currentUsers.require();
        LocalDate today = StatutoryClock.today(clock);
        addClassName("page");
        add(new H1("Annual reviews"), new Paragraph("Each plan is reviewed within 12 months of the plan or of the last review's "
                + "decision (6 months for a child under 5), and earlier before a move to a new school or college (reg 18)."));
        List<ReviewRow> rows = reviews.worklist(user);
        for (ReviewList list : ReviewList.values()) {
            List<ReviewRow> on = rows.stream().filter(r -> r.lists().contains(list)).toList();
            add(new H2(list.words() + " (" + on.size() + ")"));
            if (on.isEmpty()) {
                add(new Paragraph("None."));
            } else {
                add(lines(on, today));
            }
        }
    }

    /** One line per review: the case (a link to its page), the child, the review's date and the step due next. */
    private static VerticalLayout lines(List<ReviewRow> rows, LocalDate today) {
        VerticalLayout lines = new VerticalLayout();
        lines.setPadding(false);
        lines.setSpacing(false);
        for (ReviewRow r : rows) {
            Paragraph line = new Paragraph(new Anchor("cases/" + r.caseId(), r.reference()));
            line.add(" " + r.childName() + ": review " + r.cycle() + " due by " + Dates.full(r.reviewDueBy()) + ". " + r.nextStep()
                    + (r.nextDate() == null ? "" : ", by " + Dates.full(r.nextDate()) + " (" + Dates.daysLeft(today, r.nextDate()) + ")")
                    + ".");
            lines.add(line);
        }
        return lines;
    }
}
