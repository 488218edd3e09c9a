package uk.ehctracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The outbox against a real SMTP server (GreenMail), with real commits (no test transaction). */
@DataJpaTest(showSql = false, properties = {
        "spring.jpa.hibernate.ddl-auto=validate",
        "ehc.mail.max-attempts=3",
        "ehc.mail.batch-size=3",
        "ehc.mail.from=letters@northshire.example"})
@ContextConfiguration(classes = {LettersTestConfiguration.class, OutboxSenderTest.Smtp.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class OutboxSenderTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    /** Nested in a test class, so other tests' component scans skip it. */
    @Configuration(proxyBeanMethods = false)
    static class Smtp {
        @Bean
        JavaMailSenderImpl javaMailSender() {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("localhost");
            sender.setPort(ServerSetupTest.SMTP.getPort());
            Properties props = new Properties();
            props.put("mail.smtp.connectiontimeout", "3000");
            props.put("mail.smtp.timeout", "3000");
            sender.setJavaMailProperties(props);
            return sender;
        }
    }

    @Autowired
    LetterService letters;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxMessageRepository messages;
    @Autowired
    LetterRepository letterRows;
    @Autowired
    JavaMailSenderImpl smtp;
    @Autowired
    MutableClock clock;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void clean() {
        messages.deleteAll();
        letterRows.deleteAll();
        clock.set(LettersTestConfiguration.START);
        smtp.setPort(ServerSetupTest.SMTP.getPort());
    }

    @AfterEach
    void restorePort() {
        smtp.setPort(ServerSetupTest.SMTP.getPort());
    }

    @Test
    void everyNoticeIsReceivedExactlyOnceAndNeverSentAgain() throws Exception {
        List<Long> letterIds = new ArrayList<>();
        for (NoticeType type : NoticeType.values()) {
            letterIds.add(letters.issue(100L, type, SampleFacts.parent().build()).getId());
        }

        // batch size 3: several batches in one call
        assertThat(sender.sendDue()).isEqualTo(NoticeType.values().length);

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(NoticeType.values().length);
        List<OutboxMessage> rows = messages.findAll();
        assertThat(rows).hasSize(NoticeType.values().length).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(m.getAttempts()).isEqualTo(1);
            assertThat(m.getSentAt()).isEqualTo(LettersTestConfiguration.START);
            assertThat(m.getLastError()).isNull();
            assertThat(letterIds).contains(m.getLetterId());
        });
        assertThat(Arrays.stream(received).map(OutboxSenderTest::messageId))
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(OutboxMessage::getMessageId).toList());
        for (MimeMessage mail : received) {
            assertThat(mail.getFrom()[0].toString()).isEqualTo("letters@northshire.example");
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("grace@example.org");
            String body = ((String) mail.getContent());
            assertThat(body).contains("(reference EHC-000123)", "Please sign in to read it: https://ehc.example.org/")
                    .doesNotContain("Amira", "Okonkwo-Smith", "2015", "12 March", SampleFacts.REASON);
            assertThat(mail.getSubject()).doesNotContain("Amira");
        }

        // later runs, even much later, send nothing again
        clock.advance(Duration.ofDays(3));
        assertThat(sender.sendDue()).isZero();
        assertThat(sender.sendDue()).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(NoticeType.values().length);
    }

    @Test
    void aFailedSendIsRetriedAfterTheBackOffAndReceivedOnce() throws Exception {
        letters.issue(200L, NoticeType.FINAL_PLAN, SampleFacts.parent().build());
        smtp.setPort(closedPort());

        assertThat(sender.sendDue()).isZero();
        OutboxMessage failed = messages.findAll().get(0);
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).isNotBlank().hasSizeLessThanOrEqualTo(1000);
        assertThat(failed.getNextAttemptAt()).isEqualTo(LettersTestConfiguration.START.plus(Duration.ofMinutes(1)));
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        // the server is back, but the message waits for its back-off
        smtp.setPort(ServerSetupTest.SMTP.getPort());
        assertThat(sender.sendDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(messageId(greenMail.getReceivedMessages()[0])).isEqualTo(failed.getMessageId());
        OutboxMessage sent = messages.findById(failed.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getSentAt()).isEqualTo(clock.instant());
    }

    @Test
    void aMessageIsMarkedFailedAfterTheMaximumAttemptsAndNotSentAgain() throws IOException {
        letters.issue(300L, NoticeType.DECISION_NOT_TO_ISSUE, SampleFacts.parent().build());
        smtp.setPort(closedPort());

        assertThat(sender.sendDue()).isZero();            // attempt 1, wait 1 min
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isZero();            // attempt 2, wait 5 min
        OutboxMessage second = messages.findAll().get(0);
        assertThat(second.getNextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5));
        assertThat(sender.sendDue()).isZero();            // attempt 3 = max: FAILED

        OutboxMessage failed = messages.findAll().get(0);
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(3);

        smtp.setPort(ServerSetupTest.SMTP.getPort());
        clock.advance(Duration.ofDays(1));
        assertThat(sender.sendDue()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aClaimLeftBehindBySenderThatDiedIsSentAgainWithTheSameMessageId() {
        letters.issue(400L, NoticeType.WITHDRAWAL, SampleFacts.parent().build());
        OutboxMessage queued = messages.findAll().get(0);
        // a sender claimed it and died before recording the outcome
        Integer claimed = new TransactionTemplate(transactions).execute(s -> messages.claim(queued.getId(),
                List.of(OutboxStatus.PENDING), OutboxStatus.SENDING, clock.instant(),
                clock.instant().plus(Duration.ofMinutes(10))));
        assertThat(claimed).isEqualTo(1);

        assertThat(sender.sendDue()).as("leased to the other sender").isZero();
        clock.advance(Duration.ofMinutes(10));
        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(greenMail.getReceivedMessages()).singleElement()
                .satisfies(m -> assertThat(messageId(m)).isEqualTo(queued.getMessageId()));
        assertThat(messages.findById(queued.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void concurrentSendersSendEachMessageOnce() throws Exception {
        int count = 12;
        for (int i = 0; i < count; i++) {
            letters.issue(500L + i, NoticeType.DECISION_TO_ASSESS, SampleFacts.parent().build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(sender::sendDue);
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(runs)) {
                total += f.get();
            }
            assertThat(total).isEqualTo(count);
        } finally {
            pool.shutdownNow();
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(count);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(OutboxSenderTest::messageId).distinct())
                .hasSize(count);
        assertThat(messages.findAll()).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(m.getAttempts()).isEqualTo(1);
        });
    }

    @Test
    void backOffGrowsAndThenStays() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OutboxSender.backoff(3)).isEqualTo(Duration.ofMinutes(15));
        assertThat(OutboxSender.backoff(4)).isEqualTo(Duration.ofMinutes(60));
        assertThat(OutboxSender.backoff(20)).isEqualTo(Duration.ofHours(24));
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
