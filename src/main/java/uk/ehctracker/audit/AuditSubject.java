package uk.ehctracker.audit;

/** What an audited command changed: the case it belongs to (if any) and how the trail names it. */
public interface AuditSubject {

    /** The case the change belongs to, or null (an SEN support record, an LA's settings). */
    Long auditCaseId();

    /** The thing changed, without personal details: "case 12", "SEN support record 4". */
    String auditName();
}
