/**
 * The audit trail: who read or changed which case, and when (UK GDPR art. 5(2), accountability
 * for special-category data). {@link uk.ehctracker.audit.AuditLog} appends entries and shows a
 * case's entries to a manager of the case's LA; nothing updates or deletes them.
 */
package uk.ehctracker.audit;
