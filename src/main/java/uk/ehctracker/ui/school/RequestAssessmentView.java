package uk.ehctracker.ui.school;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.support.EvidenceChecklist;
import uk.ehctracker.support.SenSupportService;
import uk.ehctracker.support.SenSupportQueries;
import uk.ehctracker.support.SupportViews;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.common.NotFound;

/**
 * The school asks the LA for an EHC needs assessment (CFA s36(1)). The evidence checklist shows
 * what the request carries and what is missing; a request with gaps may still be sent, and the
 * gaps travel with it for the caseworker to see.
 */
@Route("school/pupil/:childId/request")
@RolesAllowed("SENCO")
public class RequestAssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SenSupportService support;
    private final SenSupportQueries supportQueries;
    private final CurrentUser user;
    private final Feedback feedback = new Feedback();
    final TextArea reasons = new TextArea("Why you are asking for an assessment");
    final Button send = new Button("Send the request to the local authority");
    final UnorderedList checklist = new UnorderedList();
    final Paragraph missing = new Paragraph();
    private long childId;
    private SupportViews.PupilSupport pupil;

    public RequestAssessmentView(SenSupportService support, SenSupportQueries supportQueries, CurrentUsers currentUsers) {
        this.support = support;
        this.supportQueries = supportQueries;
        this.user = currentUsers.require();
        send.addClickListener(e -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EvidenceChecklist evidence;
        try {
            childId = Long.parseLong(event.getRouteParameters().get(PupilView.CHILD_ID).orElse(""));
            pupil = supportQueries.pupil(childId, user);
            evidence = supportQueries.evidence(childId, user);
        } catch (NumberFormatException | NotFoundException e) {
            // denied reads look like "not found" (docs/architecture.md): nothing about the child is shown
            pupil = null;
            removeAll();
            add(NotFound.of("Pupil"));
            return;
        }
        render(evidence);
    }

    @Override
    public String getPageTitle() {
        return "Request an EHC needs assessment | EHC needs assessment tracker";
    }

    private void render(EvidenceChecklist evidence) {
        removeAll();
        add(new H1("Request an EHC needs assessment for " + pupil.name()),
                new Paragraph("A school may ask the local authority to assess a pupil who has or may have special educational"
                        + " needs and may need provision through an EHC plan (CFA s36). The local authority must decide within"
                        + " 6 weeks of receiving the request."));
        checklist.removeAll();
        checklist.setId("checklist");
        for (EvidenceChecklist.Item item : evidence.items()) {
            ListItem li = new ListItem((item.present() ? "Included: " : "Missing: ") + item.kind().label()
                    + (item.detail() == null ? "" : " (" + item.detail() + ")"));
            li.getElement().setAttribute("data-kind", item.kind().name());
            li.getElement().setAttribute("data-present", Boolean.toString(item.present()));
            checklist.add(li);
        }
        missing.setId("missing");
        missing.setText(evidence.isComplete() ? "Nothing is missing from the usual evidence."
                : "Missing before you send: " + evidence.missing().size() + " of " + evidence.items().size()
                        + ". You can still send the request; the local authority will see what is missing.");
        reasons.setId("reasons");
        reasons.setWidthFull();
        reasons.setMaxLength(20000);
        reasons.setRequiredIndicatorVisible(true);
        reasons.setHelperText("The pupil's needs, what the school has done, and why provision through an EHC plan may be needed.");
        send.setEnabled(true);
        reasons.setReadOnly(false);
        feedback.reset();
        feedback.field("reasons", reasons);
        send.setId("send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Evidence checklist"), checklist, missing, reasons, feedback, send,
                new RouterLink("Back to " + pupil.name(), PupilView.class, new RouteParameters(PupilView.CHILD_ID, Long.toString(childId))));
    }

    private void submit() {
        long[] caseId = new long[1];
        if (feedback.run(() -> caseId[0] = support.requestAssessment(childId, reasons.getValue(), user).getId())) {
            send.setEnabled(false);
            reasons.setReadOnly(true);
            feedback.done("Request sent. The local authority received it today (reference " + AssessmentCase.reference(caseId[0])
                    + "); it must decide whether to assess within 6 weeks.");
        }
    }
}
