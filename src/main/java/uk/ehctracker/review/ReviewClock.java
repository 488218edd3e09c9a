package uk.ehctracker.review;

/** The clocks bpmn/annual-review.bpmn times (docs/PROCESS-CONTRACT.md). */
public enum ReviewClock {
    /** CFA s44(1), reg 18: the review's meeting stage, by the review's due date (or the move's deadline). */
    REVIEW,
    /** reg 20(4): the advice sent to those invited 2 weeks before the meeting. */
    ADVICE,
    /** reg 20(7): the report within 2 weeks of the meeting. */
    REPORT,
    /** reg 20(10): the decision within 4 weeks of the meeting. */
    DECISION,
    /** reg 22(2): the family's 15 days to comment on proposed amendments. */
    COMMENTS,
    /** reg 22(3), reg 18: the amended plan within 8 weeks, or by the move's deadline. */
    AMENDED_PLAN
}
