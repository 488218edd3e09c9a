package uk.ehctracker.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.context.ContextConfiguration;

/** Issuing letters against the real schema (Flyway on H2, Hibernate validating the mapping). */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@ContextConfiguration(classes = LetterServiceTest.Config.class)
class LetterServiceTest {

    /** Nested in a test class, so other tests' component scans skip it. */
    @Configuration(proxyBeanMethods = false)
    @Import(LettersTestConfiguration.class)
    static class Config {
    }

    @Autowired
    LetterService letters;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MutableClock clock;
    @Autowired
    EntityManager em;

    @BeforeEach
    void resetClock() {
        clock.set(LettersTestConfiguration.START);
    }

    @Test
    void issueStoresTheLetterAndQueuesAnEmailWithoutPersonalDetails() {
        Letter letter = letters.issue(42L, NoticeType.DECISION_NOT_TO_ASSESS, SampleFacts.parent().build());
        em.flush();
        em.clear();

        Letter stored = letters.letter(letter.getId()).orElseThrow();
        assertThat(stored.getCaseId()).isEqualTo(42L);
        assertThat(stored.getNoticeType()).isEqualTo(NoticeType.DECISION_NOT_TO_ASSESS);
        assertThat(stored.getRecipientRole()).isEqualTo(RecipientRole.PARENT);
        assertThat(stored.getRecipientName()).isEqualTo("Grace Okonkwo");
        assertThat(stored.getRecipientEmail()).isEqualTo("grace@example.org");
        assertThat(stored.getSubject()).isEqualTo(NoticeType.DECISION_NOT_TO_ASSESS.subject());
        assertThat(stored.getHtml()).contains("The school&#39;s evidence shows good progress", "31 October 2026");
        assertThat(stored.hasPdf()).as("the PDF waits for the first download").isFalse();
        assertThat(stored.getIssuedAt()).isEqualTo(LettersTestConfiguration.START);
        // 23:30 UTC on 30 August is 00:30 on 31 August in London
        assertThat(stored.getIssuedOn()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(stored.getHtml()).contains("<td>31 August 2026</td>");

        assertThat(outbox.messagesFor(letter.getId())).singleElement().satisfies(m -> {
            assertThat(m.getToAddress()).isEqualTo("grace@example.org");
            assertThat(m.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(m.getAttempts()).isZero();
            assertThat(m.getNextAttemptAt()).isEqualTo(LettersTestConfiguration.START);
            assertThat(m.getMessageId()).startsWith("<").endsWith(">").contains("@");
            assertThat(m.getBody())
                    // what happened at this stage, without the outcome
                    .startsWith("Hello,\n\nThe local authority has decided whether to carry out an EHC needs assessment.\n\n")
                    .contains("There is a new letter about the EHC needs assessment request you are involved in (reference EHC-000123).")
                    .contains("Please sign in to read it: https://ehc.example.org/")
                    .doesNotContain("Amira", "Okonkwo", "2015", "12 March", SampleFacts.REASON, "not to carry out");
            assertThat(m.getSubject()).contains("EHC-000123").doesNotContain("Amira", "not");
        });
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // the PDF is kept in a transaction of its own: the letter must be committed
    void thePdfIsRenderedFromTheStoredLetterOnFirstDownloadAndKept() {
        Letter letter = letters.issue(43L, NoticeType.DECISION_NOT_TO_ASSESS, SampleFacts.parent().build());

        byte[] first = letters.pdf(letter.getId());

        assertThat(Arrays.copyOf(first, 4)).isEqualTo("%PDF".getBytes());
        assertThat(letters.letter(letter.getId()).orElseThrow().hasPdf()).isTrue();
        assertThat(letters.pdf(letter.getId())).as("the same document every time").isEqualTo(first);
    }

    @Test
    void withoutAMailServerTheOutboxWaits(@Autowired OutboxSender sender) {
        letters.issue(8L, NoticeType.WITHDRAWAL, SampleFacts.parent().build());
        assertThat(sender.sendDue()).isZero();
    }

    @Test
    void noEmailWithoutAnAddress() {
        LetterFacts facts = SampleFacts.parent().build().to("Dr Patel", RecipientRole.HEALTH_BODY, null);
        Letter letter = letters.issue(7L, NoticeType.CONSIDERING_ASSESSMENT, facts);
        assertThat(outbox.messagesFor(letter.getId())).isEmpty();
    }

    @Test
    void lettersForListsACasesLettersOldestFirst() {
        Letter first = letters.issue(9L, NoticeType.CONSIDERING_ASSESSMENT, SampleFacts.parent().build());
        clock.advance(java.time.Duration.ofDays(40));
        Letter second = letters.issue(9L, NoticeType.DECISION_TO_ASSESS, SampleFacts.parent().build());
        letters.issue(10L, NoticeType.WITHDRAWAL, SampleFacts.parent().build());

        assertThat(letters.lettersFor(9L)).extracting(Letter::getId).containsExactly(first.getId(), second.getId());
        assertThat(letters.lettersFor(11L)).isEmpty();
        assertThat(letters.letter(-1L)).isEmpty();
    }

    @Test
    void aDecisionMadeEarlier_isDatedTheDayItIsSent_andItsAppealDeadlineRunsFromThatDay() {
        // sent 31 August 2026 (London), decided ten days before: HESC Rules r20 counts from sending
        Letter letter = letters.issue(44L, NoticeType.DECISION_NOT_TO_ASSESS, SampleFacts.parent()
                .decisionOn(LocalDate.of(2026, 8, 21)).appealDeadline(LocalDate.of(2026, 10, 31)).build());

        assertThat(letter.getIssuedOn()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(letter.getHtml()).contains("<td>31 August 2026</td>", "We made this decision on 21 August 2026.",
                "You must appeal by 31 October 2026.", "2 months from the date we sent you this decision");
    }

    @Test
    void anAppealDeadlineCountedFromBeforeTheLetterIsSent_isRefused_andNothingIsIssued() {
        // two months from the decision (21 August) would be 21 October: ten days short
        assertThatThrownBy(() -> letters.issue(45L, NoticeType.DECISION_NOT_TO_ASSESS, SampleFacts.parent()
                .decisionOn(LocalDate.of(2026, 8, 21)).appealDeadline(LocalDate.of(2026, 10, 21)).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appealDeadline");
        assertThat(letters.lettersFor(45L)).isEmpty();
        // the health body's copy states no appeal rights, so it carries no deadline check
        assertThat(letters.issue(45L, NoticeType.DECISION_NOT_TO_ASSESS, SampleFacts.parent()
                .appealDeadline(LocalDate.of(2026, 10, 21)).build()
                .to("Integrated care board", RecipientRole.HEALTH_BODY, null))).isNotNull();
    }

    @Test
    void aLetterMissingMandatoryContentIsNotIssued() {
        assertThatThrownBy(() -> letters.issue(5L, NoticeType.FINAL_PLAN,
                SampleFacts.parent().appealDeadline(null).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(letters.lettersFor(5L)).isEmpty();
    }
}
