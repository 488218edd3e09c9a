package uk.ehctracker.assessment;

/**
 * CFA s39(4): the only grounds on which the LA need not name the school or other institution the
 * family asked for. One is recorded whenever the LA decides not to name it.
 */
public enum NotNamingGround {
    // CFA s39(4)(a)
    UNSUITABLE("It is unsuitable for the age, ability, aptitude or special educational needs of the child or young person (CFA s39(4)(a))"),
    // CFA s39(4)(b), first limb
    EFFICIENT_EDUCATION_OF_OTHERS("Attendance would be incompatible with the efficient education of others (CFA s39(4)(b))"),
    // CFA s39(4)(b), second limb
    EFFICIENT_USE_OF_RESOURCES("Attendance would be incompatible with the efficient use of resources (CFA s39(4)(b))");

    private final String label;

    NotNamingGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
