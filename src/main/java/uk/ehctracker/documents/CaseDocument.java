package uk.ehctracker.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.ehctracker.audit.AuditSubject;

/**
 * A document kept with a case. The type is the one detected from the bytes; the name is the
 * uploader's, made safe. Never changed after it is stored.
 *
 * <p>Documents from {@link DocumentService#list} carry no bytes ({@link #getBytes()} is null):
 * fetch one with {@link DocumentService#get} for its content.
 */
@Entity
@Table(name = "case_document")
public class CaseDocument implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "bytes", nullable = false, updatable = false)
    private byte[] bytes;

    @Column(name = "description", updatable = false, length = 2000)
    private String description;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    /** Not stored: set on the document handed back when the same file was sent again. */
    @jakarta.persistence.Transient
    private boolean alreadyKept;

    protected CaseDocument() {
        // for JPA
    }

    CaseDocument(long caseId, String fileName, String contentType, byte[] bytes, String sha256, String description,
            String uploadedBy, Instant uploadedAt) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = bytes.length;
        this.sha256 = sha256;
        this.bytes = bytes.clone();
        this.description = description;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** For listings: everything but the bytes (used by the repository's projection query). */
    CaseDocument(Long id, long caseId, String fileName, String contentType, long size, String sha256,
            String description, String uploadedBy, Instant uploadedAt) {
        this.id = id;
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.description = description;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    /** True when this is the copy already kept, returned for the same file sent again. */
    public boolean isAlreadyKept() {
        return alreadyKept;
    }

    CaseDocument markAlreadyKept() {
        this.alreadyKept = true;
        return this;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    /** The content (a copy); null on documents from a listing. */
    public byte[] getBytes() {
        return bytes == null ? null : bytes.clone();
    }

    public String getDescription() {
        return description;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    @Override
    public Long auditCaseId() {
        return getCaseId();
    }

    @Override
    public String auditName() {
        return "document " + getId();
    }
}
