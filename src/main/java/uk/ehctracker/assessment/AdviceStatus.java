package uk.ehctracker.assessment;

/** Where one piece of advice is. */
public enum AdviceStatus {
    REQUESTED,
    RECEIVED,
    /** Existing advice judged sufficient by the adviser, the LA and the family (reg 6(4)). */
    WAIVED
}
