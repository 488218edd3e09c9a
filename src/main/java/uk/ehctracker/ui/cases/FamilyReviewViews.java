package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import uk.ehctracker.review.FamilyViews;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.UserText;

/**
 * The family's views for a review meeting, as they wrote them (reg 19(a), reg 20(4)): read back to
 * the family on their page, and read by the setting that holds the meeting and by LA staff who
 * decide after it. Each answer under its question; unanswered questions are left out.
 */
public final class FamilyReviewViews {

    private FamilyReviewViews() {
    }

    /** The views sent for review {@code r}, or a line saying none were sent yet. */
    public static Div of(ReviewService.View r, boolean family) {
        Div views = new Div();
        views.setId("review-family-views");
        FamilyViews v = r.familyViews();
        if (v == null) {
            views.add(new Paragraph("The family has not sent their views for this review from their page yet."));
            return views;
        }
        views.add(new Paragraph((family ? "You sent your views on " : "The family's views for the review meeting, sent on ")
                + Dates.full(r.familyViewsOn()) + ":"));
        answer(views, "What is going well", v.goingWell());
        answer(views, "What is hard", v.hard());
        answer(views, "What they would like to change", v.toChange());
        answer(views, "The child's or young person's own views", v.childsOwn());
        return views;
    }

    private static void answer(Div into, String question, String text) {
        if (text == null) {
            return;
        }
        Paragraph p = new Paragraph(question + ": " + UserText.isolate(text));
        p.getStyle().set("white-space", "pre-wrap");
        into.add(p);
    }
}
