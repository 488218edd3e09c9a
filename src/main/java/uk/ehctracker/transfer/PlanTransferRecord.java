package uk.ehctracker.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.ehctracker.audit.AuditSubject;
import uk.ehctracker.statutory.PlanTransfer;

/** One move of a plan to another LA; its due dates derive from these dates (docs/law.md s9, "Moving to another council"). */
@Entity
@Table(name = "plan_transfer")
public class PlanTransferRecord implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "from_la_id", nullable = false)
    private long fromLaId;

    @Column(name = "to_la_id", nullable = false)
    private long toLaId;

    @Column(name = "aware_on", nullable = false)
    private LocalDate awareOn;

    @Column(name = "moves_on", nullable = false)
    private LocalDate movesOn;

    @Column(name = "transferred_on")
    private LocalDate transferredOn;

    @Column(name = "family_told_on")
    private LocalDate familyToldOn;

    @Column(name = "proposes_assessment")
    private Boolean proposesAssessment;

    @Column(name = "review_proposed_on")
    private LocalDate reviewProposedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PlanTransferRecord() {
    }

    PlanTransferRecord(long caseId, long fromLaId, long toLaId, LocalDate awareOn, LocalDate movesOn, Instant recordedAt) {
        this.caseId = caseId;
        this.fromLaId = fromLaId;
        this.toLaId = toLaId;
        this.awareOn = awareOn;
        this.movesOn = movesOn;
        this.recordedAt = recordedAt;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    @Override
    public String auditName() {
        return "move of the plan to another council " + id;
    }

    /** reg 15(4): 6 weeks from the transfer; null until the plan is transferred. */
    public LocalDate familyToldBy() {
        return transferredOn == null ? null : PlanTransfer.familyToldBy(transferredOn);
    }

    /** The plan has not gone yet: the move is recorded, the transfer is not. */
    public boolean isPending() {
        return transferredOn == null;
    }

    void transferred(LocalDate on) {
        this.transferredOn = on;
    }

    void familyTold(LocalDate on, boolean proposesAssessment, LocalDate reviewProposedOn) {
        this.familyToldOn = on;
        this.proposesAssessment = proposesAssessment;
        this.reviewProposedOn = reviewProposedOn;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getFromLaId() {
        return fromLaId;
    }

    public long getToLaId() {
        return toLaId;
    }

    public LocalDate getAwareOn() {
        return awareOn;
    }

    public LocalDate getMovesOn() {
        return movesOn;
    }

    public LocalDate getTransferredOn() {
        return transferredOn;
    }

    public LocalDate getFamilyToldOn() {
        return familyToldOn;
    }

    public Boolean getProposesAssessment() {
        return proposesAssessment;
    }

    public LocalDate getReviewProposedOn() {
        return reviewProposedOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
