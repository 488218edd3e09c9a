package uk.ehctracker.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command of the application layer: whoever calls it (a screen, the API, a delegate, the
 * generator), one audit entry is written for the call, inside the command's transaction, by
 * {@link AuditedCommands}. The method takes the person acting ({@code CurrentUser}) and returns
 * what it changed as an {@link AuditSubject}. A command that calls another (a task completed
 * through its form calls the decision it records) is recorded once, by the innermost.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** What was done, in words for the trail ("Decided whether to assess"). */
    String value();

    /** The kind of entry (see {@link AuditActions}). */
    String action() default AuditActions.UPDATE;
}
