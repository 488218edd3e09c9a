package uk.ehctracker.letters;

/** Who a letter is addressed to; the wording of a letter depends on it. */
public enum RecipientRole {
    /** The child's parent (CFA s36(1)). */
    PARENT,
    /** A young person over compulsory school age, for themselves (CFA s36(1)). */
    YOUNG_PERSON,
    /** Who acts for a young person who lacks capacity: a deputy or attorney (CFA s80). */
    REPRESENTATIVE,
    /** The health commissioning body (reg 4(2)(b)). */
    HEALTH_BODY,
    /** The LA officers responsible for social care (reg 4(2)(c)). */
    SOCIAL_CARE,
    /** The head teacher, early-years SEN lead or post-16 principal (reg 4(2)(d)). */
    HEAD_TEACHER,
    /**
     * The governing body, proprietor or principal of a school or other institution: consulted on
     * being named (CFA s39(2), s40(3)), or named in the final plan (reg 13(2); CFA s40(5)).
     */
    SCHOOL,
    /** The LA that maintains a consulted school or setting, where that is another LA (CFA s39(2)(b), s40(3)). */
    MAINTAINING_LA,
    /** Anyone else. */
    OTHER;

    /** The parent or the young person: the family, who sign in to read their letters. */
    public boolean isFamily() {
        return this == PARENT || this == YOUNG_PERSON;
    }

    /**
     * The family, or the representative of a young person who lacks capacity (CFA s80): the
     * people who hold, or exercise, the rights of appeal.
     */
    public boolean holdsAppealRights() {
        return isFamily() || this == REPRESENTATIVE;
    }
}
