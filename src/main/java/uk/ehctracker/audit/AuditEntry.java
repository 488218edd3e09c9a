package uk.ehctracker.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail. Written once, never changed: every column is insert-only. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "username", nullable = false, updatable = false, length = 100)
    private String username;

    @Column(name = "role", nullable = false, updatable = false, length = 20)
    private String role;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private String action;

    @Column(name = "detail", updatable = false, length = 2000)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant at, String username, String role, Long caseId, String action, String detail) {
        this.at = at;
        this.username = username;
        this.role = role;
        this.caseId = caseId;
        this.action = action;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
