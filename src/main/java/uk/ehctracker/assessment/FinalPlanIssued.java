package uk.ehctracker.assessment;

import java.time.LocalDate;

/**
 * A final EHC plan was issued (reg 13(2)): published in the issuing transaction, so features that
 * depend on the case (SEN support, which ends when a plan replaces it: docs/law.md s1, census code
 * E instead of K; the annual review, which starts with it) act on it without the case depending on
 * them. {@code issuedOn} is the day it was sent; {@code planDate} the plan's own date, from which
 * the first review is counted (CFA s44(1)).
 */
public record FinalPlanIssued(long caseId, String caseReference, long childId, LocalDate issuedOn, LocalDate planDate) {
}
