/**
 * The EHC needs-assessment case: the request and its statutory dates, each decision with its
 * test and reasons, the advice, the plan's sections, exceptions to the time limits and the case's
 * timeline. {@link uk.ehctracker.assessment.AssessmentService} is the one door for changes; it
 * records on the case and moves the process in the same transaction.
 */
package uk.ehctracker.assessment;
