package uk.ehctracker.workflow;

import java.time.Instant;
import java.util.List;
import uk.ehctracker.audit.AuditSubject;

/**
 * A task in someone's work list: what to do, for which case, by when. {@code formId} names the
 * form in forms/ that completes it.
 */
public record TaskSummary(
        String id,
        String taskKey,
        String name,
        long caseId,
        String caseReference,
        Long adviceRequestId,
        String assignee,
        List<String> candidateGroups,
        Instant created,
        String formId) implements AuditSubject {

    @Override
    public Long auditCaseId() {
        return caseId;
    }

    @Override
    public String auditName() {
        return "task " + taskKey + " of case " + caseId;
    }
}
