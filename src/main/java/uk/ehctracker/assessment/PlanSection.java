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

/** One section of the draft or final plan, kept separately (reg 12; Code 9.62). */
@Entity
@Table(name = "plan_section")
public class PlanSection {

    public enum PlanVersion {
        DRAFT,
        FINAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_version", nullable = false)
    private PlanVersion planVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanSectionName section;

    private String content;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    protected PlanSection() {
    }

    PlanSection(long caseId, PlanVersion planVersion, PlanSectionName section, String content,
            String writtenBy, LocalDate writtenOn) {
        this.caseId = caseId;
        this.planVersion = planVersion;
        this.section = section;
        this.content = content;
        this.writtenBy = writtenBy;
        this.writtenOn = writtenOn;
    }

    public long getCaseId() {
        return caseId;
    }

    public PlanVersion getPlanVersion() {
        return planVersion;
    }

    public PlanSectionName getSection() {
        return section;
    }

    public String getContent() {
        return content;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }
}
