package uk.ehctracker.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An EHC plan as a document (reg 12: its sections A to K, each separately identified), gathered by
 * the caller from the case; rendered by {@link LetterRenderer#planHtml}. Depends on no other package.
 *
 * @param caseReference    the reference the family quotes
 * @param childName        the child's or young person's name
 * @param childDateOfBirth their date of birth
 * @param laName           the local authority's name
 * @param issuedOn         the day the plan was issued
 * @param sections         the sections in order, each with what changed from the draft and why
 */
public record PlanDocument(String caseReference, String childName, LocalDate childDateOfBirth, String laName,
        LocalDate issuedOn, List<Section> sections) {

    public PlanDocument {
        Objects.requireNonNull(caseReference, "caseReference must not be null");
        Objects.requireNonNull(childName, "childName must not be null");
        Objects.requireNonNull(laName, "laName must not be null");
        Objects.requireNonNull(issuedOn, "issuedOn must not be null");
        sections = List.copyOf(sections);
    }

    /**
     * One section: its letter (e.g. "H1"), its heading, its text and, if it changed from the draft,
     * what changed and why (null if it did not).
     */
    public record Section(String letter, String title, String text, String changedFromDraft) {
    }
}
