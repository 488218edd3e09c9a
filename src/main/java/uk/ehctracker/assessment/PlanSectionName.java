package uk.ehctracker.assessment;

/** The sections of an EHC plan, each separately identified (reg 12; Code 9.62). */
public enum PlanSectionName {
    A("Views, interests and aspirations of the child and parents, or the young person"),
    B("Special educational needs"),
    C("Health care needs related to the SEN"),
    D("Social care needs related to the SEN or disability"),
    E("Outcomes"),
    F("Special educational provision"),
    G("Health care provision"),
    H1("Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
    H2("Other social care provision"),
    I("Placement: the school or other institution, or its type"),
    J("Personal budget and direct payments"),
    K("Advice and information gathered during the assessment");

    private final String title;

    PlanSectionName(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The form field that carries this section, e.g. {@code sectionH1}. */
    public String formKey() {
        return "section" + name();
    }

    /** The form field that carries what changed in this section from the draft, and why, e.g. {@code sectionFChange}. */
    public String changeKey() {
        return formKey() + "Change";
    }
}
