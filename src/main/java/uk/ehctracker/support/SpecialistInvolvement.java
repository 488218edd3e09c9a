package uk.ehctracker.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.ehctracker.audit.AuditSubject;

/** A specialist involved with the parents' agreement (Code 6.58-6.59), and the advice they gave. */
@Entity
@Table(name = "specialist_involvement")
public class SpecialistInvolvement implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SpecialistKind kind;

    /** Code 6.58: the parents are always involved in the decision. */
    @Column(name = "parents_agreed", nullable = false)
    private boolean parentsAgreed;

    @Column(name = "parents_agreed_on", nullable = false)
    private LocalDate parentsAgreedOn;

    private String advice;

    @Column(name = "report_date")
    private LocalDate reportDate;

    protected SpecialistInvolvement() {
    }

    SpecialistInvolvement(long recordId, long schoolId, SpecialistKind kind, boolean parentsAgreed, LocalDate parentsAgreedOn) {
        this.recordId = recordId;
        this.schoolId = schoolId;
        this.kind = kind;
        this.parentsAgreed = parentsAgreed;
        this.parentsAgreedOn = parentsAgreedOn;
    }

    void adviceGiven(String advice, LocalDate reportDate) {
        this.advice = advice;
        this.reportDate = reportDate;
    }

    public boolean hasAdvice() {
        return advice != null;
    }

    public Long getId() {
        return id;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public SpecialistKind getKind() {
        return kind;
    }

    public boolean isParentsAgreed() {
        return parentsAgreed;
    }

    public LocalDate getParentsAgreedOn() {
        return parentsAgreedOn;
    }

    public String getAdvice() {
        return advice;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    @Override
    public Long auditCaseId() {
        return null;
    }

    @Override
    public String auditName() {
        return "SEN support record " + getRecordId();
    }
}
