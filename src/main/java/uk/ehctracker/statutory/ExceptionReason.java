package uk.ehctracker.statutory;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Why the LA need not meet a time limit (it is impractical to do so). The reg 10(4) reasons
 * also apply to the 6-week decision (reg 5(4)), to the 20-week final plan (reg 13(3)) and to
 * advice (reg 8(2)).
 */
public enum ExceptionReason {

    // reg 10(4)(a)/(b), reg 5(4)(a)/(b): advice asked of a setting from 1 week before it closed
    // for a continuous period of at least 4 weeks until 1 week before it reopens
    SETTING_CLOSED("reg 10(4)(a)/(b)",
            "Because your child's school was closed for the summer holiday when we asked it for"
                    + " advice, the usual time limit does not apply.",
            false,
            EnumSet.of(TimeLimit.DECISION_TO_ASSESS, TimeLimit.ADVICE,
                    TimeLimit.DECISION_NOT_TO_ISSUE, TimeLimit.FINAL_PLAN)),

    // reg 10(4)(c), reg 5(4)(c): exceptional personal circumstances of the child, parent or YP
    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES("reg 10(4)(c)",
            "Because of exceptional personal circumstances affecting your child or your family,"
                    + " the usual time limit does not apply.",
            false,
            EnumSet.of(TimeLimit.DECISION_TO_ASSESS, TimeLimit.ADVICE,
                    TimeLimit.DECISION_NOT_TO_ISSUE, TimeLimit.FINAL_PLAN)),

    // reg 10(4)(d), reg 5(4)(d): absent from the LA's area for a continuous period of >= 4 weeks
    ABSENT_FROM_AREA("reg 10(4)(d)",
            "Because your child or your family was away from our area for at least four weeks in"
                    + " a row, the usual time limit does not apply.",
            false,
            EnumSet.of(TimeLimit.DECISION_TO_ASSESS, TimeLimit.ADVICE,
                    TimeLimit.DECISION_NOT_TO_ISSUE, TimeLimit.FINAL_PLAN)),

    // reg 8(2): the family failed to keep an appointment within the 6-week advice period
    MISSED_APPOINTMENT("reg 8(2)",
            "Because an appointment to give advice about your child was missed, the usual time"
                    + " limit for that advice does not apply.",
            false,
            EnumSet.of(TimeLimit.ADVICE)),

    // reg 2A (2020, now spent): coronavirus exception; accepted on imported records only
    CORONAVIRUS("reg 2A",
            "Because of the coronavirus emergency in 2020, the usual time limit did not apply.",
            true,
            EnumSet.of(TimeLimit.DECISION_TO_ASSESS, TimeLimit.ADVICE,
                    TimeLimit.DECISION_NOT_TO_ISSUE, TimeLimit.FINAL_PLAN));

    private final String citation;
    private final String familyExplanation;
    private final boolean historicOnly;
    private final Set<TimeLimit> appliesTo;

    ExceptionReason(String citation, String familyExplanation, boolean historicOnly,
                    Set<TimeLimit> appliesTo) {
        this.citation = citation;
        this.familyExplanation = familyExplanation;
        this.historicOnly = historicOnly;
        this.appliesTo = appliesTo;
    }

    /** The legal source, e.g. "reg 10(4)(c)". */
    public String citation() {
        return citation;
    }

    /** One plain-English sentence telling the family why the usual time limit does not apply. */
    public String familyExplanation() {
        return familyExplanation;
    }

    /** True when the reason is spent law, to be accepted on imported records only. */
    public boolean historicOnly() {
        return historicOnly;
    }

    /** Whether this reason can excuse the given time limit. */
    public boolean appliesTo(TimeLimit limit) {
        Objects.requireNonNull(limit, "limit must not be null");
        return appliesTo.contains(limit);
    }
}
