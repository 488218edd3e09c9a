package uk.ehctracker.assessment;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.calendar.EnglandCalendar;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.DateFormats;
import uk.ehctracker.letters.NoticeType;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * A mediation certificate on a decision the family may appeal (CFA s55; SEND Regs Part 6). Before
 * appealing, the family must contact the mediation adviser; the certificate that follows lets them
 * appeal until 1 month after it, if that is later than 2 months after the decision notice (HESC
 * Rules r20). Recording it moves the appeal deadline everywhere it is shown (the decision derives
 * it) and sends the family a letter with the new date. See docs/law.md s7.
 */
@Service
@Transactional
public class MediationCertificateService {

    private final AssessmentQueries queries;
    private final AssessmentNotices notices;
    private final CaseTimeline timeline;
    private final Clock clock;
    private final EnglandCalendar calendar;
    private final org.springframework.context.ApplicationEventPublisher events;

    MediationCertificateService(AssessmentQueries queries, AssessmentNotices notices, CaseTimeline timeline, Clock clock,
            org.springframework.context.ApplicationEventPublisher events, EnglandCalendar calendar) {
        this.calendar = calendar;
        this.events = events;
        this.queries = queries;
        this.notices = notices;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** What the family may do about the case's latest decision, if they may appeal it. */
    public record AppealOptions(DecisionOutcome outcome, LocalDate noticeSentOn, LocalDate appealDeadline,
            LocalDate certificateOn, boolean mayRecordCertificate) {
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AppealOptions> appealOptions(long caseId, CurrentUser user) {
        AssessmentCase c = queries.visibleCase(caseId, user);
        boolean mayRecord = queries.mayRecordDisagreement(c, user);
        return notices.latestAppealable(c).map(d -> new AppealOptions(d.getOutcome(), d.getNoticeSentOn(), d.appealDeadline(calendar.workingDays()),
                d.getMediationCertificateOn(), mayRecord));
    }

    /**
     * Records the certificate's date on the case's latest decision, which must be one the family
     * may appeal. By the family, or LA staff of the case's LA recording it for them.
     */
    @Audited("Mediation certificate recorded")
    public AssessmentCase record(long caseId, LocalDate issuedOn, CurrentUser by) {
        // CFA s80, s83(2): once over compulsory school age the right of appeal is the young person's own
        AssessmentCase c = queries.caseToRecordDisagreement(caseId, by, "issuedOn");
        Decision decision = notices.latestAppealable(c).orElse(null);
        LocalDate today = StatutoryClock.today(clock);
        new Checks().require("issuedOn", issuedOn, "The date of the certificate")
                .when(decision == null, "issuedOn", "There is no decision on this case that can be appealed: a mediation"
                        + " certificate follows a decision not to assess or not to issue an EHC plan")
                .notAfter("issuedOn", issuedOn, today, "The date of the certificate", "today")
                .notBefore("issuedOn", issuedOn, decision == null ? null : decision.getNoticeSentOn(),
                        "The date of the certificate", "the day the decision was sent")
                .throwIfAny();
        decision.recordMediationCertificate(issuedOn);
        timeline.record(caseId, CaseEventKind.DECISION, "Mediation certificate dated " + DateFormats.full(issuedOn)
                + " recorded: the last day to appeal is " + DateFormats.full(decision.appealDeadline(calendar.workingDays())), by.username());
        notices.send(caseId, NoticeType.APPEAL_DEADLINE_AFTER_MEDIATION);
        // a disagreement with this decision, if one is recorded, moves on with it
        events.publishEvent(new MediationCertificateRecorded(caseId, decision.getId(), decision.getNoticeSentOn(), issuedOn));
        return c;
    }
}
