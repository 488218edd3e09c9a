package uk.ehctracker.letters;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox through the SMTP server ({@code spring.mail.host}); does nothing if no
 * {@link JavaMailSender} is configured.
 *
 * <p>Each message is claimed in its own committed transaction (PENDING to SENDING, the attempt
 * counted, leased for {@code ehc.mail.claim-lease}) before it is sent, so two senders never
 * send it on the same claim and a SENT message is never sent again. The outcome is recorded in
 * a second transaction: SENT, or PENDING again after a back-off of 1, 5, 15, 60 minutes, 4, 12
 * and 24 hours, or FAILED after {@code ehc.mail.max-attempts}. If a sender dies between sending
 * and recording, the lease expires and the message is sent again with the same Message-ID, so
 * the receiver can recognise the repeat.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    /** Back-off after the n-th failed attempt (the last repeats). */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(60), Duration.ofHours(4),
            Duration.ofHours(12), Duration.ofHours(24));

    private static final List<OutboxStatus> CLAIMABLE = List.of(OutboxStatus.PENDING, OutboxStatus.SENDING);

    /** Safety stop: batches per {@link #sendDue()} call. */
    private static final int MAX_BATCHES = 50;

    private final OutboxMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;
    private final int batchSize;
    private final Duration claimLease;

    public OutboxSender(OutboxMessageRepository messages,
                        ObjectProvider<JavaMailSender> mailSender,
                        PlatformTransactionManager transactionManager,
                        ObjectProvider<Clock> clock,
                        @Value("${ehc.mail.from:no-reply@ehc-tracker.invalid}") String from,
                        @Value("${ehc.mail.max-attempts:8}") int maxAttempts,
                        @Value("${ehc.mail.batch-size:20}") int batchSize,
                        @Value("${ehc.mail.claim-lease:PT10M}") Duration claimLease) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.from = from;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.batchSize = Math.max(1, batchSize);
        this.claimLease = claimLease;
    }

    /** The scheduler's entry point; a no-op without a mail server. */
    @Scheduled(fixedDelayString = "${ehc.mail.outbox-poll:PT30S}",
            initialDelayString = "${ehc.mail.outbox-poll:PT30S}")
    public void poll() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Outbox run failed; it will run again: {}", e.toString());
        }
    }

    /**
     * Sends every message that is due now, a batch at a time.
     *
     * @return how many were sent
     */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            Instant now = clock.instant();
            List<Long> due = tx.execute(s -> messages.findDue(CLAIMABLE, now, PageRequest.of(0, batchSize)));
            if (due == null || due.isEmpty()) {
                break;
            }
            for (Long id : due) {
                Optional<Claimed> claimed = claim(id);
                if (claimed.isPresent() && send(sender, claimed.get())) {
                    sent++;
                }
            }
            if (due.size() < batchSize) {
                break;
            }
        }
        return sent;
    }

    /** Claims the message in its own transaction; empty if it is not due or someone else has it. */
    private Optional<Claimed> claim(long id) {
        return tx.execute(s -> {
            Instant now = clock.instant();
            int won = messages.claim(id, CLAIMABLE, OutboxStatus.SENDING, now, now.plus(claimLease));
            if (won != 1) {
                return Optional.<Claimed>empty();
            }
            return messages.findById(id).map(Claimed::of);
        });
    }

    private boolean send(JavaMailSender sender, Claimed message) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            mime.setHeader("Message-ID", message.messageId());
            sender.send(mime);
        } catch (MailException | MessagingException e) {
            failed(message, e);
            return false;
        }
        Instant now = clock.instant();
        Integer recorded = tx.execute(s -> messages.finish(message.id(), message.attempt(),
                OutboxStatus.SENDING, OutboxStatus.SENT, now, now, null));
        if (recorded == null || recorded != 1) {
            log.warn("Outbox message {} was sent but its claim had expired", message.id());
        }
        return true;
    }

    private void failed(Claimed message, Exception e) {
        Instant now = clock.instant();
        boolean giveUp = message.attempt() >= maxAttempts;
        OutboxStatus status = giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING;
        Instant next = giveUp ? now : now.plus(backoff(message.attempt()));
        String error = describe(e);
        tx.execute(s -> messages.finish(message.id(), message.attempt(), OutboxStatus.SENDING,
                status, null, next, error));
        if (giveUp) {
            log.error("Outbox message {} FAILED after {} attempts: {}", message.id(), message.attempt(), error);
        } else {
            log.warn("Outbox message {} attempt {} failed, next at {}: {}", message.id(), message.attempt(), next, error);
        }
    }

    /** The wait after the {@code attempt}-th failed attempt (1-based). */
    static Duration backoff(int attempt) {
        int index = Math.min(Math.max(attempt, 1), BACKOFF.size()) - 1;
        return BACKOFF.get(index);
    }

    /** The error and its causes, one line, at most {@link OutboxMessage#MAX_ERROR} characters. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < OutboxMessage.MAX_ERROR; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String line = text.toString().replaceAll("\\s+", " ");
        return line.length() > OutboxMessage.MAX_ERROR ? line.substring(0, OutboxMessage.MAX_ERROR) : line;
    }

    /** What a sender needs of a claimed message, read inside the claim. */
    private record Claimed(long id, int attempt, String to, String subject, String body, String messageId) {
        static Claimed of(OutboxMessage m) {
            return new Claimed(m.getId(), m.getAttempts(), m.getToAddress(), m.getSubject(),
                    m.getBody(), m.getMessageId());
        }
    }
}
