package uk.ehctracker.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.School;
import uk.ehctracker.audit.AuditSubject;

/**
 * A pupil on (or once on) SEN support. It belongs to the child, so a child who moves school keeps
 * their history; {@code school} is the school that placed them, and each entry keeps its own.
 */
@Entity
@Table(name = "sen_support_record")
public class SenSupportRecord implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(name = "placed_on", nullable = false)
    private LocalDate placedOn;

    /** Code 6.43: the school must formally tell the parents. */
    @Column(name = "parents_told_on", nullable = false)
    private LocalDate parentsToldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupportStatus status = SupportStatus.ON_SEN_SUPPORT;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "left_reason")
    private String leftReason;

    /** The reasons and evidence gaps of a request the process is about to send (CFA s36(1)). */
    @Column(name = "request_reasons")
    private String requestReasons;

    @Column(name = "request_gaps")
    private String requestGaps;

    @Column(name = "request_by")
    private String requestBy;

    @Column(name = "requested_on")
    private LocalDate requestedOn;

    @Column(name = "request_case_id")
    private Long requestCaseId;

    @Column(name = "meeting_reminded_on")
    private LocalDate meetingRemindedOn;

    @Column(name = "review_reminded_on")
    private LocalDate reviewRemindedOn;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SenSupportRecord() {
    }

    public SenSupportRecord(Child child, School school, LocalDate placedOn, LocalDate parentsToldOn, String createdBy, Instant createdAt) {
        this.child = child;
        this.school = school;
        this.placedOn = placedOn;
        this.parentsToldOn = parentsToldOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void placeAgain(School by, LocalDate on, LocalDate told) {
        this.school = by;
        this.placedOn = on;
        this.parentsToldOn = told;
        this.status = SupportStatus.ON_SEN_SUPPORT;
        this.leftOn = null;
        this.leftReason = null;
    }

    void leave(LocalDate on, String reason) {
        this.status = SupportStatus.LEFT;
        this.leftOn = on;
        this.leftReason = reason;
    }

    void requestPending(String reasons, String gaps, String by) {
        this.requestReasons = reasons;
        this.requestGaps = gaps;
        this.requestBy = by;
    }

    void requestSent(long caseId, LocalDate on) {
        this.requestCaseId = caseId;
        this.requestedOn = on;
    }

    void meetingReminded(LocalDate on) {
        this.meetingRemindedOn = on;
    }

    void reviewReminded(LocalDate on) {
        this.reviewRemindedOn = on;
    }

    public Long getId() {
        return id;
    }

    public Child getChild() {
        return child;
    }

    public School getSchool() {
        return school;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }

    public LocalDate getParentsToldOn() {
        return parentsToldOn;
    }

    public SupportStatus getStatus() {
        return status;
    }

    public boolean isOnSenSupport() {
        return status == SupportStatus.ON_SEN_SUPPORT;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getLeftReason() {
        return leftReason;
    }

    public String getRequestReasons() {
        return requestReasons;
    }

    public String getRequestGaps() {
        return requestGaps;
    }

    public String getRequestBy() {
        return requestBy;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public Long getRequestCaseId() {
        return requestCaseId;
    }

    public LocalDate getMeetingRemindedOn() {
        return meetingRemindedOn;
    }

    public LocalDate getReviewRemindedOn() {
        return reviewRemindedOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public Long auditCaseId() {
        return null;
    }

    @Override
    public String auditName() {
        return "SEN support record " + getId();
    }
}
