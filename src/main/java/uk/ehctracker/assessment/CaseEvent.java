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

/** One line on a case's timeline. Append-only. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseEventKind kind;

    @Column(nullable = false)
    private String text;

    private String actor;

    protected CaseEvent() {
    }

    CaseEvent(long caseId, Instant happenedAt, CaseEventKind kind, String text, String actor) {
        this.caseId = caseId;
        this.happenedAt = happenedAt;
        this.kind = kind;
        this.text = text.length() > 2000 ? text.substring(0, 2000) : text;
        this.actor = actor;
    }

    public long getCaseId() {
        return caseId;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public CaseEventKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getActor() {
        return actor;
    }
}
