package uk.ehctracker.complaint;

/**
 * The stages of a complaints procedure, each with who replies. A school's procedure is its
 * governing body's (Education Act 2002 s29 for maintained schools; the Independent School
 * Standards, Part 7, for academies); the council's is its own (docs/law.md s7, "Complaints").
 */
public enum ComplaintStage {
    CLASS_TEACHER("the class teacher", "Talk to the class teacher"),
    SENCO("the SENCO", "Ask the school's SENCO"),
    HEAD_TEACHER("the head teacher", "Complain in writing to the head teacher"),
    GOVERNORS("the governing body or academy trust", "Ask the governors (or the academy trust) to hear the complaint"),
    COUNCIL_FIRST("the council's complaints team", "Complain to the council"),
    COUNCIL_FINAL("the council's final review", "Ask for the council's final review");

    private final String who;
    private final String action;

    ComplaintStage(String who, String action) {
        this.who = who;
        this.action = action;
    }

    /** Who replies at this stage, as a family reads it: "the head teacher". */
    public String who() {
        return who;
    }

    /** What the family does to open this stage: "Complain in writing to the head teacher". */
    public String action() {
        return action;
    }
}
