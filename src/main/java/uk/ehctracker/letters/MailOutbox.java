package uk.ehctracker.letters;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.common.Checks;

/**
 * Queues e-mails in the outbox, inside the caller's transaction: the e-mail exists if and only
 * if the change it reports was committed. {@link OutboxSender} sends it later.
 */
@Service
public class MailOutbox {

    private final OutboxMessageRepository messages;
    private final Clock clock;

    public MailOutbox(OutboxMessageRepository messages, ObjectProvider<Clock> clock) {
        this.messages = messages;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Queues a plain-text e-mail. The text must not carry personal details of a child: e-mail is
     * not a secure channel; say what changed and ask the reader to sign in.
     *
     * @param letterId the letter the e-mail announces, or null
     */
    @Transactional
    public OutboxMessage queue(Long letterId, String toAddress, String subject, String body) {
        String to = Checks.clean(toAddress);
        if (to == null || !to.contains("@") || to.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(body, "body must not be null");
        return messages.save(new OutboxMessage(letterId, to, oneLine(subject), body, clock.instant()));
    }

    /** The outbox messages that announce a letter. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> messagesFor(long letterId) {
        return messages.findByLetterId(letterId);
    }

    private static String oneLine(String subject) {
        // a subject is one header line: no CR/LF (header injection)
        String s = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        return s.length() > 300 ? s.substring(0, 300) : s;
    }
}
