/**
 * The annual review of an EHC plan (CFA s44; regs 18, 20, 22; docs/law.md s9): one record per
 * review in {@code annual_review}, the first started when a final plan is issued (the assessment's
 * {@code FinalPlanIssued} event), each next one when a review is decided. Commands and reads
 * {@code ReviewService}; port {@code ReviewProcess}, implemented in workflow/ over
 * bpmn/annual-review.bpmn. Reaches the case only through the assessment feature's services.
 */
package uk.ehctracker.review;
