package uk.ehctracker.directory;

/** A professional's field, which decides which advice requests reach them (reg 6(1)). */
public enum Discipline {
    PSYCHOLOGICAL("Educational psychologist"),
    MEDICAL("Health care professional"),
    SOCIAL_CARE("Social care"),
    HEARING_OR_VISION_TEACHER("Qualified teacher of the hearing or vision impaired"),
    OTHER("Other adviser");

    private final String label;

    Discipline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
