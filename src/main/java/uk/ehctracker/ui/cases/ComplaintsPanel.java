package uk.ehctracker.ui.cases;

import static uk.ehctracker.ui.common.Sentences.capitalised;
import static uk.ehctracker.ui.common.Sentences.decapitalised;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.Collectors;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.complaint.Complaint;
import uk.ehctracker.complaint.ComplaintAbout;
import uk.ehctracker.complaint.ComplaintService;
import uk.ehctracker.complaint.ComplaintService.StageView;
import uk.ehctracker.complaint.ComplaintService.View;
import uk.ehctracker.complaint.ComplaintStage;
import uk.ehctracker.directory.Role;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.common.UserText;

/**
 * A family's concerns and complaints on the case page: who to go to and in what order, each
 * stage with the day its reply is due, and what the family can do next, in plain English. The
 * family, and LA staff of the case recording for them, raise a concern and record each reply.
 */
class ComplaintsPanel extends Div {

    private final long caseId;
    private final ComplaintService complaints;
    private final CurrentUser user;
    private final Runnable changed;
    private final boolean family;

    ComplaintsPanel(long caseId, List<View> views, ComplaintService complaints, CurrentUser user, Runnable changed) {
        this.caseId = caseId;
        this.complaints = complaints;
        this.user = user;
        this.changed = changed;
        this.family = user.is(Role.PARENT);
        addClassName("panel");
        setId("complaints");
        add(new H2("Concerns and complaints"));
        add(new Paragraph(family
                ? "If you are unhappy with the support at school, or with how the council has handled your request, you can raise"
                        + " a concern. Each step below has a date by which you should get a reply; this page keeps them for you."
                : "The family's concerns about the support at school or the council's handling, with each stage's reply date."));
        add(routes());
        for (View v : views) {
            add(complaint(v));
        }
        raiseForm();
    }

    /** The order to go in, for each kind of concern. */
    private Component routes() {
        UnorderedList list = new UnorderedList();
        for (ComplaintAbout about : ComplaintAbout.values()) {
            list.add(new ListItem("About " + about.words() + ": " + about.stages().stream().map(ComplaintStage::who)
                    .collect(Collectors.joining(", then ")) + ". " + about.afterTheLastStage()));
        }
        Details details = new Details("Who to go to, and in what order", list);
        details.setId("complaint-routes");
        return details;
    }

    private Component complaint(View v) {
        Div box = new Div();
        box.setId("complaint-" + v.id());
        box.add(new H3("About " + v.about().words() + " (raised on " + Dates.full(v.raisedOn()) + ")"));
        box.add(new Paragraph(UserText.isolate(v.summary())));
        UnorderedList stages = new UnorderedList();
        v.stages().forEach(s -> stages.add(new ListItem(stageLine(s))));
        box.add(stages);
        Paragraph next = new Paragraph(next(v));
        next.setId("complaint-next-" + v.id());
        box.add(next);
        if (v.isOpen()) {
            stepForms(v, box);
        }
        return box;
    }

    private static String stageLine(StageView s) {
        String asked = capitalised(s.stage().who()) + ": asked on " + Dates.full(s.openedOn()) + ", reply due by "
                + Dates.full(s.replyBy()) + ".";
        if (s.repliedOn() != null) {
            return asked + " Replied on " + Dates.full(s.repliedOn()) + (s.late() ? " (late)" : "") + ": "
                    + UserText.isolate(s.reply());
        }
        return asked + (s.late() ? " The reply is late." : " No reply yet.");
    }

    private String next(View v) {
        if (v.closedHow() == Complaint.Closed.RESOLVED) {
            return "Resolved on " + Dates.full(v.closedOn()) + ".";
        }
        if (v.closedHow() == Complaint.Closed.PROCEDURE_FINISHED) {
            return "The complaints procedure has finished. " + v.about().afterTheLastStage();
        }
        StageView now = v.current();
        String you = family ? "you" : "the family";
        if (now.repliedOn() == null && !now.late()) {
            return "Next: waiting for " + now.stage().who() + " to reply, by " + Dates.full(now.replyBy()) + ".";
        }
        String further = v.nextStage() == null ? "" : " If not, the next step is: " + decapitalised(v.nextStage().action()) + ".";
        return now.repliedOn() == null
                ? "Next: the reply is late. " + capitalised(you) + " can go to the next step without waiting." + further
                : "Next: if " + you + " are content with the reply, say the concern is resolved." + further;
    }

    private void stepForms(View v, Div box) {
        StageView now = v.current();
        if (now.repliedOn() == null) {
            DatePicker on = RecordForms.date("The day of the reply");
            on.setId("record-complaint-reply-" + v.id() + "-on");
            TextArea reply = new TextArea("What the reply said");
            RecordForms.add(box, changed, "record-complaint-reply-" + v.id(), "Record the reply",
                    new Feedback().field("repliedOn", on).field("reply", reply),
                    () -> complaints.recordReply(caseId, v.id(), on.getValue(), reply.getValue(), user), on, reply);
        }
        if (v.mayEscalate()) {
            DatePicker on = RecordForms.date("The day " + (family ? "you" : "the family") + " asked " + v.nextStage().who());
            DatePicker replyBy = RecordForms.date("Reply due by, if the procedure gives a date (if not, the council's usual number of working days)");
            replyBy.setRequiredIndicatorVisible(false);
            RecordForms.add(box, changed, "escalate-complaint-" + v.id(), v.nextStage().action(),
                    new Feedback().field("escalatedOn", on).field("replyBy", replyBy),
                    () -> complaints.escalate(caseId, v.id(), on.getValue(), replyBy.getValue(), user), on, replyBy);
        }
        DatePicker on = RecordForms.date("The day it was resolved");
        RecordForms.add(box, changed, "resolve-complaint-" + v.id(), "It is resolved", new Feedback().field("resolvedOn", on),
                () -> complaints.resolve(caseId, v.id(), on.getValue(), user), on);
    }

    private void raiseForm() {
        Select<ComplaintAbout> about = new Select<>();
        about.setLabel("What is the concern about?");
        about.setItems(ComplaintAbout.values());
        about.setItemLabelGenerator(a -> capitalised(a.words()));
        TextArea summary = new TextArea(family ? "Your concern, in a few lines" : "The family's concern, in a few lines");
        summary.setRequiredIndicatorVisible(true);
        DatePicker raisedOn = RecordForms.date("The day it was raised");
        DatePicker replyBy = RecordForms.date("Reply due by, if the procedure gives a date (if not, the council's usual number of working days)");
        replyBy.setRequiredIndicatorVisible(false);
        replyBy.setId("raise-complaint-reply-by");
        Div form = new Div();
        Details details = new Details(family ? "Raise a concern" : "Record a concern for the family", form);
        details.setId("raise-complaint");
        add(details);
        RecordForms.add(form, changed, "raise-complaint-button", "Record the concern",
                new Feedback().field("about", about).field("summary", summary).field("raisedOn", raisedOn).field("replyBy", replyBy),
                () -> complaints.raise(caseId, new ComplaintService.NewComplaint(about.getValue(), summary.getValue(),
                        raisedOn.getValue(), replyBy.getValue()), user), about, summary, raisedOn, replyBy);
    }
}
