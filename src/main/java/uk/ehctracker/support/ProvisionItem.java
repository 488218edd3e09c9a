package uk.ehctracker.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.ehctracker.audit.AuditSubject;

/** A line of the provision map: an intervention the school provides for a pupil, with its yearly cost. */
@Entity
@Table(name = "provision_item")
public class ProvisionItem implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false)
    private String intervention;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Delivery delivery;

    @Column(nullable = false)
    private String frequency;

    @Column(nullable = false)
    private String staff;

    @Column(name = "start_on", nullable = false)
    private LocalDate startOn;

    @Column(name = "end_on")
    private LocalDate endOn;

    @Column(name = "yearly_cost", nullable = false, precision = 10, scale = 2)
    private BigDecimal yearlyCost;

    protected ProvisionItem() {
    }

    ProvisionItem(long recordId, long schoolId, String intervention, Delivery delivery, String frequency, String staff,
            LocalDate startOn, LocalDate endOn, BigDecimal yearlyCost) {
        this.recordId = recordId;
        this.schoolId = schoolId;
        this.intervention = intervention;
        this.delivery = delivery;
        this.frequency = frequency;
        this.staff = staff;
        this.startOn = startOn;
        this.endOn = endOn;
        this.yearlyCost = yearlyCost;
    }

    /** Whether the intervention runs on the date. */
    public boolean isRunningOn(LocalDate date) {
        return !startOn.isAfter(date) && (endOn == null || !endOn.isBefore(date));
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

    public String getIntervention() {
        return intervention;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public String getFrequency() {
        return frequency;
    }

    public String getStaff() {
        return staff;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public BigDecimal getYearlyCost() {
        return yearlyCost;
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
