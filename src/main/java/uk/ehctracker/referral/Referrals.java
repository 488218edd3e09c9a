package uk.ehctracker.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
public class Referrals {

    /** What someone told the LA about a child. */
    public record NewReferral(long childId, String notifierName, String notifierRole, LocalDate receivedOn, String concerns) {
    }

    private final ReferralRepository referrals;
    private final AssessmentService assessments;
    private final DirectoryService directory;
    private final AccessPolicy access;
    private final Clock clock;

    Referrals(ReferralRepository referrals, AssessmentService assessments, DirectoryService directory,
            AccessPolicy access, Clock clock) {
        this.referrals = referrals;
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
    public Referral record(NewReferral cmd, CurrentUser by) {
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
        return referrals.save(new Referral(child.getId(), child.getLocalAuthority().getId(), name, role,
                cmd.receivedOn(), concerns, by.username(), clock.instant()));
    }

    /**
     * Treats the referral as a request for an EHC needs assessment. The case is received on the
     * referral's received date, the day the LA became responsible (CFA s24), so the 6-, 16- and
     * 20-week limits run from it; {@code decidedOn} is recorded on the referral only.
     */
    @Audited("Referral treated as a request")
    public AssessmentCase treatAsRequest(long referralId, LocalDate decidedOn, CurrentUser by) {
        Referral referral = openReferral(referralId, by);
        new Checks()
                .require("decidedOn", decidedOn, "Decided on")
                .notAfter("decidedOn", decidedOn, today(), "Decided on", "today")
                .notBefore("decidedOn", decidedOn, referral.getReceivedOn(), "Decided on", "the day the LA was told")
                .throwIfAny();
        // CFA s24; reg 5(1)(b), 10(1), 13(2): every limit runs from the day the LA was told
        AssessmentCase c = assessments.submitRequest(new Commands.NewRequest(referral.getChildId(), RequestedBy.OTHER,
                referral.getReceivedOn(), referral.getConcerns(), referral.getNotifierName() + " (" + referral.getNotifierRole() + ")", null), by);
        referral.treatedAsRequest(c.getId(), decidedOn, by.username());
        return c;
    }

    /** Decides not to treat the referral as a request, with the reason. */
    @Audited("Referral not treated as a request")
    public Referral decline(long referralId, LocalDate decidedOn, String reason, CurrentUser by) {
        Referral referral = openReferral(referralId, by);
        String why = Checks.clean(reason);
        new Checks()
                .require("decidedOn", decidedOn, "Decided on")
                .notAfter("decidedOn", decidedOn, today(), "Decided on", "today")
                .notBefore("decidedOn", decidedOn, referral.getReceivedOn(), "Decided on", "the day the LA was told")
                .require("reason", why, "Reason")
                .maxLength("reason", why, 2000, "Reason")
                .throwIfAny();
        referral.declined(why, decidedOn, by.username());
        return referral;
    }

    /** Referrals waiting for a decision, oldest first: the caseworkers' list. */
    @Transactional(readOnly = true)
    public List<Referral> awaitingDecision(CurrentUser by) {
        return referrals.findByLaIdAndStatusOrderByReceivedOnAsc(laOf(by), ReferralStatus.OPEN);
    }

    /** Every referral of the LA, newest first. */
    @Transactional(readOnly = true)
    public List<Referral> all(CurrentUser by) {
        return referrals.findByLaIdOrderByReceivedOnDesc(laOf(by));
    }

    /** One page of the LA's referrals (those awaiting a decision oldest first, or all newest first), paged in the query. */
    @Transactional(readOnly = true)
    public Page<Referral> page(boolean awaitingDecision, int page, int size, CurrentUser by) {
        PageRequest request = PageRequest.of(page, size);
        return awaitingDecision ? referrals.findByLaIdAndStatusOrderByReceivedOnAscIdAsc(laOf(by), ReferralStatus.OPEN, request)
                : referrals.findByLaIdOrderByReceivedOnDescIdDesc(laOf(by), request);
    }

    @Transactional(readOnly = true)
    public Referral get(long referralId, CurrentUser by) {
        return referrals.findByIdAndLaId(referralId, laOf(by)).orElseThrow(() -> new NotFoundException("Referral"));
    }

    private Referral openReferral(long referralId, CurrentUser by) {
        Referral referral = get(referralId, by);
        if (!referral.isOpen()) {
            throw new ConflictException("This referral has already been decided");
        }
        return referral;
    }

    private Child laChild(long childId, CurrentUser by) {
        laOf(by);
        return directory.findChild(childId)
                .filter(c -> access.childFilter(by).admits(c))
                .orElseThrow(() -> new NotFoundException("Child"));
    }

    private static long laOf(CurrentUser by) {
        if (!by.isLaStaff() || by.laId() == null) {
            throw new NotFoundException("Referral");
        }
        return by.laId();
    }
}
