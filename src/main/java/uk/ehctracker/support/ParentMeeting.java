package uk.ehctracker.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.ehctracker.audit.AuditSubject;

/** A meeting with the parents to set outcomes and review progress (Code 6.65: three a year). */
@Entity
@Table(name = "parent_meeting")
public class ParentMeeting implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String notes;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected ParentMeeting() {
    }

    ParentMeeting(long recordId, long schoolId, LocalDate heldOn, String notes, String recordedBy) {
        this.recordId = recordId;
        this.schoolId = schoolId;
        this.heldOn = heldOn;
        this.notes = notes;
        this.recordedBy = recordedBy;
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

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
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
