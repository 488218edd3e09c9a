package uk.ehctracker.ui.cases;

import java.util.Optional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.documents.DocumentService;

/** Sections of the case page that come from other features: the case's documents. */
@org.springframework.stereotype.Component
public class CaseExtras {

    private final DocumentService documents;

    CaseExtras(DocumentService documents) {
        this.documents = documents;
    }

    /** The case's documents with an upload. */
    public Optional<com.vaadin.flow.component.Component> documents(long caseId, CurrentUser user) {
        return documents(caseId, user, 2);
    }

    /** The same, under a heading of the given level (2 or 3). */
    public Optional<com.vaadin.flow.component.Component> documents(long caseId, CurrentUser user, int headingLevel) {
        DocumentsPanel panel = new DocumentsPanel(caseId, documents, user, headingLevel);
        panel.setId("documents-" + caseId);
        return Optional.of(panel);
    }
}
