package uk.ehctracker.letters;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/** Sends what the outbox holds to a test SMTP server (GreenMail) through the application's own sender. */
public final class OutboxToSmtp {

    private OutboxToSmtp() {
    }

    /** The messages among {@code all} sent to {@code to} with {@code subject}. */
    public static java.util.List<jakarta.mail.internet.MimeMessage> received(jakarta.mail.internet.MimeMessage[] all, String to,
            String subject) {
        return java.util.Arrays.stream(all).filter(m -> {
            try {
                return subject.equals(m.getSubject())
                        && java.util.Arrays.stream(m.getAllRecipients()).map(jakarta.mail.Address::toString).anyMatch(to::equals);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Sends every message due now; returns how many were sent. */
    public static int sendDue(ApplicationContext context, int smtpPort) {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("localhost");
        smtp.setPort(smtpPort);
        Clock clock = context.getBean(Clock.class);
        var mailSenders = new StaticListableBeanFactory(Map.of("smtp", smtp)).getBeanProvider(JavaMailSender.class);
        var clocks = new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class);
        OutboxSender sender = new OutboxSender(context.getBean(OutboxMessageRepository.class), mailSenders,
                context.getBean(PlatformTransactionManager.class), clocks, "letters@northbridge.example", 3, 1000, Duration.ofMinutes(10));
        return sender.sendDue();
    }
}
