package uk.ehctracker.assessment;

/** Where a case is, for LA staff and in the family's words. */
public enum CaseStage {
    DECIDING_WHETHER_TO_ASSESS("Deciding whether to assess", "We are deciding whether to carry out an assessment"),
    NOT_ASSESSED("Decided not to assess", "We decided not to carry out an assessment"),
    GATHERING_ADVICE("Gathering advice", "We are carrying out the assessment and asking for advice"),
    DECIDING_WHETHER_TO_ISSUE("Deciding whether to issue a plan", "We are deciding whether your child needs an EHC plan"),
    NOT_ISSUED("Decided not to issue a plan", "We decided not to issue an EHC plan"),
    DRAFTING_PLAN("Writing the draft plan", "We are writing a draft EHC plan"),
    DRAFT_WITH_FAMILY("Draft plan with the family", "The draft plan is with you for comments"),
    CHOOSING_SETTING("Choosing a school or setting to consult", "We are choosing a school or setting to name in the plan"),
    CONSULTING_SCHOOL("Consulting the school or setting", "We are asking the school or setting whether it can meet your child's needs"),
    FINALISING_PLAN("Finalising the plan", "We are finishing the EHC plan"),
    PLAN_ISSUED("Final plan issued", "The final EHC plan has been issued"),
    /** reg 44; reg 45(4): the Tribunal ordered (or the council conceded) changes to the plan's contents. */
    AMENDING_PLAN("Amending the plan, as ordered", "We are amending the EHC plan, as the Tribunal requires"),
    WITHDRAWN("Withdrawn", "The request was withdrawn");

    private final String staffLabel;
    private final String familyLabel;

    CaseStage(String staffLabel, String familyLabel) {
        this.staffLabel = staffLabel;
        this.familyLabel = familyLabel;
    }

    public String staffLabel() {
        return staffLabel;
    }

    public String familyLabel() {
        return familyLabel;
    }

    public boolean isClosed() {
        return this == NOT_ASSESSED || this == NOT_ISSUED || this == PLAN_ISSUED || this == WITHDRAWN;
    }
}
