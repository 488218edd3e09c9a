package uk.ehctracker.lasettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.FieldProblem;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Contact;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;

/** An LA manager keeps the contacts the LA's letters give and go to; the reg 4(2) bodies get theirs by e-mail. */
@ApplicationTest
class LaContactsTest {

    @Autowired LaContacts contacts;
    @Autowired AssessmentService assessments;
    @Autowired TestPeople people;
    @Autowired JdbcTemplate jdbc;

    private CurrentUser manager;
    private LaContacts.Contacts demo;

    @BeforeEach
    void remember() {
        manager = people.user("manager");
        demo = contacts.of(manager);
    }

    @AfterEach
    void restore() {
        contacts.update(demo, manager);
    }

    @Test
    void theNextRequestsHealthAndSocialCareLettersGoToTheAddressesTheManagerKept() {
        contacts.update(new LaContacts.Contacts(demo.mediationAdviser(), demo.iasService(),
                new Contact("  North ICB, SEND  ", null, "send@icb.test", null),
                new Contact("North social care", "0300 000 0000", "social.care@north.test", "https://north.test/care")), manager);

        long caseId = assessments.submitRequest(new Commands.NewRequest(people.newChildOfParent(LocalDate.of(2018, 3, 1)).getId(),
                RequestedBy.PARENT, null, "Needs more help than school can give.", null, null), people.user("caseworker")).getId();

        // reg 4(2)(b), (c): told that the LA is considering an assessment, by name and by e-mail
        List<String> sent = jdbc.queryForList("SELECT l.recipient_role || ' ' || l.recipient_name || ' -> ' || o.to_address"
                + " FROM letter l JOIN outbox_message o ON o.letter_id = l.id WHERE l.case_id = ? AND l.notice_type = 'CONSIDERING_ASSESSMENT'",
                String.class, caseId);
        assertThat(sent).contains("HEALTH_BODY North ICB, SEND -> send@icb.test", "SOCIAL_CARE North social care -> social.care@north.test");
    }

    @Test
    void withoutAnAddressTheirLetterIsKeptWithTheCaseUnderAGenericName() {
        contacts.update(new LaContacts.Contacts(demo.mediationAdviser(), demo.iasService(), null,
                new Contact(" ", "", null, null)), manager);
        assertThat(contacts.of(manager).healthBody()).isNull();
        assertThat(contacts.of(manager).socialCare()).as("a contact with nothing in it is none").isNull();

        long caseId = assessments.submitRequest(new Commands.NewRequest(people.newChildOfParent(LocalDate.of(2018, 3, 2)).getId(),
                RequestedBy.PARENT, null, "Needs more help than school can give.", null, null), people.user("caseworker")).getId();

        assertThat(jdbc.queryForList("SELECT recipient_name FROM letter WHERE case_id = ? AND recipient_role = 'HEALTH_BODY'"
                + " AND recipient_email IS NULL", String.class, caseId)).containsExactly("Integrated care board (health) for Northbridge Council");
    }

    @Test
    void badContactsAreRefusedFieldByField_andNothingIsWritten() {
        LaContacts.Contacts bad = new LaContacts.Contacts(
                new Contact(" ", null, null, null),
                new Contact(demo.iasService().name(), null, "not an address", "sendiass.example"),
                new Contact(null, null, "send@icb.test", null),
                new Contact("Social care", "x".repeat(51), "Social Care <care@north.test>", null));

        assertThatThrownBy(() -> contacts.update(bad, manager))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("mediationName", "mediationPhone", "iasEmail", "iasWeb", "healthName", "socialCarePhone",
                                "socialCareEmail"));
        assertThat(contacts.of(manager)).isEqualTo(demo);
    }

    @Test
    void aMediationAdviserWithANameOnly_isRefused_asTheDecisionLettersCouldNotSayHowToReachThem() {
        LaContacts.Contacts nameOnly = new LaContacts.Contacts(new Contact("Mediation Co", null, null, null), demo.iasService(),
                demo.healthBody(), demo.socialCare());

        assertThatThrownBy(() -> contacts.update(nameOnly, manager))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("mediationPhone");
                    assertThat(p.message()).isEqualTo("Mediation adviser: give a phone number, an e-mail address or a website, so families can contact them");
                }));
        assertThat(contacts.of(manager)).isEqualTo(demo);
    }

    @Test
    void onlyTheLasManagersMayChangeThem() {
        CurrentUser caseworker = people.user("caseworker");
        assertThatThrownBy(() -> contacts.update(demo, caseworker)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.of(people.user("parent"))).isInstanceOf(NotFoundException.class);
    }
}
