package uk.ehctracker.assessment;

/**
 * What the LA decides when the setting consulted says it cannot meet the needs: its answer is
 * not conclusive (CFA s39(4) names the only grounds for not naming a school the family asked for).
 */
public enum AfterConsultation {
    /** The LA names the setting consulted all the same. */
    NAME_ANYWAY,
    /** The LA consults another setting: a new consultation, with its own reply date. */
    CONSULT_ANOTHER
}
