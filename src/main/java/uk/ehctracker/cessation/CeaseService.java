package uk.ehctracker.cessation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CandidateGroups;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentNotices;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.calendar.EnglandCalendar;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.disagreement.DecisionDisagreed;
import uk.ehctracker.disagreement.DisagreementService;
import uk.ehctracker.letters.NoticeType;
import uk.ehctracker.review.CeasingProposed;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * Ceasing to maintain a plan (CFA s45; regs 29-31; docs/law.md s9, "Ceasing"), recorded step by
 * step by LA staff of the case: proposed (at a review, or otherwise), the family told and consulted
 * and the setting consulted, the decision with its SEN2 reason and the day its notice was sent. The
 * engine then keeps the plan while an appeal can be made or is running and ends it, or keeps it.
 * Each command checks access, runs in one transaction, is audited once and moves
 * bpmn/cease-plan.bpmn with the record.
 */
@Service
@Transactional
public class CeaseService {

    static final String NOTHING_PROPOSED = "Ceasing this plan has not been proposed";
    static final String NOT_NOW = "Ceasing the plan is not at that step";

    /** The elements of bpmn/cease-plan.bpmn a person or the clock waits at, in the order they come. */
    static final List<String> STEPS = List.of("informAndConsult", "decideWhetherToCease", "appealOrTimeUp", "awaitDisagreementEnd");

    /** Who gave their views on the proposal (reg 31(1)). */
    public enum Respondent {
        FAMILY, SETTING
    }

    private final CessationRepository cessations;
    private final CeaseProcess process;
    private final AssessmentQueries cases;
    private final ReviewService reviews;
    private final DisagreementService disagreements;
    private final AssessmentNotices notices;
    private final AccessPolicy access;
    private final Clock clock;
    private final EnglandCalendar calendar;

    CeaseService(CessationRepository cessations, CeaseProcess process, AssessmentQueries cases, ReviewService reviews,
            DisagreementService disagreements, AssessmentNotices notices, AccessPolicy access, Clock clock, EnglandCalendar calendar) {
        this.notices = notices;
        this.calendar = calendar;
        this.cessations = cessations;
        this.process = process;
        this.cases = cases;
        this.reviews = reviews;
        this.disagreements = disagreements;
        this.access = access;
        this.clock = clock;
    }

    /** What a person sees of ceasing the case's plan, with every date derived from the law. */
    public record View(long id, LocalDate proposedOn, boolean proposedAtReview, String proposalReason, LocalDate familyToldOn,
            LocalDate settingConsultedOn, LocalDate responsesDueBy, String familyResponse, LocalDate familyResponseOn,
            String settingResponse, LocalDate settingResponseOn, Boolean ceases, LocalDate decidedOn, CeaseReason ceaseReason,
            String decisionReasons, LocalDate noticeSentOn, LocalDate appealDeadline, LocalDate disagreementEndedOn,
            Boolean keptByTribunal, LocalDate ceasedOn, LocalDate keptOn, String waitingAt, String nextStep) {

        /** The plan ended: it is no longer maintained from {@link #ceasedOn}. */
        public boolean planCeased() {
            return ceasedOn != null;
        }
    }

    // ---- reads ----

    /** The latest proposal to cease the case's plan, if any. */
    @Transactional(readOnly = true)
    public Optional<View> view(long caseId, CurrentUser user) {
        cases.visibleCase(caseId, user);
        return cessations.findFirstByCaseIdOrderByIdDesc(caseId).map(this::viewOf);
    }

    /** Whether LA staff may propose ceasing the plan now: it is in force and nothing is proposed. */
    @Transactional(readOnly = true)
    public boolean mayPropose(long caseId, CurrentUser user) {
        AssessmentCase c = cases.visibleCase(caseId, user);
        return access.mayManageCase(user, c.getLocalAuthority().getId()) && c.getFinalPlanIssuedOn() != null
                && cessations.findFirstByCaseIdOrderByIdDesc(caseId).map(r -> r.getKeptOn() != null).orElse(true);
    }

    // ---- proposed ----

    /** CFA s45: LA staff propose ceasing the plan outside a review, saying why. */
    @Audited("Ceasing the plan proposed")
    public CessationRecord propose(long caseId, String reason, CurrentUser by) {
        AssessmentCase c = forLa(caseId, by);
        String why = Checks.clean(reason);
        new Checks().text("proposalReason", why, "Why the council is considering ceasing the plan")
                .when(c.getFinalPlanIssuedOn() == null, "proposalReason", "This case has no EHC plan to cease")
                .throwIfAny();
        return start(caseId, c.getLocalAuthority().getCode(), null, today(), why);
    }

    /** reg 20(10): a review's decision proposed ceasing; it starts here. */
    @EventListener
    void proposedAtReview(CeasingProposed proposed) {
        start(proposed.caseId(), cessations.laCodeOfCase(proposed.caseId()), proposed.reviewId(), proposed.proposedOn(), proposed.reason());
    }

    private CessationRecord start(long caseId, String laCode, Long reviewId, LocalDate on, String why) {
        cessations.findFirstByCaseIdOrderByIdDesc(caseId).filter(r -> r.getKeptOn() == null).ifPresent(r -> {
            throw new ConflictException(r.getCeasedOn() != null ? "The plan has ceased" : "Ceasing the plan is already proposed");
        });
        CessationRecord r = cessations.save(new CessationRecord(caseId, reviewId, on, why, clock.instant()));
        process.start(new CeaseProcess.Routing(r.getId(), caseId, CandidateGroups.caseworkers(laCode)));
        return r;
    }

    // ---- consulted (reg 31(1)) ----

    /**
     * reg 31(1): the family was told the council is considering ceasing the plan and asked for its
     * views, and the head teacher or principal of the setting named was consulted.
     */
    @Audited("Ceasing: consultation recorded")
    public CessationRecord recordConsultation(long caseId, LocalDate familyToldOn, LocalDate settingConsultedOn, CurrentUser by) {
        AssessmentCase c = forLa(caseId, by);
        CessationRecord r = latestForCommand(caseId);
        boolean hasSetting = c.getChild().getSchool() != null;
        new Checks().require("familyToldOn", familyToldOn, "The day the family was told")
                .notAfter("familyToldOn", familyToldOn, today(), "The day the family was told", "today")
                .notBefore("familyToldOn", familyToldOn, r.getProposedOn(), "The day the family was told", "the day ceasing was proposed")
                // reg 31(1)(c): the institution named in the plan is consulted too
                .when(hasSetting && settingConsultedOn == null, "settingConsultedOn", "The day the setting was consulted is required")
                .notAfter("settingConsultedOn", settingConsultedOn, today(), "The day the setting was consulted", "today")
                .notBefore("settingConsultedOn", settingConsultedOn, r.getProposedOn(), "The day the setting was consulted",
                        "the day ceasing was proposed")
                .throwIfAny();
        atStep(r, "informAndConsult");
        r.consulted(familyToldOn, settingConsultedOn);
        process.consulted(r.getId());
        return r;
    }

    /** The views of the family or of the setting on the proposal, as received. */
    @Audited("Ceasing: views recorded")
    public CessationRecord recordResponse(long caseId, Respondent who, String response, LocalDate receivedOn, CurrentUser by) {
        forLa(caseId, by);
        CessationRecord r = latestForCommand(caseId);
        String text = Checks.clean(response);
        LocalDate asked = who == Respondent.SETTING ? r.getSettingConsultedOn() : r.getFamilyToldOn();
        new Checks().require("who", who, "Whose views these are")
                .text("response", text, "Their views")
                .require("receivedOn", receivedOn, "The day the views were received")
                .notAfter("receivedOn", receivedOn, today(), "The day the views were received", "today")
                .notBefore("receivedOn", receivedOn, asked, "The day the views were received", "the day they were asked")
                .when(who == Respondent.SETTING && asked == null, "who", "No setting was consulted")
                .throwIfAny();
        atStep(r, "decideWhetherToCease");
        if (who == Respondent.SETTING) {
            r.settingResponded(text, receivedOn);
        } else {
            r.familyResponded(text, receivedOn);
        }
        return r;
    }

    /**
     * reg 31(1)(b): the family's own views on the proposal, sent from their page once they were told,
     * until the council decides (sent again, they replace the earlier views). By the child's parent
     * or, over compulsory school age, the young person (CFA s80); LA staff record views that reach
     * them otherwise with {@link #recordResponse}. Dated the day they are sent.
     */
    @Audited("Ceasing: the family's views sent")
    public CessationRecord giveFamilyViews(long caseId, String views, CurrentUser by) {
        AssessmentCase c = cases.visibleCase(caseId, by);
        if (!mayGiveViews(c, by)) {
            throw new NotFoundException("Case");
        }
        CessationRecord r = latestForCommand(caseId);
        String text = Checks.clean(views);
        new Checks().text("familyViews", text, "Your views").throwIfAny();
        if (r.getFamilyToldOn() == null || !process.isAt(r.getId(), "decideWhetherToCease")) {
            throw new ConflictException(r.getDecidedOn() != null ? "The council has already decided" : NOT_NOW);
        }
        r.familyResponded(text, today());
        return r;
    }

    /** Whether this person may give the family's views on ceasing the case's plan (the access policy's rule). */
    @Transactional(readOnly = true)
    public boolean mayGiveViews(long caseId, CurrentUser user) {
        return mayGiveViews(cases.visibleCase(caseId, user), user);
    }

    private boolean mayGiveViews(AssessmentCase c, CurrentUser user) {
        return access.mayGiveViewsOnPlan(user, c.getLocalAuthority().getId(), c.getChild().getDateOfBirth(), today());
    }

    // ---- decided (reg 31(2), (3)) ----

    /**
     * reg 31(2): after the consultation the council decides. To cease: with the SEN2 reason, its
     * reasons and the day the notice with the appeal and mediation rights (reg 31(3)) was sent; the
     * plan is then kept while an appeal can be made or is running (CFA s45(4)). Not to cease: the
     * plan is kept.
     */
    @Audited("Ceasing decided")
    public CessationRecord decide(long caseId, Boolean ceases, LocalDate decidedOn, CeaseReason reason, String reasons,
            LocalDate noticeSentOn, CurrentUser by) {
        AssessmentCase c = forLa(caseId, by);
        CessationRecord r = latestForCommand(caseId);
        String why = Checks.clean(reasons);
        boolean cease = Boolean.TRUE.equals(ceases);
        LocalDate dob = c.getChild().getDateOfBirth();
        boolean everyoneReplied = r.getFamilyResponseOn() != null && (r.getSettingConsultedOn() == null || r.getSettingResponseOn() != null);
        new Checks().require("ceases", ceases, "The decision")
                .require("ceaseDecidedOn", decidedOn, "The day of the decision")
                .notAfter("ceaseDecidedOn", decidedOn, today(), "The day of the decision", "today")
                // [practice] the views are asked for by a day; deciding before it, unless everyone replied, is not a consultation
                .when(decidedOn != null && r.responsesDueBy() != null && !decidedOn.isAfter(r.responsesDueBy()) && !everyoneReplied,
                        "ceaseDecidedOn", "The family and the setting were asked for their views by " + uk.ehctracker.common.DateFormats.full(
                                r.responsesDueBy()) + ": decide after that day, or once both have replied")
                .when(cease && reason == null, "ceaseReason", "Choose the reason for ceasing the plan")
                .when(cease && why == null, "reasons", "Give the council's reasons, as the notice states them")
                .maxLength("reasons", why, Checks.LONG_TEXT, "The reasons")
                // reg 30(1): over 18 and out of education, only after a review found no wish to return
                .when(cease && reason == CeaseReason.LEFT_EDUCATION_OVER_18 && r.getReviewId() == null, "ceaseReason",
                        "A young person who has left education: review the plan first (reg 30(1))")
                .when(cease && reason == CeaseReason.LEFT_EDUCATION_OVER_18 && decidedOn != null && dob != null
                        && dob.plusYears(18).isAfter(decidedOn), "ceaseReason", "The young person is not yet 18 (reg 30)")
                .when(cease && noticeSentOn == null, "noticeSentOn", "The day the notice was sent is required")
                .notAfter("noticeSentOn", noticeSentOn, today(), "The day the notice was sent", "today")
                .notBefore("noticeSentOn", noticeSentOn, decidedOn, "The day the notice was sent", "the day of the decision")
                // reg 31(2), (3): the tracker sends the notice when the decision is recorded, so the
                // day it is sent, from which the time to appeal counts (HESC Rules r20), is today
                .when(cease && noticeSentOn != null && noticeSentOn.isBefore(today()), "noticeSentOn",
                        "The notice is sent today, when you record the decision: the time to appeal counts from the day it is sent")
                .throwIfAny();
        atStep(r, "decideWhetherToCease");
        r.decided(cease, decidedOn, cease ? reason : null, why, cease ? noticeSentOn : null);
        process.decided(r.getId(), cease);
        if (cease) {
            sendNotice(r);
        }
        return r;
    }

    /**
     * reg 31(2): the decision to the family, the institution named and the responsible commissioning
     * body; reg 31(3): the family's copy with the appeal and mediation rights and the last day to
     * appeal, counted from the day it is sent (the one rule, {@link CessationRecord#appealDeadline}).
     */
    private void sendNotice(CessationRecord r) {
        notices.sendAboutPlan(r.getCaseId(), NoticeType.DECISION_TO_CEASE, b -> b.decisionOn(r.getDecidedOn())
                .reasons(r.getDecisionReasons() + "\nThe reason we record for the national statistics (SEN2): "
                        + r.getCeaseReason().words() + ".")
                .appealDeadline(r.appealDeadline(calendar.workingDays()))
                .dueDate(r.endsIfNoAppeal(calendar.workingDays())), true);
    }

    // ---- what the engine asks and does (docs/PROCESS-CONTRACT.md) ----

    /** HESC Rules r20, r12: the last day to appeal the decision to cease, from the notice alone. */
    @Transactional(readOnly = true)
    public LocalDate appealDeadline(long cessationId) {
        return Optional.ofNullable(cessation(cessationId).appealDeadline(calendar.workingDays()))
                .orElseThrow(() -> new IllegalStateException("No notice on cessation " + cessationId));
    }

    /** CFA s45(4): a disagreement with the decision may still become an appeal, or is one. */
    @Transactional(readOnly = true)
    public boolean appealOpen(long cessationId) {
        return disagreements.appealOpen(cessation(cessationId).getCaseId(), DecisionDisagreed.CEASE);
    }

    /**
     * CFA s45: the plan ends, the day after the last day to appeal, or the day a disagreement ended
     * with the decision standing; a review still running stops.
     */
    public void planEnds(long cessationId) {
        CessationRecord r = cessation(cessationId);
        r.ceased(r.getDisagreementEndedOn() != null ? r.getDisagreementEndedOn() : r.endsIfNoAppeal(calendar.workingDays()));
        reviews.planCeased(r.getCaseId(), r.getCeasedOn());
    }

    /** The plan is kept: a decision not to cease, or an order or concession. After a review, the next review starts. */
    public void planKept(long cessationId) {
        CessationRecord r = cessation(cessationId);
        r.kept(Boolean.FALSE.equals(r.getCeases()) ? r.getDecidedOn() : r.getDisagreementEndedOn());
        if (r.getReviewId() != null) {
            reviews.planKeptAfterReview(r.getReviewId());
        }
    }

    // ---- helpers ----

    private View viewOf(CessationRecord r) {
        Set<String> at = process.activeElements(r.getId());
        return new View(r.getId(), r.getProposedOn(), r.getReviewId() != null, r.getProposalReason(), r.getFamilyToldOn(),
                r.getSettingConsultedOn(), r.responsesDueBy(), r.getFamilyResponse(), r.getFamilyResponseOn(), r.getSettingResponse(),
                r.getSettingResponseOn(), r.getCeases(), r.getDecidedOn(), r.getCeaseReason(), r.getDecisionReasons(),
                r.getNoticeSentOn(), r.appealDeadline(calendar.workingDays()), r.getDisagreementEndedOn(), r.getKeptByTribunal(), r.getCeasedOn(),
                r.getKeptOn(), STEPS.stream().filter(at::contains).findFirst().orElse(null), nextStep(at, r));
    }

    /** What the process waits for, in words (the element ids are those of bpmn/cease-plan.bpmn). */
    static String nextStep(Set<String> at, CessationRecord r) {
        if (at.contains("informAndConsult")) {
            return "The council tells the family and consults them and the setting";
        } else if (at.contains("decideWhetherToCease")) {
            return "The council decides whether to cease the plan";
        } else if (at.contains("appealOrTimeUp") || at.contains("awaitDisagreementEnd")) {
            return "The plan is kept while an appeal can be made or is running";
        } else if (r.getCeasedOn() != null) {
            return "Nothing: the plan has ceased";
        }
        return "Nothing: the plan is kept";
    }

    private LocalDate today() {
        return StatutoryClock.today(clock);
    }

    private CessationRecord cessation(long cessationId) {
        return cessations.findById(cessationId).orElseThrow(() -> new NotFoundException("Cessation"));
    }

    private AssessmentCase forLa(long caseId, CurrentUser by) {
        AssessmentCase c = cases.visibleCase(caseId, by);
        if (!access.mayManageCase(by, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        return c;
    }

    private CessationRecord latestForCommand(long caseId) {
        return cessations.latestForCommand(caseId).filter(CessationRecord::isOpen)
                .orElseThrow(() -> new ConflictException(NOTHING_PROPOSED));
    }

    private void atStep(CessationRecord r, String element) {
        if (!process.isAt(r.getId(), element)) {
            throw new ConflictException(NOT_NOW);
        }
    }
}
