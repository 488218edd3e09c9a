package uk.ehctracker.review;

import java.time.LocalDate;

/** reg 20(10): a review's decision proposes to cease the plan (CFA s45); ceasing itself follows. */
public record CeasingProposed(long caseId, long reviewId, LocalDate proposedOn, String reason) {
}
