package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.review.ReviewOutcome;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.review.ReviewService.View;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.common.UserText;

/**
 * The council's part of an annual review on the case page (reg 20(10), reg 22; docs/law.md s9):
 * after the meeting, its decision to keep, amend or cease the plan; with amendments, the family's
 * 15 days to comment and the amended plan. LA staff of the case record each step ({@code staff});
 * the family reads the decision and the proposed amendments and sends their comments.
 */
class ReviewDecisionPanel extends Div {

    private final long caseId;
    private final ReviewService reviews;
    private final CurrentUser user;
    private final Runnable changed;

    ReviewDecisionPanel(long caseId, List<View> history, LocalDate today, ReviewService reviews, CurrentUser user, boolean staff,
            boolean family, Runnable changed) {
        this.caseId = caseId;
        this.reviews = reviews;
        this.user = user;
        this.changed = changed;
        addClassName("panel");
        setId("review-decision");
        add(new H2(family ? "The plan's annual review" : "Annual review: the council's decision"));
        View latest = history.get(history.size() - 1);
        if (latest.meetingHeldOn() == null && history.size() > 1) {
            completed(history.get(history.size() - 2), latest, family);
            return;
        }
        add(line("review-meeting", "The review meeting was held on " + Dates.full(latest.meetingHeldOn())
                + (latest.reportSentOn() == null ? "." : "; its report was sent on " + Dates.full(latest.reportSentOn()) + ".")));
        // reg 19(a): the council decides having taken account of the family's views
        add(FamilyReviewViews.of(latest, family));
        if (latest.outcome() == null) {
            // reg 20(10): within 4 weeks of the meeting
            add(line("decision-due", "The council decides whether to keep, amend or cease the plan by "
                    + Dates.full(latest.decisionDueBy()) + "."));
            if (staff && "decideAfterReview".equals(latest.waitingAt())) {
                decideForm(today);
            }
            return;
        }
        if (latest.outcome() == ReviewOutcome.CEASE) {
            // reg 20(10), reg 31: at the review the council only proposes to cease; it decides after consulting
            add(line("decision", "On " + Dates.full(latest.decidedOn()) + " the council proposed to cease the plan. It decides only after"
                    + " telling and consulting " + (family ? "you" : "the family") + " and the school or setting: see "
                    + (family ? "\"Ending the EHC plan\"." : "\"Ceasing the EHC plan\".")));
            add(line("cease-reason", "Why: " + UserText.isolate(latest.outcomeReason())));
            return;
        }
        add(line("decision", "On " + Dates.full(latest.decidedOn()) + " the council decided: " + latest.outcome().words() + "."));
        if (latest.outcome() == ReviewOutcome.AMEND) {
            amendments(latest, today, staff, family);
        }
    }

    /** The last review completed: what it decided, and when the next is due. */
    private void completed(View last, View next, boolean family) {
        String after = "After the review on " + Dates.full(last.meetingHeldOn()) + " the council ";
        add(line("decision", last.amendedPlanIssuedOn() != null
                ? "After the review, the plan was amended: the amended plan was issued on " + Dates.full(last.amendedPlanIssuedOn()) + "."
                // a review's proposal to cease that led to a new review: the plan was kept (CFA s45; docs/law.md s9)
                : last.outcome() == ReviewOutcome.CEASE
                        ? after + "proposed on " + Dates.full(last.decidedOn()) + " to cease the plan. The plan was kept: it was not ceased."
                        : after + "decided on " + Dates.full(last.decidedOn()) + ": " + last.outcome().words() + "."));
        add(line("next-review", "The next annual review is due by " + Dates.full(next.reviewDueBy()) + "."
                + (family ? " The school or setting will invite you to the meeting at least 2 weeks before it." : "")));
    }

    private void amendments(View r, LocalDate today, boolean staff, boolean family) {
        add(new Paragraph(family ? "The changes the council proposes to the plan:" : "The proposed amendments (reg 22(1)):"));
        Paragraph text = new Paragraph(UserText.isolate(r.proposedAmendments()));
        text.setId("proposed-amendments");
        text.getStyle().set("white-space", "pre-wrap");
        add(text);
        if (r.familyComments() != null) {
            add(line("family-comments-sent", (family ? "You sent your comments on " : "The family's comments, sent on ")
                    + Dates.full(r.familyCommentsOn()) + ":"));
            Paragraph comments = new Paragraph(UserText.isolate(r.familyComments()));
            comments.setId("family-comments");
            comments.getStyle().set("white-space", "pre-wrap");
            add(comments);
        }
        // reg 22(2): at least 15 days to comment; reg 22(3): the amended plan within 8 weeks (reg 18 for a move)
        add(line("comments-close", (family ? "You can tell us what you think of these changes until " : "The family may comment until ")
                + Dates.full(r.commentsCloseOn()) + ". The amended plan is due by " + Dates.full(r.amendedPlanDueBy()) + "."));
        if (family && r.openForComments(today)) {
            commentForm();
        }
        if (staff && "issueAmendedPlan".equals(r.waitingAt())) {
            Feedback feedback = new Feedback();
            DatePicker issuedOn = Feedback.register(feedback, "issuedOn", RecordForms.date("The day the amended plan was issued"));
            RecordForms.add(this, changed, "issue-amended-plan", "Record the amended plan issued", feedback,
                    () -> reviews.issueAmendedPlan(caseId, issuedOn.getValue(), user), issuedOn);
        }
    }

    private void decideForm(LocalDate today) {
        Feedback feedback = new Feedback();
        RadioButtonGroup<ReviewOutcome> outcome = Feedback.register(feedback, "outcome", new RadioButtonGroup<>("The decision"));
        outcome.setItems(ReviewOutcome.values());
        outcome.setItemLabelGenerator(ReviewOutcome::words);
        outcome.setRequiredIndicatorVisible(true);
        DatePicker decidedOn = Feedback.register(feedback, "decidedOn", RecordForms.date("The day of the decision"));
        decidedOn.setValue(today);
        TextArea reason = Feedback.register(feedback, "reason", new TextArea("The proposed amendments, or why the plan should cease"));
        reason.setWidthFull();
        reason.setMaxLength(20000);
        reason.setHelperText("The family's letter, sent today, quotes it (reg 20(10)). Amend: the changes proposed, with the family's "
                + "15 days from today (reg 22(2)). Keep: why no change is needed (the letter gives the right to appeal).");
        RecordForms.add(this, changed, "decide-review", "Record the decision", feedback,
                () -> reviews.decide(caseId, outcome.getValue(), decidedOn.getValue(), reason.getValue(), user), outcome, decidedOn, reason);
    }

    private void commentForm() {
        Feedback feedback = new Feedback();
        TextArea comments = Feedback.register(feedback, "comments", new TextArea("Your comments on the proposed changes"));
        comments.setWidthFull();
        comments.setMaxLength(20000);
        comments.setRequiredIndicatorVisible(true);
        RecordForms.add(this, changed, "send-comments", "Send your comments", feedback,
                () -> reviews.recordFamilyComments(caseId, comments.getValue(), user), comments);
    }

    private static Paragraph line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}
