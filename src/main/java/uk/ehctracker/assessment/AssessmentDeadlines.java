package uk.ehctracker.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CandidateGroups;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Role;
import uk.ehctracker.directory.School;
import uk.ehctracker.letters.MailOutbox;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.common.DateFormats;

/**
 * What the timers ask of a case: its due and reminder dates, the reminder itself, and whether a
 * missed limit is escalated or excused by an exception. The rules are in {@code statutory/};
 * this class applies them to the case's stored dates.
 */
@Service
@Transactional
public class AssessmentDeadlines {

    /** What happens when a limit's day comes and the step is not done. */
    public enum Escalation {
        /** The step was done (or its window ended): nothing to do. */
        NOT_NEEDED,
        /**
         * The step is still within its last lawful day (a timer set before the rule changed, or a
         * due date moved): nothing is marked overdue (docs/law.md s0 item 3).
         */
        NOT_YET_OVERDUE,
        /** An exception applies, so the limit does not bind (reg 5(4), 8(2), 10(4), 13(3)). */
        EXCEPTION_APPLIES,
        /** Overdue: the manager reviews it. */
        ESCALATE
    }

    private final AssessmentCaseRepository cases;
    private final MilestoneRepository milestones;
    private final AdviceRequestRepository adviceRequests;
    private final TimeLimitExceptionRepository exceptions;
    private final CaseTimeline timeline;
    private final DirectoryService directory;
    private final MailOutbox mail;
    private final Clock clock;
    private final String signInUrl;

    AssessmentDeadlines(AssessmentCaseRepository cases, MilestoneRepository milestones,
            AdviceRequestRepository adviceRequests, TimeLimitExceptionRepository exceptions, CaseTimeline timeline,
            DirectoryService directory, MailOutbox mail, Clock clock, @Value("${ehc.public-url}") String publicUrl) {
        this.cases = cases;
        this.milestones = milestones;
        this.adviceRequests = adviceRequests;
        this.exceptions = exceptions;
        this.timeline = timeline;
        this.directory = directory;
        this.mail = mail;
        this.clock = clock;
        this.signInUrl = publicUrl + "/login";
    }

    @Transactional(readOnly = true)
    public LocalDate dueDate(long caseId, TimeLimit limit) {
        // reg 44; reg 45: after an order the timers of a step wait for the order's limit, not the request's
        LocalDate due = caseOf(caseId).dueDateInForce(limit);
        if (due == null) {
            throw new IllegalStateException("Case " + caseId + " has no " + limit + " date yet");
        }
        return due;
    }

    /** The limit that binds this step of the case now: after an order, the order's (reg 44; reg 45). */
    @Transactional(readOnly = true)
    public TimeLimit inForce(long caseId, TimeLimit limit) {
        return caseOf(caseId).inForce(limit);
    }

    @Transactional(readOnly = true)
    public LocalDate reminderDate(long caseId, TimeLimit limit) {
        return dueDate(caseId, limit).minusDays(caseOf(caseId).inForce(limit).reminderDaysBefore());
    }

    /** A window (the family's 15 days) closes at the end of its last day: act the day after. */
    @Transactional(readOnly = true)
    public LocalDate dayAfterWindow(long caseId, TimeLimit limit) {
        // reg 13(1): at least 15 days beginning with the day served, all of the last one included
        return StatutoryClock.escalationDate(dueDate(caseId, limit));
    }

    /**
     * The family's window ended without a response: the step is closed as "window ended", not
     * missed. Nothing is marked overdue and nobody is escalated to: the 15 days are a minimum the
     * family is given (reg 13(1); docs/law.md s4), not a duty on the LA.
     */
    public void windowEnded(long caseId, TimeLimit limit) {
        AssessmentCase c = caseOf(caseId);
        Milestone m = milestones.findFirstByCaseIdAndTimeLimitAndAdviceIdIsNullOrderByIdDesc(caseId, limit)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no milestone " + limit));
        if (m.isDone()) {
            return;
        }
        m.windowEnded();
        timeline.record(caseId, CaseEventKind.FAMILY_RESPONSE, limit.label() + ": the window ended on "
                + DateFormats.full(m.getDueOn()) + " without a response", null);
        milestones.refreshNextDue(c);
    }

    @Transactional(readOnly = true)
    public LocalDate adviceDueDate(long adviceRequestId) {
        return advice(adviceRequestId).getDueOn();
    }

    /** reg 8: the chaser goes out two weeks before the adviser's six weeks end. */
    @Transactional(readOnly = true)
    public LocalDate adviceChaseDate(long adviceRequestId) {
        return advice(adviceRequestId).getDueOn().minusDays(TimeLimit.ADVICE.reminderDaysBefore());
    }

    public void remind(long caseId, TimeLimit asked) {
        AssessmentCase c = caseOf(caseId);
        TimeLimit limit = c.inForce(asked);
        // an order's clock runs beside its step (the draft, reg 44): no reminder once the step is done
        if (limit.isOrdered() && milestones.findFirstByCaseIdAndTimeLimitAndAdviceIdIsNullOrderByIdDesc(caseId, limit)
                .map(Milestone::isDone).orElse(true)) {
            return;
        }
        String text = limit.label() + " is due on " + DateFormats.full(c.dueDate(limit));
        timeline.record(caseId, CaseEventKind.REMINDER, "Reminder: " + text, null);
        for (String email : staffEmails(c)) {
            mail.queue(null, email, "Reminder: " + limit.label() + " due (" + c.reference() + ")",
                    "This is a reminder about case " + c.reference() + ": " + text + ".\n\nSign in to act on it: " + signInUrl);
        }
        School consulted = c.getConsultedSchool();
        if (limit == TimeLimit.SCHOOL_CONSULTATION && consulted != null && consulted.getEmail() != null) {
            // CFA s39(2), s40(3): the setting consulted is chased as well as the caseworker
            mail.queue(null, consulted.getEmail(), "Reminder: your reply to our consultation (" + c.reference() + ")",
                    "The local authority asked whether your school or setting can meet the needs of the child or young person"
                            + " in case " + c.reference() + ". " + text + ".\n\nSign in to reply: " + signInUrl);
        }
    }

    /**
     * reg 6(1), reg 8(1): each adviser is told the day the LA asks them, with the day their advice
     * is due (before this, the first e-mail an adviser had was the week-4 chaser).
     */
    public void askAdvisers(long caseId) {
        AssessmentCase c = caseOf(caseId);
        for (AdviceRequest advice : adviceRequests.findByCaseIdOrderByIdAsc(caseId)) {
            if (advice.isOpen()) {
                mailAdviser(c, advice, "Advice asked for: " + c.reference(), "The local authority asks you for advice for case ");
            }
        }
    }

    public void chaseAdvice(long adviceRequestId) {
        AdviceRequest advice = advice(adviceRequestId);
        if (!advice.isOpen()) {
            return;
        }
        AssessmentCase c = caseOf(advice.getCaseId());
        String text = mailAdviser(c, advice, "Reminder: advice due for " + c.reference(),
                "The local authority asked you for advice for case ");
        timeline.record(c.getId(), CaseEventKind.REMINDER, "Adviser chased: " + text, null);
    }

    /** E-mails an adviser (no personal details: the reference, the due day and a sign-in link); returns what is due. */
    private String mailAdviser(AssessmentCase c, AdviceRequest advice, String subject, String lead) {
        String text = advice.getKind().label() + " is due on " + DateFormats.full(advice.getDueOn());
        for (String email : adviserEmails(c, advice)) {
            mail.queue(null, email, subject, lead + c.reference() + ". " + text
                    + " (reg 8: six weeks).\n\nSign in to give it: " + signInUrl);
        }
        return text;
    }

    /** The limit's day has come: unless the step is done or an exception applies, mark it overdue. */
    public Escalation escalate(long caseId, TimeLimit asked) {
        TimeLimit limit = caseOf(caseId).inForce(asked);
        return escalate(caseOf(caseId), milestones.findFirstByCaseIdAndTimeLimitAndAdviceIdIsNullOrderByIdDesc(caseId, limit)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no milestone " + limit)));
    }

    public Escalation escalateAdvice(long adviceRequestId) {
        AdviceRequest advice = advice(adviceRequestId);
        return escalate(caseOf(advice.getCaseId()), milestones.findByAdviceId(adviceRequestId)
                .orElseThrow(() -> new IllegalStateException("Advice " + adviceRequestId + " has no milestone")));
    }

    private Escalation escalate(AssessmentCase c, Milestone m) {
        if (m.isDone()) {
            return Escalation.NOT_NEEDED;
        }
        // docs/law.md s0 item 3: never call a step late on its last lawful day
        if (!StatutoryClock.isOverdue(clock, m.getDueOn())) {
            return Escalation.NOT_YET_OVERDUE;
        }
        var recorded = exceptions.findByCaseIdOrderByFromDateAsc(c.getId()).stream().map(TimeLimitException::asRecorded).toList();
        // reg 5(4), 8(2), 10(4), 13(3): an exception overlapping the limit's own period excuses it
        if (!StatutoryClock.isBinding(m.getTimeLimit(), startOf(c, m), m.getDueOn(), recorded)) {
            timeline.record(c.getId(), CaseEventKind.EXCEPTION, m.getTimeLimit().label()
                    + ": the time limit does not apply because of the exception recorded", null);
            return Escalation.EXCEPTION_APPLIES;
        }
        m.markOverdue(true);
        timeline.record(c.getId(), CaseEventKind.OVERDUE, m.getTimeLimit().label() + " is overdue (due "
                + DateFormats.full(m.getDueOn()) + "); escalated to the manager", null);
        return Escalation.ESCALATE;
    }

    /** The day a milestone's limit started: the adviser asked (reg 8(1)); else from its due date. */
    private LocalDate startOf(AssessmentCase c, Milestone m) {
        if (m.getAdviceId() != null) {
            return advice(m.getAdviceId()).getRequestedOn();
        }
        return m.getTimeLimit().startFor(m.getDueOn());
    }

    /** The group of the case's LA managers, who review escalations. */
    @Transactional(readOnly = true)
    public String managersOf(long caseId) {
        return CandidateGroups.managers(caseOf(caseId).getLocalAuthority().getCode());
    }

    private Set<String> staffEmails(AssessmentCase c) {
        Set<String> emails = new LinkedHashSet<>();
        if (c.getAssignedTo() != null) {
            directory.findUser(c.getAssignedTo()).map(AppUser::getEmail).ifPresent(emails::add);
        }
        if (emails.isEmpty()) {
            directory.usersOfLocalAuthority(c.getLocalAuthority().getId(), Role.LA_CASEWORKER).stream()
                    .map(AppUser::getEmail).filter(e -> e != null).forEach(emails::add);
        }
        return emails;
    }

    private List<String> adviserEmails(AssessmentCase c, AdviceRequest advice) {
        return switch (advice.getKind()) {
            case PARENT -> c.getChild().getFamily().getEmail() == null ? List.of() : List.of(c.getChild().getFamily().getEmail());
            case EDUCATIONAL -> c.getSchool() == null || c.getSchool().getEmail() == null ? List.of() : List.of(c.getSchool().getEmail());
            default -> directory.usersOfLocalAuthority(c.getLocalAuthority().getId(), Role.PROFESSIONAL).stream()
                    .filter(u -> u.getDiscipline() == advice.getKind().discipline())
                    .map(AppUser::getEmail).filter(e -> e != null).toList();
        };
    }

    private AssessmentCase caseOf(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case"));
    }

    private AdviceRequest advice(long adviceRequestId) {
        return adviceRequests.findById(adviceRequestId).orElseThrow(() -> new NotFoundException("Advice request"));
    }
}
