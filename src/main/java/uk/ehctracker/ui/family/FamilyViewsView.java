package uk.ehctracker.ui.family;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ehctracker.access.CurrentUsers;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.FamilyViewsService;
import uk.ehctracker.casework.CasePages;
import uk.ehctracker.casework.CasePages.CaseDetail;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.FieldProblem;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.documents.CaseDocument;
import uk.ehctracker.documents.DocumentService;
import uk.ehctracker.forms.FieldError;
import uk.ehctracker.forms.FormField;
import uk.ehctracker.forms.FormRegistry;
import uk.ehctracker.forms.RenderedForm;
import uk.ehctracker.forms.VaadinFormRenderer;
import uk.ehctracker.ui.cases.EvidencePanels;
import uk.ehctracker.ui.common.Feedback;
import uk.ehctracker.ui.common.Toasts;

/**
 * {@code /family/views/:caseId}: the family's own views, in plain English (forms/familyViews.form):
 * about the child, what is hard, what has helped, their hopes, the child's own words, and a
 * drawing or a photograph attached. Open from the request until the draft plan is written; what
 * they sent is shown back to them.
 */
@Route("family/views")
@RolesAllowed("PARENT")
public class FamilyViewsView extends FamilyCasePage {

    static final String FORM = "familyViews";

    private final FamilyViewsService familyViews;
    private final DocumentService documents;
    private final FormRegistry forms;
    private final VaadinFormRenderer renderer;
    private final Feedback feedback = new Feedback();
    private final Feedback fileProblems = new Feedback();
    private final Map<Long, String> attached = new LinkedHashMap<>();
    private final UnorderedList attachedList = new UnorderedList();
    private RenderedForm form;
    Upload upload;

    public FamilyViewsView(CasePages views, FamilyViewsService familyViews, DocumentService documents, FormRegistry forms,
            VaadinFormRenderer renderer, CurrentUsers users) {
        super(views, users, "Give your views");
        this.familyViews = familyViews;
        this.documents = documents;
        this.forms = forms;
        this.renderer = renderer;
    }

    /** The route of the page for one request. */
    public static String path(long caseId) {
        return "family/views/" + caseId;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        attached.clear();
        super.setParameter(event, id);
    }

    RenderedForm form() {
        return form;
    }

    @Override
    protected String title(CaseDetail d) {
        return youngPerson() ? "Give your views" : "Give your views about " + d.childFirstName();
    }

    @Override
    protected void draw(CaseDetail d) {
        feedback.clear();
        add(feedback);
        if (d.takesFamilyViews()) {
            add(aboutTheRequest(d));
            form = renderer.render(forms.get(FORM));
            form.setId("views-form");
            add(form, attachments());
            Button send = new Button("Send your views", e -> send());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setId("send-views");
            HorizontalLayout actions = new HorizontalLayout(send, new Anchor("family", "Cancel and go back"));
            actions.setAlignItems(Alignment.BASELINE);
            add(actions);
        } else {
            form = null;
            add(new Paragraph(d.stage().isClosed() ? "This request is closed, so it is no longer taking views."
                    : "We have written the draft plan, so we are no longer collecting views here. You can tell us what you"
                            + " think in your comments on the draft plan."));
        }
        List<CasePages.ViewsRow> sent = d.evidence().familyViews();
        if (!sent.isEmpty()) {
            Div earlier = new Div();
            earlier.addClassName("panel");
            earlier.setId("views-sent");
            earlier.add(new H2("What you have sent us"));
            EvidencePanels.views(sent, true, 3).forEach(earlier::add);
            add(earlier);
        }
        add(seeEverything(d));
    }

    /** A drawing, a photograph or a written-down recording, kept with the request and named in the views. */
    private Div attachments() {
        Div panel = new Div();
        panel.addClassName("panel");
        panel.setId("views-attachments");
        panel.add(new H2("Add a drawing, a photo or a recording"));
        Paragraph help = new Paragraph("For example, a picture your child drew of what helps them, or a photo of their"
                + " work. Add a PDF, Word (.docx), JPEG or PNG file of up to 20 MB. A voice or video recording can be"
                + " sent to your caseworker, who will add it for you.");
        help.addClassName("muted");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> stored(metadata.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DocumentService.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
                "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.addFileRejectedListener(e -> fileProblems.say("The file was not added. " + e.getErrorMessage()));
        upload.getElement().setAttribute("aria-label", "Add a drawing, a photo or a recording");
        attachedList.setId("views-attached");
        refreshAttached();
        panel.add(help, fileProblems, attachedList, upload);
        return panel;
    }

    private void stored(String fileName, byte[] bytes) {
        CaseDocument[] kept = new CaseDocument[1];
        boolean added = fileProblems.run(() -> kept[0] = documents.store(caseId(), fileName, bytes,
                "Sent with the family's views", user));
        upload.clearFileList();
        if (added) {
            attached.put(kept[0].getId(), kept[0].getFileName());
            fileProblems.done(kept[0].isAlreadyKept()
                    ? kept[0].getFileName() + " was already sent to us, so it was not added twice. It will be sent with your views."
                    : "Added: " + kept[0].getFileName() + ". It will be sent with your views.");
            refreshAttached();
        }
    }

    private void refreshAttached() {
        attachedList.removeAll();
        attached.values().forEach(name -> attachedList.add(new ListItem("Attached: " + name)));
    }

    private void send() {
        form.clearErrors();
        Map<String, Object> v = form.values();
        Commands.GiveFamilyViews command = new Commands.GiveFamilyViews(text(v, "aboutChild"), text(v, "whatIsHard"),
                text(v, "whatHasHelped"), text(v, "hopes"), text(v, "childsVoice"), new ArrayList<>(attached.keySet()));
        try {
            familyViews.giveFamilyViews(caseId(), command, user);
        } catch (BadInputException e) {
            List<FieldError> errors = new ArrayList<>();
            for (FieldProblem p : e.problems()) {
                if (form.definition().field(p.field()).isPresent()) {
                    errors.add(new FieldError(p.field(), form.definition().field(p.field()).map(FormField::label).orElse(p.field()),
                            p.message()));
                } else {
                    feedback.say(p.message());
                }
            }
            form.showErrors(errors);
            return;
        } catch (ConflictException | NotFoundException e) {
            feedback.say(e.getMessage());
            return;
        }
        attached.clear();
        Toasts.success("Thank you. We have received your views.");
        render();
        feedback.done("Thank you. We have received your views. You can see them below.");
    }

    private static String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }
}
