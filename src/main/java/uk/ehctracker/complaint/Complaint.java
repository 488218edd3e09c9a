package uk.ehctracker.complaint;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.ehctracker.audit.AuditSubject;

/** A family's concern or complaint, with the stages it has been through; the last stage is the one open or closed last. */
@Entity
@Table(name = "complaint")
public class Complaint implements AuditSubject {

    /** How a complaint ended. */
    public enum Closed {
        /** The family said they are content. */
        RESOLVED,
        /** The last stage of the procedure replied. */
        PROCEDURE_FINISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintAbout about;

    @Column(nullable = false)
    private String summary;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_how")
    private Closed closedHow;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "complaint_id", nullable = false)
    @OrderBy("id")
    private List<ComplaintStageRecord> stages = new ArrayList<>();

    protected Complaint() {
    }

    Complaint(long caseId, ComplaintAbout about, String summary, LocalDate raisedOn, LocalDate replyBy, String recordedBy,
            Instant recordedAt) {
        this.caseId = caseId;
        this.about = about;
        this.summary = summary;
        this.raisedOn = raisedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        stages.add(new ComplaintStageRecord(about.first(), raisedOn, replyBy));
    }

    /** The stage open now, or the last one once the complaint has ended. */
    public ComplaintStageRecord current() {
        return stages.get(stages.size() - 1);
    }

    void replied(LocalDate on, String reply) {
        current().replied(on, reply);
        if (about.isLast(current().getStage())) {
            close(Closed.PROCEDURE_FINISHED, on);
        }
    }

    void escalated(LocalDate on, LocalDate replyBy) {
        stages.add(new ComplaintStageRecord(about.after(current().getStage()), on, replyBy));
    }

    void close(Closed how, LocalDate on) {
        this.closedHow = how;
        this.closedOn = on;
    }

    public boolean isOpen() {
        return closedHow == null;
    }

    /** The family may take it to the next stage: it is open, there is one, and this stage has replied or is late. */
    public boolean mayEscalate(LocalDate today) {
        ComplaintStageRecord now = current();
        return isOpen() && !about.isLast(now.getStage()) && (now.getRepliedOn() != null || today.isAfter(now.getReplyBy()));
    }

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    @Override
    public String auditName() {
        return "complaint " + id;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public ComplaintAbout getAbout() {
        return about;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public Closed getClosedHow() {
        return closedHow;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<ComplaintStageRecord> getStages() {
        return List.copyOf(stages);
    }
}
