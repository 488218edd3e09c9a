package uk.ehctracker.directory;

/** What a person does in the process; each role has its own home page and scope of data. */
public enum Role {
    LA_CASEWORKER("LA caseworker"),
    LA_MANAGER("LA manager"),
    SENCO("SENCO"),
    /** A parent, or a young person (16-25) acting for themselves. */
    PARENT("Parent or young person"),
    /** Educational psychologist, health or social care professional giving advice. */
    PROFESSIONAL("Professional"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
