package uk.ehctracker.lasettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.audit.AuditSubject;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Contact;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.LocalAuthority;
import uk.ehctracker.audit.Audited;

/**
 * The contacts an LA's letters give and go to, kept by the LA's managers. Letters read them when
 * they are issued, so a change applies to the next letter, not to letters already sent.
 */
@Service
@Transactional
public class LaContacts {

    /** The four contacts; health and social care may be empty (their letters are then stored, not e-mailed). */
    public record Contacts(Contact mediationAdviser, Contact iasService, Contact healthBody, Contact socialCare) {
    }

    /** Which contact a field belongs to: its prefix in field names (name, phone, email, web follow) and its label. */
    public enum Part {
        // reg 5(3), 10(3): decision letters must tell the family about mediation and the IAS service
        MEDIATION("mediation", "Mediation adviser", true),
        IAS("ias", "Information, advice and support service", true),
        HEALTH("health", "Health commissioning body", false),
        SOCIAL_CARE("socialCare", "Social care", false);

        private final String field;
        private final String label;
        private final boolean required;

        Part(String field, String label, boolean required) {
            this.field = field;
            this.label = label;
            this.required = required;
        }

        public String field(String what) {
            return field + what;
        }

        public String label() {
            return label;
        }

        /** A field's label, which is also how its problems name it: "Social care: e-mail". */
        public String label(String what) {
            return label + ": " + what;
        }
    }

    private final DirectoryService directory;
    private final AccessPolicy access;

    LaContacts(DirectoryService directory, AccessPolicy access) {
        this.directory = directory;
        this.access = access;
    }

    /** The manager's own LA's contacts. */
    @Transactional(readOnly = true)
    public Contacts of(CurrentUser by) {
        LocalAuthority la = ownLa(by);
        return new Contacts(la.getMediationAdviser(), la.getIasService(), la.getHealthBody(), la.getSocialCare());
    }

    /** The LA's name, for the page's heading. */
    @Transactional(readOnly = true)
    public String laName(CurrentUser by) {
        return ownLa(by).getName();
    }

    /**
     * Replaces the contacts of the manager's own LA. Every field is checked before anything is
     * written; blank fields are stored as empty.
     */
    @Audited("LA contacts changed")
    public Changed update(Contacts cmd, CurrentUser by) {
        LocalAuthority la = ownLa(by);
        Contact mediation = clean(cmd.mediationAdviser());
        Contact ias = clean(cmd.iasService());
        Contact health = clean(cmd.healthBody());
        Contact socialCare = clean(cmd.socialCare());
        Checks checks = new Checks();
        check(checks, Part.MEDIATION, mediation);
        check(checks, Part.IAS, ias);
        check(checks, Part.HEALTH, health);
        check(checks, Part.SOCIAL_CARE, socialCare);
        checks.throwIfAny();
        la.withContacts(mediation, ias, health, socialCare);
        return new Changed(la.getCode());
    }

    /** Which LA's contacts changed, for the audit trail. */
    public record Changed(String laCode) implements AuditSubject {

        @Override
        public Long auditCaseId() {
            return null;
        }

        @Override
        public String auditName() {
            return "contacts of " + laCode;
        }
    }

    private LocalAuthority ownLa(CurrentUser by) {
        if (by.laId() == null || !access.mayManageLocalAuthority(by, by.laId())) {
            throw new NotFoundException("Local authority");
        }
        return directory.findLocalAuthority(by.laId()).orElseThrow(() -> new NotFoundException("Local authority"));
    }

    private static void check(Checks checks, Part part, Contact c) {
        if (c == null && !part.required) {
            return;
        }
        // a required contact, or one given at all, needs a name: letters are addressed to it
        checks.require(part.field("Name"), c == null ? null : c.name(), part.label("name"));
        // reg 5(3), 10(3): the decision letters tell the family how to contact them, so a name alone
        // would leave every such letter unsendable
        checks.when(part.required && (c == null || !uk.ehctracker.letters.Contact.reachable(c.phone(), c.email(), c.web())), part.field("Phone"),
                part.label() + ": give a phone number, an e-mail address or a website, so families can contact them");
        if (c == null) {
            return;
        }
        // the columns' widths (V1, V13)
        checks.maxLength(part.field("Name"), c.name(), 200, part.label("name"))
                .maxLength(part.field("Phone"), c.phone(), 50, part.label("phone"))
                .maxLength(part.field("Email"), c.email(), 200, part.label("e-mail"))
                .email(part.field("Email"), c.email(), part.label("e-mail"))
                .maxLength(part.field("Web"), c.web(), 300, part.label("website"))
                .webAddress(part.field("Web"), c.web(), part.label("website"));
    }

    /** Trimmed parts; a contact with nothing in it is no contact. */
    private static Contact clean(Contact c) {
        if (c == null) {
            return null;
        }
        Contact cleaned = new Contact(Checks.clean(c.name()), Checks.clean(c.phone()), Checks.clean(c.email()), Checks.clean(c.web()));
        boolean empty = cleaned.name() == null && cleaned.phone() == null && cleaned.email() == null && cleaned.web() == null;
        return empty ? null : cleaned;
    }
}
