package uk.ehctracker.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One stage of a complaint: when it opened, the day its reply is due, and the reply. */
@Entity
@Table(name = "complaint_stage")
public class ComplaintStageRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStage stage;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "reply_by", nullable = false)
    private LocalDate replyBy;

    @Column(name = "replied_on")
    private LocalDate repliedOn;

    @Column(name = "reply_summary")
    private String replySummary;

    @Column(name = "late_reported_on")
    private LocalDate lateReportedOn;

    protected ComplaintStageRecord() {
    }

    ComplaintStageRecord(ComplaintStage stage, LocalDate openedOn, LocalDate replyBy) {
        this.stage = stage;
        this.openedOn = openedOn;
        this.replyBy = replyBy;
    }

    void replied(LocalDate on, String reply) {
        this.repliedOn = on;
        this.replySummary = reply;
    }

    void lateReported(LocalDate on) {
        this.lateReportedOn = on;
    }

    /** No reply by the end of its last day. */
    public boolean isLate(LocalDate today) {
        return repliedOn == null ? today.isAfter(replyBy) : repliedOn.isAfter(replyBy);
    }

    public ComplaintStage getStage() {
        return stage;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getReplyBy() {
        return replyBy;
    }

    public LocalDate getRepliedOn() {
        return repliedOn;
    }

    public String getReplySummary() {
        return replySummary;
    }

    public LocalDate getLateReportedOn() {
        return lateReportedOn;
    }
}
