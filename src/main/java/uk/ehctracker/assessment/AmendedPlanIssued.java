package uk.ehctracker.assessment;

import java.time.LocalDate;

/**
 * reg 44; reg 45(4): the amended plan an order (or a concession) about the plan's contents required
 * was issued, by whatever door (the task's form, the disagreement's step): the disagreement hears of it.
 */
public record AmendedPlanIssued(long caseId, LocalDate issuedOn) {
}
