package uk.ehctracker.support;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The evidence a school usually sends with a request (Code 9.14 and common local policy): what is
 * there and what is missing. A request with gaps may still be made; the gaps travel with it.
 */
public record EvidenceChecklist(List<Item> items) {

    /** Evidence LAs commonly expect before a school requests an assessment. */
    public enum Kind {
        CYCLES("At least two cycles of assess, plan, do and review completed (local policy, not law)"),
        SPECIALIST_ADVICE("Advice from a specialist, such as an educational psychologist"),
        PARENT_VIEWS("The parents' views"),
        PUPIL_VIEWS("The pupil's views"),
        ATTAINMENT("Attainment and progress data");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** LAs commonly expect two or more cycles (local policy, not law: docs/law.md s1). */
    public static final int EXPECTED_CYCLES = 2;

    public record Item(Kind kind, boolean present, String detail) {
    }

    public List<Item> missing() {
        return items.stream().filter(i -> !i.present()).toList();
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }

    /** The gaps as one line for the caseworker, or null when nothing is missing (at most 2000 characters). */
    public String gapsText() {
        if (isComplete()) {
            return null;
        }
        String text = "Missing: " + missing().stream()
                .map(i -> i.kind().label() + (i.detail() == null ? "" : " (" + i.detail() + ")"))
                .collect(Collectors.joining("; "));
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
