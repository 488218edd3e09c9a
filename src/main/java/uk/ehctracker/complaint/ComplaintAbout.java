package uk.ehctracker.complaint;

import java.util.List;

/** What a concern is about, which decides the procedure it follows and where it can go after it. */
public enum ComplaintAbout {
    /** SEN support at school: the school's own procedure, from a word with the class teacher to the governors. */
    SCHOOL("the SEN support at school",
            List.of(ComplaintStage.CLASS_TEACHER, ComplaintStage.SENCO, ComplaintStage.HEAD_TEACHER, ComplaintStage.GOVERNORS),
            "If you are still unhappy after the governors' reply, you can complain to the Department for Education,"
                    + " which checks that the school followed its complaints procedure."),
    /** The council's handling of the request or the plan: its own procedure, then the Ombudsman. */
    COUNCIL("the council's handling of the request or plan",
            List.of(ComplaintStage.COUNCIL_FIRST, ComplaintStage.COUNCIL_FINAL),
            "If you are still unhappy after the council's final reply, you can complain to the Local Government and"
                    + " Social Care Ombudsman, usually within 12 months of when you knew about the problem.");

    private final String words;
    private final List<ComplaintStage> stages;
    private final String afterTheLastStage;

    ComplaintAbout(String words, List<ComplaintStage> stages, String afterTheLastStage) {
        this.words = words;
        this.stages = stages;
        this.afterTheLastStage = afterTheLastStage;
    }

    public String words() {
        return words;
    }

    public List<ComplaintStage> stages() {
        return stages;
    }

    /** Where the family can go when the procedure has run its course. */
    public String afterTheLastStage() {
        return afterTheLastStage;
    }

    public ComplaintStage first() {
        return stages.get(0);
    }

    /** The stage after this one, or null after the last. */
    public ComplaintStage after(ComplaintStage stage) {
        int i = stages.indexOf(stage);
        return i + 1 < stages.size() ? stages.get(i + 1) : null;
    }

    public boolean isLast(ComplaintStage stage) {
        return after(stage) == null;
    }
}
