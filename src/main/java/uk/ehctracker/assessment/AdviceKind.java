package uk.ehctracker.assessment;

import uk.ehctracker.directory.Discipline;

/** The advice and information the LA must seek for an assessment (reg 6(1)). */
public enum AdviceKind {
    // reg 6(1)(a): the child's parent or the young person
    PARENT("Views of the parent or young person", null),
    // reg 6(1)(b): educational advice from the head teacher or principal
    EDUCATIONAL("Educational advice", null),
    // reg 6(1)(c): medical advice from a health care professional
    MEDICAL("Medical advice", Discipline.MEDICAL),
    // reg 6(1)(d): psychological advice from an educational psychologist
    PSYCHOLOGICAL("Psychological advice", Discipline.PSYCHOLOGICAL),
    // reg 6(1)(e): social care advice
    SOCIAL_CARE("Social care advice", Discipline.SOCIAL_CARE),
    // reg 6(1)(g): preparing for adulthood and independent living, from year 9
    PREPARATION_FOR_ADULTHOOD("Advice on preparing for adulthood", Discipline.SOCIAL_CARE),
    // reg 6 (docs/law.md s5): educational advice after consulting a qualified teacher of the HI/VI;
    // sought whenever the child's recorded needs include HI, VI or MSI (RecordedNeeds)
    HEARING_OR_VISION_TEACHER("Advice of a qualified teacher of the hearing or vision impaired", Discipline.HEARING_OR_VISION_TEACHER),
    // reg 6(1)(f), (h): anyone else the LA thinks appropriate or the family reasonably asks for
    OTHER("Other advice", Discipline.OTHER);

    private final String label;
    private final Discipline discipline;

    AdviceKind(String label, Discipline discipline) {
        this.label = label;
        this.discipline = discipline;
    }

    public String label() {
        return label;
    }

    /** The professional discipline that gives this advice; null when a family or a school gives it. */
    public Discipline discipline() {
        return discipline;
    }
}
