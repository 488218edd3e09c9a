package uk.ehctracker.ui.school;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.ui.cases.RecordForms;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Feedback;

/**
 * The setting's part of a pupil's annual review (reg 20; docs/law.md s9): when the review is due,
 * the next step with its last day, and the form that records it. The service checks the law (2
 * weeks' notice, reg 20(3)); each refusal shows beside its field and nothing is written.
 */
final class SettingReviewPanel extends Div {

    SettingReviewPanel(long caseId, ReviewService.View r, ReviewService reviews, CurrentUser user, Runnable changed) {
        setId("annual-review-setting");
        add(new H3("Annual review " + r.cycle()));
        Paragraph due = new Paragraph("The review must be held, and decided by the council, by " + Dates.full(r.reviewDueBy())
                + (r.transfer() == null ? "" : ", before the move (" + r.transfer().label().toLowerCase(java.util.Locale.UK)
                        + ") on " + Dates.full(r.movesOn())) + ".");
        due.setId("review-due-by");
        add(due);
        String step = r.settingStep();
        Paragraph next = new Paragraph(step == null ? "Next: " + r.nextStep() + "." : "Next: " + step + ".");
        next.setId("review-next-step");
        add(next);
        // reg 19(a), reg 20(4): the family's views, to circulate with the advice before the meeting
        add(uk.ehctracker.ui.cases.FamilyReviewViews.of(r, false));
        if (r.meetingHeldOn() != null) {
            add(new Paragraph("The meeting was held on " + Dates.full(r.meetingHeldOn()) + "."
                    + (r.reportSentOn() == null ? "" : " The report was sent on " + Dates.full(r.reportSentOn()) + ".")));
        }
        if (r.waitingAt() == null) {
            return;
        }
        Feedback feedback = new Feedback();
        switch (r.waitingAt()) {
            case "arrangeReviewMeeting" -> {
                DatePicker invitations = Feedback.register(feedback, "invitationsSentOn", RecordForms.date("Invitations sent on"));
                DatePicker meeting = Feedback.register(feedback, "meetingOn", RecordForms.date("Day of the meeting"));
                meeting.setHelperText("At least 2 weeks after the invitations were sent");
                RecordForms.add(this, changed, "arrangeMeeting", "Record the meeting arranged", feedback,
                        () -> reviews.arrangeMeeting(caseId, meeting.getValue(), invitations.getValue(), user), invitations, meeting);
            }
            case "circulateReviewAdvice" -> {
                DatePicker sent = Feedback.register(feedback, "sentOn", RecordForms.date("Advice sent to everyone invited on"));
                RecordForms.add(this, changed, "adviceCirculated", "Record the advice sent", feedback,
                        () -> reviews.recordAdviceCirculated(caseId, sent.getValue(), user), sent);
            }
            case "holdReviewMeeting" -> {
                DatePicker held = Feedback.register(feedback, "heldOn", RecordForms.date("Meeting held on"));
                RecordForms.add(this, changed, "meetingHeld", "Record the meeting held", feedback,
                        () -> reviews.recordMeetingHeld(caseId, held.getValue(), user), held);
            }
            case "sendReviewReport" -> {
                DatePicker sent = Feedback.register(feedback, "sentOn", RecordForms.date("Report sent on"));
                sent.setHelperText("To the council and everyone invited, within 2 weeks of the meeting");
                RecordForms.add(this, changed, "reportSent", "Record the report sent", feedback,
                        () -> reviews.recordReportSent(caseId, sent.getValue(), user), sent);
            }
            default -> {
                // the council's steps: nothing for the setting to record
            }
        }
    }
}
