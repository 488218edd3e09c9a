package uk.ehctracker.directory;

/** The school census SEN provision code (Code 6.15 onwards). */
public enum SenStatus {
    NONE,
    /** Census code K. */
    SEN_SUPPORT,
    /** Census code E. */
    EHC_PLAN
}
