package uk.ehctracker.referral;

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
import uk.ehctracker.audit.AuditSubject;

/**
 * A child brought to the LA's attention by someone who cannot request an assessment themselves
 * (health, social care, early years, a family friend: CFA s36(1); s23 for health bodies and
 * under-5s). The LA decides whether to treat it as a request.
 */
@Entity
@Table(name = "referral")
public class Referral implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private Long childId;

    @Column(name = "la_id", nullable = false)
    private Long laId;

    @Column(name = "notifier_name", nullable = false)
    private String notifierName;

    @Column(name = "notifier_role", nullable = false)
    private String notifierRole;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false)
    private String concerns;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status = ReferralStatus.OPEN;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Referral() {
    }

    Referral(long childId, long laId, String notifierName, String notifierRole, LocalDate receivedOn, String concerns,
            String recordedBy, Instant recordedAt) {
        this.childId = childId;
        this.laId = laId;
        this.notifierName = notifierName;
        this.notifierRole = notifierRole;
        this.receivedOn = receivedOn;
        this.concerns = concerns;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void treatedAsRequest(long caseId, LocalDate on, String by) {
        this.status = ReferralStatus.TREATED_AS_REQUEST;
        this.caseId = caseId;
        this.decidedOn = on;
        this.decidedBy = by;
    }

    void declined(String reason, LocalDate on, String by) {
        this.status = ReferralStatus.DECLINED;
        this.declineReason = reason;
        this.decidedOn = on;
        this.decidedBy = by;
    }

    public boolean isOpen() {
        return status == ReferralStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Long getChildId() {
        return childId;
    }

    public Long getLaId() {
        return laId;
    }

    public String getNotifierName() {
        return notifierName;
    }

    public String getNotifierRole() {
        return notifierRole;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getConcerns() {
        return concerns;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public Long auditCaseId() {
        return getCaseId();
    }

    @Override
    public String auditName() {
        return "referral " + getId();
    }
}
