package uk.ehctracker.letters;

import java.time.LocalDate;

/** Facts for tests: a parent, Amira, and a decision whose appeal deadline is 31 October 2026. */
final class SampleFacts {

    static final String CHILD = "Amira Okonkwo-Smith";
    static final LocalDate DOB = LocalDate.of(2015, 3, 12);
    static final String REASON = "The school's evidence shows good progress with the support it gives.";
    static final LocalDate APPEAL_DEADLINE = LocalDate.of(2026, 10, 31);
    static final Contact MEDIATION = new Contact("Global Mediation", "0800 064 4488",
            "mediation@example.org", "https://mediation.example.org");
    static final Contact IAS = new Contact("Northshire SENDIASS", "01234 567890",
            "sendiass@example.org", "https://sendiass.example.org");

    private SampleFacts() {
    }

    static LetterFacts.Builder parent() {
        return LetterFacts.builder()
                .caseReference("EHC-000123")
                .child(CHILD, DOB)
                .laName("Northshire County Council")
                .recipient("Grace Okonkwo", RecipientRole.PARENT, "grace@example.org")
                .receivedOn(LocalDate.of(2026, 6, 1))
                .decisionOn(LocalDate.of(2026, 8, 31))
                .reasons(REASON)
                .dueDate(LocalDate.of(2026, 7, 13))
                .appealDeadline(APPEAL_DEADLINE)
                .exceptionExplanation("Amira's school was closed for the summer holiday when we asked it for advice.")
                .mediationAdviser(MEDIATION)
                .iasService(IAS)
                .signInUrl("https://ehc.example.org/");
    }
}
