package uk.ehctracker.documents;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.assessment.CaseFiles;

/** The case's view of its documents ({@link CaseFiles}), answered from the documents kept here. */
@Component
@Transactional(readOnly = true)
class CaseFilesOfDocuments implements CaseFiles {

    private final CaseDocumentRepository documents;

    CaseFilesOfDocuments(CaseDocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public boolean allOnCase(long caseId, Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return true;
        }
        Set<Long> kept = documents.listOfCase(caseId).stream().map(CaseDocument::getId).collect(Collectors.toSet());
        return kept.containsAll(documentIds);
    }
}
