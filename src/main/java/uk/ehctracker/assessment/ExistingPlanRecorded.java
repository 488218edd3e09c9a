package uk.ehctracker.assessment;

import java.time.LocalDate;

/**
 * A plan the council made before the tracker was recorded from its records (existingplans/):
 * published in the recording transaction, as {@link FinalPlanIssued} is for a plan issued here, so
 * the child's SEN support ends with it (docs/law.md s1). {@code recordedOn} is the day the tracker
 * learned of the plan; {@code planDate} the plan's own date.
 */
public record ExistingPlanRecorded(long caseId, String caseReference, long childId, LocalDate planDate, LocalDate recordedOn) {
}
