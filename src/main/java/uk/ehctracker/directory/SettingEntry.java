package uk.ehctracker.directory;

/**
 * A school or setting as a picker offers it: its name, and what tells same-named schools apart
 * (its URN, phase and the local authority that maintains it). The URN is what is chosen.
 */
public record SettingEntry(String urn, String name, String phase, String localAuthority) {

    /** How a picker shows it, e.g. "Oak Primary School (URN 100001, Primary, Northbridge Council)". */
    public String label() {
        return name + " (URN " + urn + ", " + phase + ", " + localAuthority + ")";
    }
}
