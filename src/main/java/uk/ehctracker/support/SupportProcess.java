package uk.ehctracker.support;

import java.util.List;

/**
 * A pupil's {@code sen-support} process, as SEN support sees it: the port this feature owns
 * and workflow/ implements on the engine. Runs inside the caller's transaction.
 */
public interface SupportProcess {

    void start(long recordId);

    boolean isRunning(long recordId);

    /** The user tasks the pupil's process waits at (their element ids, see {@link SenSupportNames}). */
    List<String> openSteps(long recordId);

    /** Whether the process is in the "do" phase, waiting for the review date. */
    boolean isDelivering(long recordId);

    void complete(long recordId, String step, java.util.Map<String, Object> variables);

    void message(long recordId, String messageName);

    /** Ends the pupil's process, if it runs, recording why (e.g. a final EHC plan was issued). */
    void end(long recordId, String reason);
}
