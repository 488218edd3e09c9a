package uk.ehctracker.ui.cases;

import java.util.Optional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.documents.DocumentService;
import uk.ehctracker.support.SenSupportQueries;

/** Sections of the case page that come from other features: the case's documents, the school's SEN support. */
@org.springframework.stereotype.Component
public class CaseExtras {

    private final DocumentService documents;
    private final SenSupportQueries support;

    CaseExtras(DocumentService documents, SenSupportQueries support) {
        this.documents = documents;
        this.support = support;
    }

    /** The pupil's SEN support, read only, on a case their school requested, for those the access policy lets read it. */
    public Optional<com.vaadin.flow.component.Component> senSupport(long caseId, CurrentUser user) {
        return support.evidenceForCase(caseId, user).map(SenSupportPanel::new);
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
