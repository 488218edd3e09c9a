package uk.ehctracker.support;

/** Specialists a school may involve (Code 6.58-6.62). */
public enum SpecialistKind {
    EDUCATIONAL_PSYCHOLOGIST("Educational psychologist"),
    SPEECH_AND_LANGUAGE_THERAPY("Speech and language therapist"),
    OCCUPATIONAL_THERAPY("Occupational therapist"),
    CAMHS("Child and adolescent mental health services (CAMHS)"),
    ADVISORY_TEACHER("Specialist advisory teacher");

    private final String label;

    SpecialistKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
