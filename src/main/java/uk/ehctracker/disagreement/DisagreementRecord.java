package uk.ehctracker.disagreement;

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
import uk.ehctracker.audit.AuditSubject;
import uk.ehctracker.statutory.Disagreement.OrderKind;

/** A family's disagreement with one appealable decision, step by step; its due dates derive from these dates. */
@Entity
@Table(name = "disagreement")
public class DisagreementRecord implements AuditSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_disagreed", nullable = false)
    private DecisionDisagreed decisionDisagreed;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "disagreed_on", nullable = false)
    private LocalDate disagreedOn;

    @Column(name = "mediation_contact_on")
    private LocalDate mediationContactOn;

    @Column(name = "wants_mediation")
    private Boolean wantsMediation;

    @Column(name = "mediation_held_on")
    private LocalDate mediationHeldOn;

    @Column(name = "certificate_on")
    private LocalDate certificateOn;

    @Column(name = "appeal_registered_on")
    private LocalDate appealRegisteredOn;

    @Column(name = "response_due_on")
    private LocalDate responseDueOn;

    @Column(name = "response_sent_on")
    private LocalDate responseSentOn;

    @Column(name = "hearing_on")
    private LocalDate hearingOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private TribunalOutcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_kind")
    private OrderKind orderKind;

    @Column(name = "order_first_step_on")
    private LocalDate orderFirstStepOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DisagreementRecord() {
    }

    DisagreementRecord(long caseId, DecisionDisagreed decisionDisagreed, Long decisionId, LocalDate disagreedOn, String recordedBy,
            Instant recordedAt) {
        this.caseId = caseId;
        this.decisionDisagreed = decisionDisagreed;
        this.decisionId = decisionId;
        this.subject = subjectOf(decisionDisagreed, decisionId);
        this.disagreedOn = disagreedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** One disagreement per decision, per final plan, or with ceasing the plan. */
    static String subjectOf(DecisionDisagreed kind, Long decisionId) {
        return kind.isRefusal() ? "decision:" + decisionId : kind == DecisionDisagreed.CEASE ? "cease" : "final-plan";
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    @Override
    public String auditName() {
        return "disagreement with " + decisionDisagreed.words();
    }

    void adviserContacted(LocalDate on, boolean wants) {
        this.mediationContactOn = on;
        this.wantsMediation = wants;
    }

    void mediationHeld(LocalDate on) {
        this.mediationHeldOn = on;
    }

    void certificateIssued(LocalDate on) {
        this.certificateOn = on;
    }

    void appealRegistered(LocalDate on, LocalDate responseDue, LocalDate hearing) {
        this.appealRegisteredOn = on;
        this.responseDueOn = responseDue;
        this.hearingOn = hearing;
    }

    void responseDue(LocalDate on) {
        this.responseDueOn = on;
    }

    void responseSent(LocalDate on) {
        this.responseSentOn = on;
    }

    void ended(TribunalOutcome how, LocalDate on, OrderKind kind) {
        this.outcome = how;
        this.outcomeOn = on;
        this.orderKind = kind;
    }

    void orderFirstStepDone(LocalDate on) {
        this.orderFirstStepOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public DecisionDisagreed getDecisionDisagreed() {
        return decisionDisagreed;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public LocalDate getDisagreedOn() {
        return disagreedOn;
    }

    public LocalDate getMediationContactOn() {
        return mediationContactOn;
    }

    public Boolean getWantsMediation() {
        return wantsMediation;
    }

    public LocalDate getMediationHeldOn() {
        return mediationHeldOn;
    }

    public LocalDate getCertificateOn() {
        return certificateOn;
    }

    public LocalDate getAppealRegisteredOn() {
        return appealRegisteredOn;
    }

    public LocalDate getResponseDueOn() {
        return responseDueOn;
    }

    public LocalDate getResponseSentOn() {
        return responseSentOn;
    }

    public LocalDate getHearingOn() {
        return hearingOn;
    }

    public TribunalOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public OrderKind getOrderKind() {
        return orderKind;
    }

    public LocalDate getOrderFirstStepOn() {
        return orderFirstStepOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
