package uk.ehctracker.disagreement;

/** How an appeal ended (HESC Rules; reg 44, reg 45). */
public enum TribunalOutcome {
    DISMISSED("dismissed"),
    WITHDRAWN("withdrawn by the family"),
    /** Allowed: the Tribunal ordered the LA to act (reg 44). */
    ORDERED("allowed: the Tribunal made an order"),
    /** The LA told the Tribunal before the hearing that it would not oppose the appeal (reg 45). */
    CONCEDED("conceded by the council");

    private final String words;

    TribunalOutcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Whether the LA must now act against a clock (reg 44, reg 45). */
    public boolean bindsTheLa() {
        return this == ORDERED || this == CONCEDED;
    }
}
