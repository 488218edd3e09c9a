package uk.ehctracker.ui.family;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.support.ProvisionItem;
import uk.ehctracker.support.SenSupportService;
import uk.ehctracker.support.SpecialistInvolvement;
import uk.ehctracker.support.SupportCycle;
import uk.ehctracker.support.SupportViews.PupilSupport;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.ui.common.Feedback;

/**
 * The child's SEN support at school as the family reads it: what the school is working towards,
 * the support given, when it is next reviewed and which specialists are involved; and the
 * family's own views for the next review, which the school reads (Code of Practice 6.64-6.71).
 */
class SupportAtSchoolPanel extends Div {

    SupportAtSchoolPanel(PupilSupport support, String about, SenSupportService service, CurrentUser user, LocalDate today,
            Runnable changed) {
        addClassName("panel");
        setId("support-" + support.childId());
        add(new H3("Support at school"));
        add(new Paragraph(support.schoolName() + " gives " + about + " extra support for special educational needs (SEN support). "
                + "The school plans it with you, and reviews it with you."));
        List<SupportCycle> cycles = support.cycles();
        SupportCycle current = cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
        if (current != null && current.getOutcomes() != null) {
            add(new H4("What the school is working towards"), new Paragraph(current.getOutcomes()));
        }
        List<ProvisionItem> running = support.provision().stream().filter(p -> p.isRunningOn(today)).toList();
        if (!running.isEmpty()) {
            UnorderedList list = new UnorderedList();
            running.forEach(p -> list.add(new ListItem(p.getIntervention() + ": " + p.getDelivery().label().toLowerCase()
                    + ", " + p.getFrequency() + (p.getStaff() == null ? "" : ", with " + p.getStaff()))));
            add(new H4("The support given"), list);
        }
        if (!support.specialists().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (SpecialistInvolvement s : support.specialists()) {
                list.add(new ListItem(s.getKind().label() + (s.getParentsAgreedOn() == null ? ""
                        : ", agreed with you on " + Dates.full(s.getParentsAgreedOn()))));
            }
            add(new H4("Specialists involved"), list);
        }
        boolean reviewAhead = current != null && current.getReviewedOn() == null && current.getReviewDate() != null;
        if (reviewAhead) {
            add(new H4("The next review"), new Paragraph("The school will review the support with you by "
                    + Dates.full(current.getReviewDate()) + "."));
        }
        if (current != null && current.getReviewedOn() == null) {
            add(viewsForm(support.childId(), current, about, service, user, changed));
        }
    }

    private static Div viewsForm(long childId, SupportCycle current, String about, SenSupportService service, CurrentUser user,
            Runnable changed) {
        Div form = new Div();
        Feedback feedback = new Feedback();
        TextArea views = Feedback.register(feedback, "familyViews", new TextArea("Your views for the review"));
        views.setId("family-support-views-" + childId);
        views.setWidthFull();
        views.setHelperText("How things are going for " + about + " at home and at school, what has helped, what you would like to change. "
                + "The school reads this before the review.");
        if (current.getFamilyReviewViews() != null) {
            form.add(new Paragraph("You sent your views on " + Dates.full(current.getFamilyReviewViewsOn())
                    + ". You can change them until the review."));
            views.setValue(current.getFamilyReviewViews());
        }
        Button send = new Button("Send your views to the school", e -> {
            if (feedback.run(() -> service.giveFamilyViewsForReview(childId, views.getValue(), user))) {
                changed.run();
            }
        });
        send.setId("send-support-views-" + childId);
        form.add(views, send, feedback);
        return form;
    }
}
