package uk.ehctracker.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.WorkingDays;

/** A decision on a case: who, when, the legal test, the evidence weighed and the reasons. */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionOutcome.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionOutcome outcome;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    /** Whether the statutory test (s36(8) or s37) was found to be met. */
    @Column(name = "test_met", nullable = false)
    private boolean testMet;

    @Column(name = "may_have_sen")
    private Boolean mayHaveSen;

    @Column(name = "may_need_plan")
    private Boolean mayNeedPlan;

    /** Code 9.14 evidence considered, comma-separated codes. */
    @Column(name = "evidence_weighed")
    private String evidenceWeighed;

    @Column(nullable = false)
    private String reasons;

    /**
     * The day the decision notice was sent: the day the system issued the letter. The milestone
     * is met on it (the law counts the time to notify) and the appeal deadline runs from it
     * (HESC Rules r20; docs/law.md s7). {@link #decidedOn} may be earlier.
     */
    @Column(name = "notice_sent_on")
    private LocalDate noticeSentOn;

    /**
     * The day the mediation certificate was issued, if the family has one (CFA s55; SEND Regs
     * Part 6): the appeal deadline then runs to one month after it, if that is later.
     */
    @Column(name = "mediation_certificate_on")
    private LocalDate mediationCertificateOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Decision() {
    }

    Decision(long caseId, DecisionOutcome outcome, LocalDate decidedOn, LocalDate noticeSentOn, String decidedBy,
            boolean testMet, Boolean mayHaveSen, Boolean mayNeedPlan, String evidenceWeighed, String reasons,
            Instant recordedAt) {
        this.caseId = caseId;
        this.kind = outcome.kind();
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.noticeSentOn = noticeSentOn;
        this.decidedBy = decidedBy;
        this.testMet = testMet;
        this.mayHaveSen = mayHaveSen;
        this.mayNeedPlan = mayNeedPlan;
        this.evidenceWeighed = evidenceWeighed;
        this.reasons = reasons;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public DecisionOutcome.Kind getKind() {
        return kind;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public boolean isTestMet() {
        return testMet;
    }

    public Boolean getMayHaveSen() {
        return mayHaveSen;
    }

    public Boolean getMayNeedPlan() {
        return mayNeedPlan;
    }

    public String getEvidenceWeighed() {
        return evidenceWeighed;
    }

    public String getReasons() {
        return reasons;
    }

    /**
     * The day the decision notice was sent (HESC Rules r20: the appeal deadline runs from it);
     * null for a decision to issue a plan, which sends no notice of its own.
     */
    public LocalDate getNoticeSentOn() {
        return noticeSentOn;
    }

    /** Whether the family may appeal against it to the Tribunal (CFA s51(2)(a), (b)): a refusal to assess or to issue. */
    public boolean isAppealable() {
        return !outcome.isPositive();
    }

    /**
     * The last day to appeal, derived (never stored): 2 months after the notice was sent, or 1
     * month after the mediation certificate, whichever is later, moved on by the Tribunal's rule
     * on counting time (HESC Rules r20, r12; docs/law.md s7). Null for a decision that cannot be appealed.
     */
    public LocalDate appealDeadline(WorkingDays workingDays) {
        return isAppealable() && noticeSentOn != null
                ? StatutoryClock.appealDeadline(noticeSentOn, mediationCertificateOn, workingDays) : null;
    }

    public LocalDate getMediationCertificateOn() {
        return mediationCertificateOn;
    }

    void recordMediationCertificate(LocalDate issuedOn) {
        this.mediationCertificateOn = issuedOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
