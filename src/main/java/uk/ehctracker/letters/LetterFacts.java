package uk.ehctracker.letters;

import java.time.LocalDate;
import uk.ehctracker.common.Checks;
import java.util.Objects;

/**
 * Everything a letter template needs, gathered by the caller from the case. Depends on no other
 * package. Text is trimmed, blank text becomes null, and characters that cannot appear in a
 * document (control characters other than tab and line breaks) are removed.
 *
 * @param caseReference        the reference the family quotes, e.g. "EHC-000123"
 * @param childName            the child's or young person's name
 * @param childDateOfBirth     their date of birth
 * @param laName               the local authority's name
 * @param recipientName        who the letter is addressed to
 * @param recipientRole        their role; the wording depends on it
 * @param recipientEmail       where the notification e-mail goes; null for post only
 * @param receivedOn           the day the LA received the request (CFA s24)
 * @param decisionOn           the day of the decision the letter reports; null if none
 * @param reasons              the reasons for the decision; null if none
 * @param dueDate              the next statutory date the letter promises (see {@link NoticeType})
 * @param appealDeadline       the last day to appeal; required for letters with appeal rights
 * @param exceptionExplanation why a time limit does not apply; for EXCEPTION_APPLIED
 * @param mediationAdviser     the mediation adviser; required for letters with appeal rights
 * @param iasService           the information, advice and support (IAS) service; required
 * @param signInUrl            where the recipient signs in to read the letter
 */
public record LetterFacts(
        String caseReference,
        String childName,
        LocalDate childDateOfBirth,
        String laName,
        String recipientName,
        RecipientRole recipientRole,
        String recipientEmail,
        LocalDate receivedOn,
        LocalDate decisionOn,
        String reasons,
        LocalDate dueDate,
        LocalDate appealDeadline,
        String exceptionExplanation,
        Contact mediationAdviser,
        Contact iasService,
        String signInUrl) {

    public LetterFacts {
        caseReference = required(caseReference, "caseReference");
        childName = required(childName, "childName");
        Objects.requireNonNull(childDateOfBirth, "childDateOfBirth must not be null");
        laName = required(laName, "laName");
        recipientName = required(recipientName, "recipientName");
        Objects.requireNonNull(recipientRole, "recipientRole must not be null");
        recipientEmail = Checks.clean(recipientEmail);
        Objects.requireNonNull(receivedOn, "receivedOn must not be null");
        reasons = Checks.clean(reasons);
        exceptionExplanation = Checks.clean(exceptionExplanation);
        Objects.requireNonNull(iasService, "iasService must not be null");
        signInUrl = required(signInUrl, "signInUrl");
    }

    /** A builder, for callers that gather the facts step by step. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether a notification e-mail can be sent. */
    public boolean hasEmail() {
        return recipientEmail != null;
    }

    /** A copy addressed to someone else (same case, same decision). */
    public LetterFacts to(String name, RecipientRole role, String email) {
        return new LetterFacts(caseReference, childName, childDateOfBirth, laName, name, role,
                email, receivedOn, decisionOn, reasons, dueDate, appealDeadline,
                exceptionExplanation, mediationAdviser, iasService, signInUrl);
    }

    private static String required(String value, String name) {
        String cleaned = Checks.clean(value);
        if (cleaned == null) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return cleaned;
    }

    /** Builds {@link LetterFacts}; the record's constructor checks the required facts. */
    public static final class Builder {
        private String caseReference;
        private String childName;
        private LocalDate childDateOfBirth;
        private String laName;
        private String recipientName;
        private RecipientRole recipientRole;
        private String recipientEmail;
        private LocalDate receivedOn;
        private LocalDate decisionOn;
        private String reasons;
        private LocalDate dueDate;
        private LocalDate appealDeadline;
        private String exceptionExplanation;
        private Contact mediationAdviser;
        private Contact iasService;
        private String signInUrl;

        private Builder() {
        }

        public Builder caseReference(String value) {
            this.caseReference = value;
            return this;
        }

        public Builder child(String name, LocalDate dateOfBirth) {
            this.childName = name;
            this.childDateOfBirth = dateOfBirth;
            return this;
        }

        public Builder laName(String value) {
            this.laName = value;
            return this;
        }

        public Builder recipient(String name, RecipientRole role, String email) {
            this.recipientName = name;
            this.recipientRole = role;
            this.recipientEmail = email;
            return this;
        }

        public Builder receivedOn(LocalDate value) {
            this.receivedOn = value;
            return this;
        }

        public Builder decisionOn(LocalDate value) {
            this.decisionOn = value;
            return this;
        }

        public Builder reasons(String value) {
            this.reasons = value;
            return this;
        }

        public Builder dueDate(LocalDate value) {
            this.dueDate = value;
            return this;
        }

        public Builder appealDeadline(LocalDate value) {
            this.appealDeadline = value;
            return this;
        }

        public Builder exceptionExplanation(String value) {
            this.exceptionExplanation = value;
            return this;
        }

        public Builder mediationAdviser(Contact value) {
            this.mediationAdviser = value;
            return this;
        }

        public Builder iasService(Contact value) {
            this.iasService = value;
            return this;
        }

        public Builder signInUrl(String value) {
            this.signInUrl = value;
            return this;
        }

        public LetterFacts build() {
            return new LetterFacts(caseReference, childName, childDateOfBirth, laName,
                    recipientName, recipientRole, recipientEmail, receivedOn, decisionOn, reasons,
                    dueDate, appealDeadline, exceptionExplanation, mediationAdviser, iasService,
                    signInUrl);
        }
    }
}
