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
import uk.ehctracker.statutory.ExceptionReason;
import uk.ehctracker.statutory.RecordedException;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.audit.AuditSubject;

/** An exception to a time limit the LA relies on (reg 5(4), 8(2), 10(4), 13(3)), with its evidence note. */
@Entity
@Table(name = "statutory_exception")
public class TimeLimitException implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_limit", nullable = false)
    private TimeLimit timeLimit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExceptionReason reason;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(nullable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    protected TimeLimitException() {
    }

    TimeLimitException(long caseId, RecordedException exception, String note, String recordedBy, LocalDate recordedOn) {
        this.caseId = caseId;
        this.timeLimit = exception.limit();
        this.reason = exception.reason();
        this.fromDate = exception.from();
        this.toDate = exception.to();
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedOn = recordedOn;
    }

    public RecordedException asRecorded() {
        return new RecordedException(timeLimit, reason, fromDate, toDate);
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public TimeLimit getTimeLimit() {
        return timeLimit;
    }

    public ExceptionReason getReason() {
        return reason;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    @Override
    public Long auditCaseId() {
        return getCaseId();
    }

    @Override
    public String auditName() {
        return "time limit exception " + getId();
    }
}
