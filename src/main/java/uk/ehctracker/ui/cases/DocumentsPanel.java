package uk.ehctracker.ui.cases;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.FieldProblem;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.documents.CaseDocument;
import uk.ehctracker.documents.DocumentService;
import uk.ehctracker.ui.common.Toasts;
import uk.ehctracker.common.DateFormats;
import uk.ehctracker.ui.common.Feedback;

/**
 * A case's documents: each downloads when its link is followed (read lazily), and an upload adds
 * one. The upload component shows its own progress; the file is checked and stored when it has
 * arrived, and any problem is announced in the panel.
 */
public class DocumentsPanel extends Div {


    private final long caseId;
    private final DocumentService documents;
    private final CurrentUser user;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph("There are no documents yet.");
    private final Feedback problems = new Feedback();
    private final TextField description = new TextField("What is the document? (optional)");
    final Upload upload;

    public DocumentsPanel(long caseId, DocumentService documents, CurrentUser user, int headingLevel) {
        this.caseId = caseId;
        this.documents = documents;
        this.user = user;
        addClassName("panel");
        addClassName("documents");
        add(headingLevel == 3 ? new H3("Documents") : new H2("Documents"));
        add(empty, list);

        description.setMaxLength(2000);
        description.setWidthFull();
        description.setHelperText("For example: \"Speech and language report, March 2026\".");
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> stored(metadata.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DocumentService.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
                "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.addFileRejectedListener(e -> problem(e.getErrorMessage()));
        upload.getElement().setAttribute("aria-label", "Upload a document");
        Paragraph help = new Paragraph("Add a PDF, Word (.docx), JPEG or PNG file of up to 20 MB.");
        help.addClassName("muted");
        add(new H3("Add a document"), help, problems, description, upload);
        refresh();
    }

    private void stored(String fileName, byte[] bytes) {
        CaseDocument[] kept = new CaseDocument[1];
        boolean added = problems.run(() -> kept[0] = documents.store(caseId, fileName, bytes, description.getValue(), user));
        upload.clearFileList();
        if (added) {
            problems.done(kept[0].isAlreadyKept()
                    ? "This file is already with the case, as " + kept[0].getFileName() + ". It was not added twice."
                    : "Document added: " + kept[0].getFileName());
        }
        if (added) {
            description.clear();
            refresh();
        }
    }

    private void problem(String message) {
        problems.say("The document was not added. " + message);
    }

    void refresh() {
        list.removeAll();
        var all = documents.list(caseId, user);
        empty.setVisible(all.isEmpty());
        for (CaseDocument d : all) {
            long id = d.getId();
            StreamResource resource = new StreamResource(d.getFileName(), () -> {
                try {
                    return new ByteArrayInputStream(documents.get(caseId, id, user).getBytes());
                } catch (NotFoundException e) {
                    return new ByteArrayInputStream(new byte[0]);
                }
            });
            resource.setContentType(d.getContentType());
            Anchor link = new Anchor(resource, d.getFileName());
            link.getElement().setAttribute("download", true);
            String about = (d.getDescription() == null ? "" : d.getDescription() + ", ")
                    + size(d.getSize()) + ", added " + DateFormats.shortDate(d.getUploadedAt());
            list.add(new ListItem(link, new Span(" (" + about + ")")));
        }
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
