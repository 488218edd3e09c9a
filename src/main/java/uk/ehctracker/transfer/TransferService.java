package uk.ehctracker.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CandidateGroups;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.calendar.EnglandCalendar;
import uk.ehctracker.cessation.CeaseService;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.DateFormats;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.LocalAuthority;
import uk.ehctracker.directory.Role;
import uk.ehctracker.letters.MailOutbox;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.statutory.PlanTransfer;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * Moving a plan to another LA (CFA s47; reg 15; docs/law.md s9, "Moving to another council"),
 * recorded step by step: the old LA's staff record the move and the day they became aware of it,
 * then the transfer; the case and the child's record become the new LA's, whose staff record the
 * family told (reg 15(4)). Each command checks access, runs in one transaction, is audited once and
 * moves bpmn/plan-transfer.bpmn with the record.
 */
@Service
@Transactional
public class TransferService {

    static final String NOT_NOW = "The move is not at that step";

    /** The elements of bpmn/plan-transfer.bpmn a person waits at, in the order they come. */
    static final List<String> STEPS = List.of("transferPlan", "tellFamilyOfTransfer");

    private final PlanTransferRepository transfers;
    private final TransferProcess process;
    private final AssessmentQueries cases;
    private final AssessmentService assessments;
    private final ReviewService reviews;
    private final CeaseService cessations;
    private final DirectoryService directory;
    private final EnglandCalendar calendar;
    private final MailOutbox mail;
    private final AccessPolicy access;
    private final Clock clock;

    TransferService(PlanTransferRepository transfers, TransferProcess process, AssessmentQueries cases, AssessmentService assessments,
            ReviewService reviews, CeaseService cessations, DirectoryService directory, EnglandCalendar calendar, MailOutbox mail,
            AccessPolicy access, Clock clock) {
        this.transfers = transfers;
        this.process = process;
        this.cases = cases;
        this.assessments = assessments;
        this.reviews = reviews;
        this.cessations = cessations;
        this.directory = directory;
        this.calendar = calendar;
        this.mail = mail;
        this.access = access;
        this.clock = clock;
    }

    /** What a person sees of a move, with every date derived from the law. */
    public record View(long id, long caseId, String childName, String fromLa, String toLa, LocalDate awareOn, LocalDate movesOn,
            boolean awareInTime, LocalDate transferDueBy, LocalDate transferredOn, LocalDate familyToldBy, LocalDate familyToldOn,
            Boolean proposesAssessment, LocalDate reviewProposedOn, String waitingAt, String nextStep) {

        /** reg 15(2): transferred on or before its last lawful day (docs/law.md s0 item 3); null until transferred. */
        public Boolean transferredInTime() {
            return transferredOn == null ? null : !transferredOn.isAfter(transferDueBy);
        }

        /** reg 15(4): told on or before the last day of the 6 weeks; null until told. */
        public Boolean familyToldInTime() {
            return familyToldOn == null ? null : !familyToldOn.isAfter(familyToldBy);
        }
    }

    /** A council the plan may move to. */
    public record Council(long id, String name) {
    }

    // ---- reads ----

    /** The case's latest move to another LA, if any: its old LA's staff see it until the transfer, then its new LA's and the family. */
    @Transactional(readOnly = true)
    public Optional<View> view(long caseId, CurrentUser user) {
        cases.visibleCase(caseId, user);
        return transfers.findFirstByCaseIdOrderByIdDesc(caseId).map(this::viewOf);
    }

    /** Whether LA staff may record a move now: the case's own staff, a plan in force, no move under way, no ceasing. */
    @Transactional(readOnly = true)
    public boolean mayRecordMove(long caseId, CurrentUser user) {
        AssessmentCase c = cases.visibleCase(caseId, user);
        return access.mayManageCase(user, c.getLocalAuthority().getId()) && c.getFinalPlanIssuedOn() != null
                && transfers.findFirstByCaseIdOrderByIdDesc(caseId).map(t -> !t.isPending()).orElse(true) && !ceasing(caseId, user);
    }

    /** The councils the plan may move to: every other LA on the tracker. */
    @Transactional(readOnly = true)
    public List<Council> destinations(long caseId, CurrentUser user) {
        long here = forLa(caseId, user).getLocalAuthority().getId();
        return directory.localAuthorities().stream().filter(la -> la.getId() != here).map(la -> new Council(la.getId(), la.getName()))
                .toList();
    }

    /**
     * The old LA's trace: every plan that is moving or moved from the person's LA, the latest first,
     * with where it went and when. Its staff read it after the case is no longer theirs to open.
     */
    @Transactional(readOnly = true)
    public List<View> movedOut(CurrentUser user) {
        if (!access.mayReadTeamFigures(user)) {
            return List.of();
        }
        return transfers.findByFromLaIdOrderByMovesOnDescIdDesc(user.laId()).stream().map(this::viewOf).toList();
    }

    /** The new LA's transfers whose family is still to be told (reg 15(4)), the earliest transfer first. */
    @Transactional(readOnly = true)
    public List<View> familiesToTell(CurrentUser user) {
        if (!access.mayReadTeamFigures(user)) {
            return List.of();
        }
        return transfers.findByToLaIdAndTransferredOnIsNotNullAndFamilyToldOnIsNullOrderByTransferredOnAscIdAsc(user.laId()).stream()
                .map(this::viewOf).toList();
    }

    // ---- the old LA (reg 15(1), (2)) ----

    /**
     * reg 15(1): the child or young person is moving into another LA's area. Recorded by the old LA's
     * staff with the day they became aware of the move and the day of the move, from which the
     * transfer's last day follows (reg 15(2)).
     */
    @Audited("Move to another council recorded")
    public PlanTransferRecord recordMove(long caseId, Long toLaId, LocalDate awareOn, LocalDate movesOn, CurrentUser by) {
        AssessmentCase c = forCommand(caseId, by);
        long from = c.getLocalAuthority().getId();
        Optional<LocalAuthority> to = toLaId == null ? Optional.empty() : directory.findLocalAuthority(toLaId);
        new Checks().require("toLaId", toLaId, "The council the family is moving to")
                .when(toLaId != null && to.isEmpty(), "toLaId", "Choose a council on the tracker")
                .when(toLaId != null && toLaId == from, "toLaId", "The family is moving to another council's area, not within this one")
                .require("awareOn", awareOn, "The day the council became aware of the move")
                .notAfter("awareOn", awareOn, today(), "The day the council became aware of the move", "today")
                .require("movesOn", movesOn, "The day of the move")
                .when(c.getFinalPlanIssuedOn() == null, "toLaId", "This case has no EHC plan to transfer")
                .throwIfAny();
        transfers.latestForCommand(caseId).filter(PlanTransferRecord::isPending).ifPresent(t -> {
            throw new ConflictException("A move to another council is already recorded");
        });
        if (ceasing(caseId, by)) {
            throw new ConflictException("Ceasing the plan is under way or the plan has ceased: there is no plan to transfer");
        }
        PlanTransferRecord t = transfers.save(new PlanTransferRecord(caseId, from, toLaId, awareOn, movesOn, clock.instant()));
        String oldLa = c.getLocalAuthority().getCode();
        String newLa = to.orElseThrow().getCode();
        process.start(new TransferProcess.Routing(t.getId(), caseId, CandidateGroups.caseworkers(oldLa), CandidateGroups.managers(oldLa),
                CandidateGroups.caseworkers(newLa), CandidateGroups.managers(newLa)));
        return t;
    }

    /**
     * reg 15(2), (3): the old LA transferred the plan, on the day of the move or after it. From that
     * day the new LA maintains it: the case and the child's record become the new LA's, the old LA's
     * running review stops and the new LA's starts, due by reg 15(5)'s date.
     */
    @Audited("Plan transferred to the new council")
    public PlanTransferRecord recordTransferred(long caseId, LocalDate transferredOn, CurrentUser by) {
        forCommand(caseId, by);
        PlanTransferRecord t = transfers.latestForCommand(caseId).filter(PlanTransferRecord::isPending)
                .orElseThrow(() -> new ConflictException("No move to another council is recorded"));
        new Checks().require("transferredOn", transferredOn, "The day of the transfer")
                .notAfter("transferredOn", transferredOn, today(), "The day of the transfer", "today")
                // reg 15(2): the plan goes on the day of the move, or later when the council learned of it late
                .notBefore("transferredOn", transferredOn, t.getMovesOn(), "The day of the transfer", "the day of the move")
                .throwIfAny();
        atStep(t, "transferPlan");
        t.transferred(transferredOn);
        assessments.planTransferred(caseId, t.getToLaId(), transferredOn, by.username());
        reviews.planTransferred(caseId, transferredOn);
        process.transferred(t.getId());
        return t;
    }

    // ---- the new LA (reg 15(4)) ----

    /**
     * reg 15(4): the new LA told the parent or young person, within 6 weeks of the transfer, that
     * the plan was transferred, whether it proposes an EHC needs assessment, and when it proposes to
     * review the plan, which must be by reg 15(5)'s date.
     */
    @Audited("Family told of the transfer")
    public PlanTransferRecord recordFamilyTold(long caseId, LocalDate toldOn, Boolean proposesAssessment, LocalDate reviewProposedOn,
            CurrentUser by) {
        forCommand(caseId, by);
        PlanTransferRecord t = transfers.latestForCommand(caseId).filter(r -> !r.isPending())
                .orElseThrow(() -> new ConflictException("No plan has been transferred to this council"));
        LocalDate reviewDueBy = reviews.view(caseId, by).map(ReviewService.View::reviewDueBy).orElse(null);
        new Checks().require("toldOn", toldOn, "The day the family was told")
                .notAfter("toldOn", toldOn, today(), "The day the family was told", "today")
                .notBefore("toldOn", toldOn, t.getTransferredOn(), "The day the family was told", "the day of the transfer")
                .require("proposesAssessment", proposesAssessment, "Whether the council proposes an EHC needs assessment")
                .require("reviewProposedOn", reviewProposedOn, "When the council proposes to review the plan")
                .notBefore("reviewProposedOn", reviewProposedOn, toldOn, "When the council proposes to review the plan",
                        "the day the family was told")
                // reg 15(4)(c), (5): the review it proposes must be by the later of 12 months and 3 months from the transfer
                .notAfter("reviewProposedOn", reviewProposedOn, reviewDueBy, "When the council proposes to review the plan",
                        "the day the review is due (reg 15(5))")
                .throwIfAny();
        atStep(t, "tellFamilyOfTransfer");
        t.familyTold(toldOn, proposesAssessment, reviewProposedOn);
        process.familyTold(t.getId());
        return t;
    }

    // ---- what the engine asks and does (docs/PROCESS-CONTRACT.md) ----

    /** reg 15(2): the last day to transfer the plan. */
    @Transactional(readOnly = true)
    public LocalDate transferDueBy(long transferId) {
        PlanTransferRecord t = transfer(transferId);
        return PlanTransfer.transferDueBy(t.getAwareOn(), t.getMovesOn(), calendar.workingDays());
    }

    /** reg 15(4): the last day to tell the family. */
    @Transactional(readOnly = true)
    public LocalDate familyToldBy(long transferId) {
        return Optional.ofNullable(transfer(transferId).familyToldBy())
                .orElseThrow(() -> new IllegalStateException("Move " + transferId + " is not transferred"));
    }

    /** [practice] The new LA's caseworkers are reminded 2 weeks before the 6 weeks end. */
    public void remindFamilyNotice(long transferId) {
        PlanTransferRecord t = transfer(transferId);
        String reference = AssessmentCase.reference(t.getCaseId());
        for (AppUser u : directory.usersOfLocalAuthority(t.getToLaId(), Role.LA_CASEWORKER)) {
            if (u.getEmail() != null) {
                mail.queue(null, u.getEmail(), "Reminder: tell the family their EHC plan has moved (" + reference + ")",
                        "Case " + reference + ": the EHC plan was transferred to the council on " + DateFormats.full(t.getTransferredOn())
                                + ". Tell the family by " + DateFormats.full(t.familyToldBy())
                                + " that it was transferred, whether the council proposes an assessment and when it will review it (reg 15(4)).");
            }
        }
    }

    /** The manager's review of a missed deadline: the old LA's for the transfer, the new LA's for the family's notice. */
    public void escalate(long transferId, String what, String managers) {
        process.startManagersReview(transfer(transferId).getCaseId(), managers, what);
    }

    // ---- helpers ----

    private View viewOf(PlanTransferRecord t) {
        Set<String> at = process.activeElements(t.getId());
        String waitingAt = STEPS.stream().filter(at::contains).findFirst().orElse(null);
        LocalDate dueBy = PlanTransfer.transferDueBy(t.getAwareOn(), t.getMovesOn(), calendar.workingDays());
        return new View(t.getId(), t.getCaseId(), transfers.childNameOfCase(t.getCaseId()), laName(t.getFromLaId()), laName(t.getToLaId()),
                t.getAwareOn(), t.getMovesOn(), PlanTransfer.awareInTime(t.getAwareOn(), t.getMovesOn(), calendar.workingDays()), dueBy,
                t.getTransferredOn(), t.familyToldBy(), t.getFamilyToldOn(), t.getProposesAssessment(), t.getReviewProposedOn(), waitingAt,
                nextStep(waitingAt, t, dueBy));
    }

    /** What the move waits for, in words (the element ids are those of bpmn/plan-transfer.bpmn). */
    private String nextStep(String waitingAt, PlanTransferRecord t, LocalDate dueBy) {
        if ("transferPlan".equals(waitingAt)) {
            return laName(t.getFromLaId()) + " transfers the plan to " + laName(t.getToLaId()) + " by " + DateFormats.full(dueBy);
        } else if ("tellFamilyOfTransfer".equals(waitingAt)) {
            return laName(t.getToLaId()) + " tells the family the plan has moved by " + DateFormats.full(t.familyToldBy());
        }
        return "Nothing: the plan is with " + laName(t.getToLaId());
    }

    private String laName(long laId) {
        return directory.findLocalAuthority(laId).map(LocalAuthority::getName).orElse("another council");
    }

    private boolean ceasing(long caseId, CurrentUser user) {
        return cessations.view(caseId, user).map(v -> v.keptOn() == null).orElse(false);
    }

    private LocalDate today() {
        return StatutoryClock.today(clock);
    }

    private PlanTransferRecord transfer(long transferId) {
        return transfers.findById(transferId).orElseThrow(() -> new NotFoundException("Move"));
    }

    /** LA staff of the case's LA, the case locked: the old LA before the transfer, the new LA after it. */
    private AssessmentCase forCommand(long caseId, CurrentUser by) {
        return staffOnly(cases.caseForCommand(caseId, by), by);
    }

    private AssessmentCase forLa(long caseId, CurrentUser by) {
        return staffOnly(cases.visibleCase(caseId, by), by);
    }

    private AssessmentCase staffOnly(AssessmentCase c, CurrentUser by) {
        if (!access.mayManageCase(by, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        return c;
    }

    private void atStep(PlanTransferRecord t, String element) {
        if (!process.isAt(t.getId(), element)) {
            throw new ConflictException(NOT_NOW);
        }
    }
}
