package uk.ehctracker.review;

/** Where a review stands for the caseworkers' lists, kept on its row (V36) so that the list is filtered in the query. */
public enum ReviewStep {
    /** The meeting to arrange or hold (reg 20(2)-(6)). */
    DUE,
    /** The meeting held; the council's decision to come (reg 20(7)-(10)). */
    AWAITING_DECISION,
    /** Amendments proposed; the amended plan to issue (reg 22). */
    AMENDING,
    /** Kept, ceased, or its amended plan issued: on no list. */
    COMPLETE
}
