package uk.ehctracker.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.audit.AuditActions;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.audit.Audited;

/**
 * Stores and returns a case's documents, for the screens and the API. Whoever may see the case
 * may add to it and read its documents; anyone else is told the case was not found.
 */
@Service
@Transactional
public class DocumentService {

    /** The largest file a case keeps: 20 MB (the upload limit of the web server matches it). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_DESCRIPTION = 2000;

    private final CaseDocumentRepository documents;
    private final AssessmentQueries cases;
    private final Clock clock;
    private final AccessPolicy access;

    DocumentService(CaseDocumentRepository documents, AssessmentQueries cases, Clock clock, AccessPolicy access) {
        this.access = access;
        this.documents = documents;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * Keeps a document with the case, in one transaction with its audit entry. Its type comes from its content: PDF, Word (DOCX), JPEG or
     * PNG; anything else, an empty file or one over 20 MB is refused naming the field
     * {@code file} ({@link uk.ehctracker.common.BadInputException}); a case the person may not
     * see is "not found". The same file (same SHA-256) sent again to the same case is not kept twice:
     * the document already kept is returned (without its bytes), marked {@link CaseDocument#isAlreadyKept()}.
     */
    @Audited(value = "Document uploaded", action = AuditActions.DOCUMENT_UPLOAD)
    public CaseDocument store(long caseId, String originalName, byte[] bytes, String description, CurrentUser by) {
        cases.visibleCase(caseId, by);
        String cleanDescription = Checks.clean(description);
        Checks checks = new Checks().maxLength("description", cleanDescription, MAX_DESCRIPTION, "Description");
        Optional<DocumentType> type = Optional.empty();
        if (bytes == null || bytes.length == 0) {
            checks.problem("file", "The file is empty. Choose a PDF, Word (.docx), JPEG or PNG file.");
        } else if (bytes.length > MAX_BYTES) {
            checks.problem("file", "The file is larger than 20 MB. Send a smaller file, or split it.");
        } else {
            type = DocumentType.of(bytes);
            if (type.isEmpty()) {
                checks.problem("file", "This file is not a PDF, Word (.docx), JPEG or PNG file, whatever its name says."
                        + " Save it as one of those and try again.");
            } else if (type.get() == DocumentType.DOCX || ArchiveLimits.isZip(bytes)) {
                // a ZIP container is bounded before it is kept: whoever opens it later must not meet a bomb
                DocumentType kind = type.get();
                ArchiveLimits.problem(bytes).ifPresent(why -> checks.problem("file",
                        FileNames.safe(originalName, kind) + " " + why + ", so it was not kept. Save it again from Word"
                                + " or as a PDF, and try again."));
            }
        }
        checks.throwIfAny();
        DocumentType kind = type.orElseThrow();
        String fileName = FileNames.safe(originalName, kind);
        String sha256 = sha256(bytes);
        // the case's row lock, taken after the checks and the hash so other commands on the case
        // wait only for the insert, puts uploads to one case in turn: the same file sent twice at
        // once finds the first copy instead of racing it into the unique (case_id, sha256) index
        cases.caseForCommand(caseId, by);
        Optional<CaseDocument> same = documents.findSameFile(caseId, sha256);
        if (same.isPresent()) {
            return same.get().markAlreadyKept();
        }
        return documents.save(new CaseDocument(caseId, fileName, kind.mediaType(), bytes, sha256,
                cleanDescription, by.username(), clock.instant()));
    }

    /** The case's documents, newest first, without their bytes. */
    @Transactional(readOnly = true)
    public List<CaseDocument> list(long caseId, CurrentUser by) {
        cases.visibleCase(caseId, by);
        return access.readsOnlyOwnDocuments(by) ? documents.listOfCaseUploadedBy(caseId, by.username())
                : documents.listOfCase(caseId);
    }

    /** One document with its bytes; the read is recorded on the audit trail. */
    @Audited(value = "Document read", action = AuditActions.DOCUMENT_READ)
    public CaseDocument get(long caseId, long docId, CurrentUser by) {
        cases.visibleCase(caseId, by);
        CaseDocument document = documents.findByIdAndCaseId(docId, caseId)
                .filter(d -> !access.readsOnlyOwnDocuments(by) || by.username().equals(d.getUploadedBy()))
                .orElseThrow(() -> new NotFoundException("Document"));
        return document;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
