package uk.ehctracker.audit;

/** The actions the trail records; a plain string in the table so that new ones need no migration. */
public final class AuditActions {

    public static final String READ = "READ";
    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DOCUMENT_UPLOAD = "DOCUMENT_UPLOAD";
    public static final String DOCUMENT_READ = "DOCUMENT_READ";
    public static final String TASK_COMPLETE = "TASK_COMPLETE";

    private AuditActions() {
    }
}
