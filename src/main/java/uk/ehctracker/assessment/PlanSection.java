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

    /** On a final section: what changed from the draft and why (reg 13(1): the family's comments considered). */
    @Column(name = "changed_from_draft")
    private String changedFromDraft;

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

    /** A section of the final plan, with what changed from the draft and why. */
    static PlanSection finalSection(long caseId, PlanSectionName section, String content, String changedFromDraft,
            String writtenBy, LocalDate writtenOn) {
        PlanSection s = new PlanSection(caseId, PlanVersion.FINAL, section, content, writtenBy, writtenOn);
        s.changedFromDraft = changedFromDraft;
        return s;
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

    public String getChangedFromDraft() {
        return changedFromDraft;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }
}
