package uk.ehctracker.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.audit.AuditActions;
import uk.ehctracker.audit.Audited;

/**
 * Children brought to the LA's attention (CFA s36(1), s23, s24): an LA caseworker records who
 * told the LA and what about, then decides whether to treat it as a request. Treated as a request,
 * the case's received date, and so every statutory clock, is the day the LA was told: the day it
 * became responsible (CFA s24; reg 5(1)(b); docs/law.md s2), not the day of that decision.
 */
@Service
@Transactional
public class AttentionNotices {

    /** What someone told the LA about a child. */
    public record Notify(long childId, String notifierName, String notifierRole, LocalDate receivedOn, String concerns) {
    }

    private final AttentionNoticeRepository notices;
    private final AssessmentService assessments;
    private final DirectoryService directory;
    private final AccessPolicy access;
    private final Clock clock;

    AttentionNotices(AttentionNoticeRepository notices, AssessmentService assessments, DirectoryService directory,
            AccessPolicy access, Clock clock) {
        this.notices = notices;
        this.assessments = assessments;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    private LocalDate today() {
        return StatutoryClock.today(clock);
    }

    /** Records that a child was brought to the LA's attention. LA staff of the child's LA only. */
    @Audited(value = "Child brought to the LA's attention recorded", action = AuditActions.CREATE)
    public AttentionNotice record(Notify cmd, CurrentUser by) {
        Child child = laChild(cmd.childId(), by);
        String name = Checks.clean(cmd.notifierName());
        String role = Checks.clean(cmd.notifierRole());
        String concerns = Checks.clean(cmd.concerns());
        new Checks()
                .require("notifierName", name, "Who told us")
                .maxLength("notifierName", name, 200, "Who told us")
                .require("notifierRole", role, "Their role or organisation")
                .maxLength("notifierRole", role, 200, "Their role or organisation")
                .require("receivedOn", cmd.receivedOn(), "Received on")
                .notAfter("receivedOn", cmd.receivedOn(), today(), "Received on", "today")
                .notBefore("receivedOn", cmd.receivedOn(), child.getDateOfBirth(), "Received on", "the child's date of birth")
                .text("concerns", concerns, "Concerns")
                .throwIfAny();
        return notices.save(new AttentionNotice(child.getId(), child.getLocalAuthority().getId(), name, role,
                cmd.receivedOn(), concerns, by.username(), clock.instant()));
    }

    /**
     * Treats the notice as a request for an EHC needs assessment. The case is received on the
     * notice's received date, the day the LA became responsible (CFA s24), so the 6-, 16- and
     * 20-week limits run from it; {@code decidedOn} is recorded on the notice only.
     */
    @Audited("Attention notice treated as a request")
    public AssessmentCase treatAsRequest(long noticeId, LocalDate decidedOn, CurrentUser by) {
        AttentionNotice notice = openNotice(noticeId, by);
        new Checks()
                .require("decidedOn", decidedOn, "Decided on")
                .notAfter("decidedOn", decidedOn, today(), "Decided on", "today")
                .notBefore("decidedOn", decidedOn, notice.getReceivedOn(), "Decided on", "the day the LA was told")
                .throwIfAny();
        // CFA s24; reg 5(1)(b), 10(1), 13(2): every limit runs from the day the LA was told
        AssessmentCase c = assessments.submitRequest(new Commands.NewRequest(notice.getChildId(), RequestedBy.OTHER,
                notice.getReceivedOn(), notice.getConcerns(), notice.getNotifierName() + " (" + notice.getNotifierRole() + ")", null), by);
        notice.treatedAsRequest(c.getId(), decidedOn, by.username());
        return c;
    }

    /** Decides not to treat the notice as a request, with the reason. */
    @Audited("Attention notice not treated as a request")
    public AttentionNotice decline(long noticeId, LocalDate decidedOn, String reason, CurrentUser by) {
        AttentionNotice notice = openNotice(noticeId, by);
        String why = Checks.clean(reason);
        new Checks()
                .require("decidedOn", decidedOn, "Decided on")
                .notAfter("decidedOn", decidedOn, today(), "Decided on", "today")
                .notBefore("decidedOn", decidedOn, notice.getReceivedOn(), "Decided on", "the day the LA was told")
                .require("reason", why, "Reason")
                .maxLength("reason", why, 2000, "Reason")
                .throwIfAny();
        notice.declined(why, decidedOn, by.username());
        return notice;
    }

    /** Notices waiting for a decision, oldest first: the caseworkers' list. */
    @Transactional(readOnly = true)
    public List<AttentionNotice> awaitingDecision(CurrentUser by) {
        return notices.findByLaIdAndStatusOrderByReceivedOnAsc(laOf(by), AttentionStatus.OPEN);
    }

    /** Every notice of the LA, newest first. */
    @Transactional(readOnly = true)
    public List<AttentionNotice> all(CurrentUser by) {
        return notices.findByLaIdOrderByReceivedOnDesc(laOf(by));
    }

    @Transactional(readOnly = true)
    public AttentionNotice get(long noticeId, CurrentUser by) {
        return notices.findByIdAndLaId(noticeId, laOf(by)).orElseThrow(() -> new NotFoundException("Notice"));
    }

    private AttentionNotice openNotice(long noticeId, CurrentUser by) {
        AttentionNotice notice = get(noticeId, by);
        if (!notice.isOpen()) {
            throw new ConflictException("This notice has already been decided");
        }
        return notice;
    }

    private Child laChild(long childId, CurrentUser by) {
        laOf(by);
        return directory.findChild(childId)
                .filter(c -> access.childFilter(by).admits(c))
                .orElseThrow(() -> new NotFoundException("Child"));
    }

    private static long laOf(CurrentUser by) {
        if (!by.isLaStaff() || by.laId() == null) {
            throw new NotFoundException("Notice");
        }
        return by.laId();
    }
}
