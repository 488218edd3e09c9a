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

/** One of a pupil's needs, ranked (1 = primary need), as the census and SEN2 record them. */
@Entity
@Table(name = "sen_need")
public class SenNeed implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_type", nullable = false)
    private NeedType needType;

    @Column(name = "need_rank", nullable = false)
    private int rank;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    protected SenNeed() {
    }

    public SenNeed(long recordId, NeedType needType, int rank, long schoolId, LocalDate recordedOn) {
        this.recordId = recordId;
        this.needType = needType;
        this.rank = rank;
        this.schoolId = schoolId;
        this.recordedOn = recordedOn;
    }

    public Long getId() {
        return id;
    }

    public Long getRecordId() {
        return recordId;
    }

    public NeedType getNeedType() {
        return needType;
    }

    public AreaOfNeed getArea() {
        return needType.area();
    }

    public int getRank() {
        return rank;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
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
