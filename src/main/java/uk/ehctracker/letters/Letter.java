package uk.ehctracker.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A letter as issued, kept with the case. Its HTML is the record of what was sent and never
 * changes; its PDF is rendered from that HTML when first asked for and then kept.
 */
@Entity
@Table(name = "letter")
public class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_type", nullable = false, updatable = false, length = 40)
    private NoticeType noticeType;

    @Column(name = "recipient_name", nullable = false, updatable = false, length = 300)
    private String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", nullable = false, updatable = false, length = 20)
    private RecipientRole recipientRole;

    @Column(name = "recipient_email", updatable = false, length = 320)
    private String recipientEmail;

    @Column(name = "subject", nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(name = "html", nullable = false, updatable = false, length = 1_000_000)
    private String html;

    @Column(name = "pdf")
    private byte[] pdf;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    protected Letter() {
        // for JPA
    }

    Letter(long caseId, NoticeType noticeType, String recipientName, RecipientRole recipientRole,
           String recipientEmail, String subject, String html, Instant issuedAt, LocalDate issuedOn) {
        this.caseId = caseId;
        this.noticeType = Objects.requireNonNull(noticeType);
        this.recipientName = Objects.requireNonNull(recipientName);
        this.recipientRole = Objects.requireNonNull(recipientRole);
        this.recipientEmail = recipientEmail;
        this.subject = Objects.requireNonNull(subject);
        this.html = Objects.requireNonNull(html);
        this.issuedAt = Objects.requireNonNull(issuedAt);
        this.issuedOn = Objects.requireNonNull(issuedOn);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public NoticeType getNoticeType() {
        return noticeType;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public RecipientRole getRecipientRole() {
        return recipientRole;
    }

    /** The address the notification went to; null if the letter goes by post only. */
    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getSubject() {
        return subject;
    }

    /** The letter as HTML (escaped, self-contained XHTML). */
    public String getHtml() {
        return html;
    }

    /** Whether the PDF has been rendered yet ({@link LetterService#pdf(long)} renders it). */
    public boolean hasPdf() {
        return pdf != null;
    }

    /** The PDF once rendered, a copy; null before. */
    byte[] storedPdf() {
        return pdf == null ? null : pdf.clone();
    }

    /** Keeps the PDF rendered from this letter's HTML. */
    void keepPdf(byte[] rendered) {
        this.pdf = Objects.requireNonNull(rendered).clone();
    }

    /** A file name for the PDF, e.g. "EHC-letter-12-DECISION_NOT_TO_ASSESS.pdf". */
    public String pdfFileName() {
        return "EHC-letter-" + id + "-" + noticeType.name() + ".pdf";
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    /** The date printed on the letter (Europe/London). */
    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    @Override
    public String toString() {
        // no personal details in logs
        return "Letter[id=" + id + ", caseId=" + caseId + ", type=" + noticeType + "]";
    }
}
