package uk.ehctracker.letters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * Issues statutory notices: renders the letter's HTML, stores it with the case and, if the
 * recipient has an e-mail address, queues a notification in the outbox in the same transaction.
 * The PDF is rendered from the stored HTML on first download: it costs ~100 ms a letter, and
 * a request issues four, so rendering it inside the command made request starts 20 times
 * slower (BENCHMARKS.md). Access control is the caller's job.
 */
@Service
@Transactional
public class LetterService {

    /** Letters are dated in England (the same zone as {@link StatutoryClock#LONDON}). */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final LetterRenderer renderer;
    private final LetterRepository letters;
    private final MailOutbox outbox;
    private final Clock clock;

    public LetterService(LetterRenderer renderer, LetterRepository letters, MailOutbox outbox,
                         ObjectProvider<Clock> clock) {
        this.renderer = renderer;
        this.letters = letters;
        this.outbox = outbox;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Issues one notice to one recipient: renders its HTML, stores it and queues its e-mail.
     *
     * @throws IllegalArgumentException if a fact the notice must state is missing
     */
    public Letter issue(long caseId, NoticeType type, LetterFacts facts) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(facts, "facts must not be null");
        Instant now = clock.instant();
        LocalDate issuedOn = now.atZone(LONDON).toLocalDate();
        // HESC Rules r20 (docs/law.md s7): the appeal runs from the day the notice is sent, which
        // is today; a deadline counted from an earlier day would cut the family's time short
        LocalDate earliestLawful = StatutoryClock.appealPeriodEnds(issuedOn, null);
        if (LetterRenderer.statesAppealRights(type, facts.recipientRole()) && facts.appealDeadline() != null
                && facts.appealDeadline().isBefore(earliestLawful)) {
            throw new IllegalArgumentException(type + " letter needs: appealDeadline counted from the day it is sent ("
                    + issuedOn + "), not before " + earliestLawful);
        }
        RenderedLetter rendered = renderer.render(type, facts, issuedOn);
        Letter letter = letters.save(new Letter(caseId, type, facts.recipientName(),
                facts.recipientRole(), facts.recipientEmail(), rendered.subject(), rendered.html(),
                now, issuedOn));
        if (facts.hasEmail()) {
            outbox.queue(letter.getId(), facts.recipientEmail(), emailSubject(facts),
                    emailBody(type, facts));
        }
        return letter;
    }

    /** A case's letters, oldest first. */
    @Transactional(readOnly = true)
    public List<Letter> lettersFor(long caseId) {
        return letters.findByCaseIdOrderByIssuedAtAscIdAsc(caseId);
    }

    /** A case's letters to these recipients only (the ones a person may read), filtered in the query. */
    @Transactional(readOnly = true)
    public List<Letter> lettersFor(long caseId, java.util.Set<RecipientRole> to) {
        return to.isEmpty() ? List.of() : letters.findByCaseIdAndRecipientRoleInOrderByIssuedAtAscIdAsc(caseId, to);
    }

    /** As {@link #lettersFor(long, java.util.Set)} for several cases in one query, by case id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<Letter>> lettersFor(java.util.Collection<Long> caseIds, java.util.Set<RecipientRole> to) {
        return to.isEmpty() || caseIds.isEmpty() ? java.util.Map.of()
                : letters.findByCaseIdInAndRecipientRoleInOrderByIssuedAtAscIdAsc(caseIds, to).stream()
                        .collect(java.util.stream.Collectors.groupingBy(Letter::getCaseId));
    }

    /** One letter. */
    @Transactional(readOnly = true)
    public Optional<Letter> letter(long id) {
        return letters.findById(id);
    }

    /**
     * The letter as PDF, rendered from its stored HTML the first time and kept, so every
     * download is the same document.
     *
     * Its own transaction: keeping the rendering is the system's cache, not a change the reader
     * makes. Ask for it outside any transaction: a caller's transaction would hold a second
     * pooled connection idle meanwhile.
     *
     * @throws java.util.NoSuchElementException if there is no such letter
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public byte[] pdf(long letterId) {
        // locked: downloads at the same moment wait for the first rendering and read what it kept,
        // instead of each rendering (and handing out) a PDF of its own
        Letter letter = letters.findLockedById(letterId).orElseThrow();
        if (!letter.hasPdf()) {
            letter.keepPdf(renderer.pdf(letter.getHtml()));
        }
        return letter.storedPdf();
    }

    /** The plan as PDF, rendered on each download (a plan is read far less often than it is listed). */
    @Transactional(readOnly = true)
    public byte[] planPdf(PlanDocument plan) {
        return renderer.pdf(renderer.planHtml(plan));
    }

    /** The notification's subject: the reference only, no personal details. */
    static String emailSubject(LetterFacts facts) {
        return "New letter about EHC needs assessment request " + facts.caseReference();
    }

    /**
     * The notification's text: what happened at this stage ({@link NoticeType#emailNews}) and what
     * to do. It names neither the child nor the decision, as e-mail is not a secure channel.
     */
    static String emailBody(NoticeType type, LetterFacts facts) {
        return "Hello,\n\n"
                + type.emailNews() + "\n\n"
                + "There is a new letter about the EHC needs assessment request you are involved in"
                + " (reference " + facts.caseReference() + ").\n\n"
                + "Please sign in to read it: " + facts.signInUrl() + "\n\n"
                + "Some letters give a date by which you can reply or appeal, so please read it soon.\n\n"
                + "We do not put personal details in e-mails. If you cannot sign in, please contact "
                + facts.laName() + " and quote the reference.\n\n"
                + "This e-mail was sent automatically. Please do not reply to it.\n";
    }
}
