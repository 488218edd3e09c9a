package uk.ehctracker.assessment;

import java.time.LocalDate;

/**
 * A mediation certificate was recorded on a case's appealable decision (CFA s55), inside the
 * recording command's transaction: a disagreement in progress moves on without the case
 * depending on it.
 */
public record MediationCertificateRecorded(long caseId, long decisionId, LocalDate noticeSentOn, LocalDate issuedOn) {
}
