package uk.ehctracker.cessation;

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
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.WorkingDays;

/** Ceasing a plan, proposed once, step by step; its dates derive from these (docs/law.md s9, "Ceasing"). */
@Entity
@Table(name = "plan_cessation")
public class CessationRecord implements AuditSubject {

    /**
     * [practice] The family and the setting are asked for their views within 15 days, beginning
     * with the day the family is told (as reg 13(1) gives for a draft). reg 31 sets no period.
     */
    static final int RESPONSE_DAYS = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "review_id")
    private Long reviewId;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(name = "proposal_reason", nullable = false)
    private String proposalReason;

    @Column(name = "family_told_on")
    private LocalDate familyToldOn;

    @Column(name = "setting_consulted_on")
    private LocalDate settingConsultedOn;

    @Column(name = "family_response")
    private String familyResponse;

    @Column(name = "family_response_on")
    private LocalDate familyResponseOn;

    @Column(name = "setting_response")
    private String settingResponse;

    @Column(name = "setting_response_on")
    private LocalDate settingResponseOn;

    @Column(name = "ceases")
    private Boolean ceases;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cease_reason")
    private CeaseReason ceaseReason;

    @Column(name = "decision_reasons")
    private String decisionReasons;

    @Column(name = "notice_sent_on")
    private LocalDate noticeSentOn;

    @Column(name = "disagreement_ended_on")
    private LocalDate disagreementEndedOn;

    @Column(name = "kept_by_tribunal")
    private Boolean keptByTribunal;

    @Column(name = "ceased_on")
    private LocalDate ceasedOn;

    @Column(name = "kept_on")
    private LocalDate keptOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CessationRecord() {
    }

    CessationRecord(long caseId, Long reviewId, LocalDate proposedOn, String proposalReason, Instant recordedAt) {
        this.caseId = caseId;
        this.reviewId = reviewId;
        this.proposedOn = proposedOn;
        this.proposalReason = proposalReason;
        this.recordedAt = recordedAt;
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    @Override
    public String auditName() {
        return "ceasing of the plan " + id;
    }

    /** [practice] The day the council asks for the views by; null until the family is told. */
    public LocalDate responsesDueBy() {
        return familyToldOn == null ? null : familyToldOn.plusDays(RESPONSE_DAYS - 1);
    }

    /** HESC Rules r20, r12: 2 months after the notice was sent (a certificate may move it: the disagreement holds that). */
    public LocalDate appealDeadline(WorkingDays workingDays) {
        return noticeSentOn == null ? null : StatutoryClock.appealDeadline(noticeSentOn, null, workingDays);
    }

    /** CFA s45(4): the plan is kept through the last day to appeal; if no appeal may come, it ends the day after. */
    public LocalDate endsIfNoAppeal(WorkingDays workingDays) {
        LocalDate lastDay = appealDeadline(workingDays);
        return lastDay == null ? null : lastDay.plusDays(1);
    }

    /** Ceasing is under way: proposed, and the plan neither ended nor kept yet. */
    public boolean isOpen() {
        return ceasedOn == null && keptOn == null;
    }

    void consulted(LocalDate familyTold, LocalDate settingConsulted) {
        this.familyToldOn = familyTold;
        this.settingConsultedOn = settingConsulted;
    }

    void familyResponded(String response, LocalDate on) {
        this.familyResponse = response;
        this.familyResponseOn = on;
    }

    void settingResponded(String response, LocalDate on) {
        this.settingResponse = response;
        this.settingResponseOn = on;
    }

    void decided(boolean cease, LocalDate on, CeaseReason reason, String reasons, LocalDate noticeSent) {
        this.ceases = cease;
        this.decidedOn = on;
        this.ceaseReason = reason;
        this.decisionReasons = reasons;
        this.noticeSentOn = noticeSent;
    }

    void disagreementEnded(LocalDate on, boolean keptByTribunal) {
        this.disagreementEndedOn = on;
        this.keptByTribunal = keptByTribunal;
    }

    void ceased(LocalDate on) {
        this.ceasedOn = on;
    }

    void kept(LocalDate on) {
        this.keptOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public String getProposalReason() {
        return proposalReason;
    }

    public LocalDate getFamilyToldOn() {
        return familyToldOn;
    }

    public LocalDate getSettingConsultedOn() {
        return settingConsultedOn;
    }

    public String getFamilyResponse() {
        return familyResponse;
    }

    public LocalDate getFamilyResponseOn() {
        return familyResponseOn;
    }

    public String getSettingResponse() {
        return settingResponse;
    }

    public LocalDate getSettingResponseOn() {
        return settingResponseOn;
    }

    public Boolean getCeases() {
        return ceases;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public CeaseReason getCeaseReason() {
        return ceaseReason;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public LocalDate getNoticeSentOn() {
        return noticeSentOn;
    }

    public LocalDate getDisagreementEndedOn() {
        return disagreementEndedOn;
    }

    public Boolean getKeptByTribunal() {
        return keptByTribunal;
    }

    public LocalDate getCeasedOn() {
        return ceasedOn;
    }

    public LocalDate getKeptOn() {
        return keptOn;
    }
}
