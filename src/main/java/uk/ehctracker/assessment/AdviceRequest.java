package uk.ehctracker.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.audit.AuditSubject;

/** The LA's request to one adviser, and the advice given (reg 6, reg 8). */
@Entity
@Table(name = "advice_request")
public class AdviceRequest implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdviceKind kind;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdviceStatus status;

    private String advice;

    @Column(name = "given_on")
    private LocalDate givenOn;

    @Column(name = "given_by")
    private String givenBy;

    @Column(name = "waiver_reason")
    private String waiverReason;

    protected AdviceRequest() {
    }

    AdviceRequest(long caseId, AdviceKind kind, LocalDate requestedOn) {
        this.caseId = caseId;
        this.kind = kind;
        this.requestedOn = requestedOn;
        this.status = AdviceStatus.REQUESTED;
    }

    void give(String text, LocalDate on, String by) {
        this.advice = text;
        this.givenOn = on;
        this.givenBy = by;
        this.status = AdviceStatus.RECEIVED;
    }

    void waive(String reason, LocalDate on, String by) {
        this.waiverReason = reason;
        this.givenOn = on;
        this.givenBy = by;
        this.status = AdviceStatus.WAIVED;
    }

    public boolean isOpen() {
        return status == AdviceStatus.REQUESTED;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public AdviceKind getKind() {
        return kind;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    /** reg 8(1): advice within 6 weeks of the adviser receiving the request; derived, never stored twice. */
    public LocalDate getDueOn() {
        return TimeLimit.ADVICE.dueFrom(requestedOn);
    }

    public AdviceStatus getStatus() {
        return status;
    }

    public String getAdvice() {
        return advice;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public String getWaiverReason() {
        return waiverReason;
    }

    @Override
    public Long auditCaseId() {
        return getCaseId();
    }

    @Override
    public String auditName() {
        return "advice request " + getId();
    }
}
