package uk.ehctracker.disagreement;

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
import uk.ehctracker.assessment.AmendedPlanIssued;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.Decision;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.MediationCertificateRecorded;
import uk.ehctracker.assessment.MediationCertificateService;
import uk.ehctracker.audit.Audited;
import uk.ehctracker.calendar.EnglandCalendar;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.statutory.Disagreement;
import uk.ehctracker.statutory.Disagreement.OrderKind;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * A family's disagreement with an appealable decision (CFA s51(2)), recorded step by step by the
 * family or by LA staff of the case's LA for them: the mediation adviser contacted, mediation, the
 * certificate, the appeal, the Tribunal's outcome and the amended plan an order requires (an order to
 * assess or to make a plan re-enters the case's assessment, whose steps record it). Each command checks
 * access, runs in one transaction, is audited once and moves bpmn/disagreement.bpmn with the
 * record. Every due date derives from the recorded dates (statutory/Disagreement; docs/law.md s7).
 */
@Service
@Transactional
public class DisagreementService {

    static final String NO_DISAGREEMENT = "No disagreement is recorded on this case";
    static final String NOT_NOW = "The disagreement is not at that step";

    private final DisagreementRecordRepository records;
    private final DisagreementProcess process;
    private final AssessmentQueries cases;
    private final MediationCertificateService mediationCertificates;
    private final AssessmentService assessments;
    private final EnglandCalendar calendar;
    private final AccessPolicy access;
    private final CeaseAppeals ceaseAppeals;
    private final Clock clock;

    DisagreementService(DisagreementRecordRepository records, DisagreementProcess process, AssessmentQueries cases,
            MediationCertificateService mediationCertificates, AssessmentService assessments, EnglandCalendar calendar,
            AccessPolicy access, CeaseAppeals ceaseAppeals, Clock clock) {
        this.ceaseAppeals = ceaseAppeals;
        this.assessments = assessments;
        this.records = records;
        this.process = process;
        this.cases = cases;
        this.mediationCertificates = mediationCertificates;
        this.calendar = calendar;
        this.access = access;
        this.clock = clock;
    }

    /** What a person sees of the case's latest disagreement, with every date derived from the law. */
    public record View(long id, DecisionDisagreed decisionDisagreed, LocalDate disagreedOn, LocalDate decisionSentOn,
            LocalDate appealDeadline, boolean certificateNeeded, LocalDate mediationContactOn, Boolean wantsMediation,
            LocalDate mediationDue, LocalDate mediationHeldOn, LocalDate certificateDue, LocalDate certificateOn,
            LocalDate appealRegisteredOn, LocalDate responseDueOn, LocalDate responseSentOn, LocalDate hearingOn,
            TribunalOutcome outcome, LocalDate outcomeOn, OrderKind orderKind, List<Disagreement.Step> orderSteps,
            LocalDate orderFirstStepOn, String waitingAt, String nextStep, boolean mayRecord) {
    }

    /** What the family may start a disagreement about now: the case's appealable decisions. */
    @Transactional(readOnly = true)
    public List<DecisionDisagreed> disagreeable(long caseId, CurrentUser user) {
        AssessmentCase c = cases.visibleCase(caseId, user);
        List<DecisionDisagreed> open = new java.util.ArrayList<>();
        latestAppealable(caseId, user).ifPresent(d -> open.add(d.getOutcome() == DecisionOutcome.DO_NOT_ASSESS
                ? DecisionDisagreed.NOT_TO_ASSESS : DecisionDisagreed.NOT_TO_ISSUE));
        if (c.getFinalPlanSentOn() != null) {
            open.add(DecisionDisagreed.PLAN_CONTENT);
            open.add(DecisionDisagreed.PLACEMENT_ONLY);
        }
        // CFA s51(2)(f): a decision to cease, while the time to appeal runs
        ceaseAppeals.noticeSentOn(caseId).filter(sent -> !StatutoryClock.today(clock).isAfter(StatutoryClock.appealDeadline(sent, null, calendar.workingDays())))
                .ifPresent(sent -> open.add(DecisionDisagreed.CEASE));
        return open;
    }

    /**
     * Whether this person may record the case's disagreement: the family, or LA staff of the case's
     * LA; not the parent of a young person (the access policy; CFA s80).
     */
    @Transactional(readOnly = true)
    public boolean mayRecord(long caseId, CurrentUser user) {
        return cases.mayRecordDisagreement(cases.visibleCase(caseId, user), user);
    }

    /** CFA s80, s83(2): for the parent of a young person, why the disagreement is the young person's to record; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<String> youngPersonsOwn(long caseId, CurrentUser user) {
        return cases.disagreementIsTheYoungPersons(cases.visibleCase(caseId, user), user);
    }

    @Transactional(readOnly = true)
    public Optional<View> view(long caseId, CurrentUser user) {
        AssessmentCase c = cases.visibleCase(caseId, user);
        List<DisagreementRecord> all = records.findByCaseIdOrderByIdAsc(caseId);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        DisagreementRecord d = all.get(all.size() - 1);
        return Optional.of(viewOf(d, c, decisionOf(d, user), cases.mayRecordDisagreement(c, user)));
    }

    /** The family disagrees with the case's latest appealable decision, or with the final plan (CFA s51(2)). */
    @Audited("Disagreement recorded")
    public DisagreementRecord start(long caseId, DecisionDisagreed decision, CurrentUser by) {
        AssessmentCase c = caseFor(caseId, by, "decision");
        Optional<Decision> refusal = latestAppealable(caseId, by);
        boolean refusalMatches = decision != null && decision.isRefusal() && refusal.isPresent()
                && refusal.get().getOutcome() == (decision == DecisionDisagreed.NOT_TO_ASSESS ? DecisionOutcome.DO_NOT_ASSESS
                        : DecisionOutcome.DO_NOT_ISSUE);
        boolean ceaseNotified = decision == DecisionDisagreed.CEASE && ceaseAppeals.noticeSentOn(caseId).isPresent();
        boolean planIssued = decision != null && !decision.isRefusal() && decision != DecisionDisagreed.CEASE
                && c.getFinalPlanSentOn() != null;
        boolean decisionFound = refusalMatches || planIssued || ceaseNotified;
        Long decisionId = refusalMatches ? refusal.get().getId() : null;
        LocalDate today = StatutoryClock.today(clock);
        new Checks().require("decision", decision, "The decision disagreed with")
                .when(decision != null && !decisionFound, "decision",
                        "This case has no such decision to appeal: " + (decision == null ? "" : decision.words()))
                .when(decisionFound && records.existsByCaseIdAndSubject(caseId, DisagreementRecord.subjectOf(decision, decisionId)),
                        "decision", "A disagreement with this decision is already recorded")
                .when(decisionFound && today.isAfter(appealDeadline(c, refusal.orElse(null), decision, null)), "decision",
                        "The last day to appeal this decision has passed")
                .throwIfAny();
        DisagreementRecord d = records.save(new DisagreementRecord(caseId, decision, decisionId, today, by.username(), clock.instant()));
        String la = c.getLocalAuthority().getCode();
        process.start(new DisagreementProcess.Routing(d.getId(), caseId, CandidateGroups.caseworkers(la), CandidateGroups.managers(la),
                decision.needsCertificate(), appealDeadline(c, refusal.orElse(null), decision, null)));
        return d;
    }

    /** reg 33: the family contacted the mediation adviser, within 2 months of the notice, and said whether they want mediation. */
    @Audited("Mediation adviser contact recorded")
    public DisagreementRecord recordAdviserContact(long caseId, LocalDate contactedOn, Boolean wantsMediation, CurrentUser by) {
        AssessmentCase c = caseFor(caseId, by, "contactedOn");
        DisagreementRecord d = latestForCommand(caseId);
        LocalDate sent = decisionSentOn(c, decisionOf(d, by), d.getDecisionDisagreed());
        new Checks().require("contactedOn", contactedOn, "The day the mediation adviser was contacted")
                .require("wantsMediation", wantsMediation, "Whether the family wants mediation")
                .notAfter("contactedOn", contactedOn, StatutoryClock.today(clock), "The day of contact", "today")
                .notBefore("contactedOn", contactedOn, sent, "The day of contact", "the day the decision was sent")
                // reg 33: within 2 months after the notice was sent
                .notAfter("contactedOn", contactedOn, StatutoryClock.appealDeadline(sent, null, calendar.workingDays()), "The day of contact",
                        "the last day to appeal (reg 33)")
                .throwIfAny();
        atStep(d, "contactMediationAdviser");
        d.adviserContacted(contactedOn, wantsMediation);
        process.adviserContacted(d.getId(), wantsMediation);
        return d;
    }

    /** The mediation the LA arranged took place (its certificate follows within 3 working days, reg 39). */
    @Audited("Mediation recorded")
    public DisagreementRecord recordMediationHeld(long caseId, LocalDate heldOn, CurrentUser by) {
        caseFor(caseId, by, "heldOn");
        DisagreementRecord d = latestForCommand(caseId);
        new Checks().require("heldOn", heldOn, "The day of the mediation")
                .notAfter("heldOn", heldOn, StatutoryClock.today(clock), "The day of the mediation", "today")
                .notBefore("heldOn", heldOn, d.getMediationContactOn(), "The day of the mediation", "the day the adviser was contacted")
                .throwIfAny();
        atStep(d, "arrangeMediation");
        d.mediationHeld(heldOn);
        process.mediationHeld(d.getId());
        return d;
    }

    /**
     * The mediation certificate (CFA s55). On a refusal it is recorded on the decision, which moves
     * the appeal deadline and sends the family its letter ({@link MediationCertificateService}); the
     * disagreement then moves on through {@link #certificateRecorded}.
     */
    @Audited("Mediation certificate recorded")
    public DisagreementRecord recordCertificate(long caseId, LocalDate issuedOn, CurrentUser by) {
        AssessmentCase c = caseFor(caseId, by, "issuedOn");
        DisagreementRecord d = latestForCommand(caseId);
        new Checks().require("issuedOn", issuedOn, "The date of the certificate")
                .notAfter("issuedOn", issuedOn, StatutoryClock.today(clock), "The date of the certificate", "today")
                .notBefore("issuedOn", issuedOn, d.getMediationContactOn(), "The date of the certificate",
                        "the day the mediation adviser was contacted")
                .notBefore("issuedOn", issuedOn, d.getMediationHeldOn(), "The date of the certificate", "the day of the mediation")
                .throwIfAny();
        atStep(d, "awaitMediationCertificate");
        if (d.getDecisionDisagreed().isRefusal()) {
            mediationCertificates.record(caseId, issuedOn, by);
        } else {
            d.certificateIssued(issuedOn);
            process.certificateIssued(d.getId(), appealDeadline(c, null, d.getDecisionDisagreed(), issuedOn));
        }
        return d;
    }

    /** A certificate recorded on the case's decision, by whatever door: the disagreement with that decision moves on. */
    @EventListener
    void certificateRecorded(MediationCertificateRecorded recorded) {
        records.findByCaseIdOrderByIdAsc(recorded.caseId()).stream()
                .filter(d -> recorded.decisionId() == (d.getDecisionId() == null ? -1 : d.getDecisionId()))
                .forEach(d -> {
                    d.certificateIssued(recorded.issuedOn());
                    if (process.isAt(d.getId(), "awaitMediationCertificate")) {
                        process.certificateIssued(d.getId(), StatutoryClock.appealDeadline(recorded.noticeSentOn(), recorded.issuedOn(), calendar.workingDays()));
                    }
                });
    }

    /**
     * The Tribunal registered the family's appeal, and set the day the LA's response is due. LA staff
     * give that day (the Tribunal writes it to the council); the family may not know it, so for them it
     * is optional and the council's staff add it later ({@link #recordResponseDue}).
     */
    @Audited("Appeal recorded")
    public DisagreementRecord registerAppeal(long caseId, LocalDate registeredOn, LocalDate responseDueOn, LocalDate hearingOn,
            CurrentUser by) {
        AssessmentCase c = caseFor(caseId, by, "registeredOn");
        DisagreementRecord d = latestForCommand(caseId);
        LocalDate deadline = appealDeadline(c, decisionOf(d, by), d.getDecisionDisagreed(), d.getCertificateOn());
        boolean staff = access.mayManageCase(by, c.getLocalAuthority().getId());
        new Checks().require("registeredOn", registeredOn, "The day the appeal was made")
                // the council has the Tribunal's letter; the family may not (recordResponseDue adds it)
                .when(staff && responseDueOn == null, "responseDueOn", "The day the council's response is due is required")
                .notAfter("registeredOn", registeredOn, StatutoryClock.today(clock), "The day the appeal was made", "today")
                // HESC Rules r20: within the appeal deadline
                .notAfter("registeredOn", registeredOn, deadline, "The day the appeal was made", "the last day to appeal")
                .notBefore("responseDueOn", responseDueOn, registeredOn, "The response date", "the day the appeal was made")
                .notBefore("hearingOn", hearingOn, registeredOn, "The hearing date", "the day the appeal was made")
                // CFA s55: a certificate first, unless the appeal is only about the placement
                .when(d.getDecisionDisagreed().needsCertificate() && d.getCertificateOn() == null, "registeredOn",
                        "An appeal about " + d.getDecisionDisagreed().words() + " needs a mediation certificate first (CFA s55)")
                .throwIfAny();
        atStep(d, "appealOrTimeUp");
        d.appealRegistered(registeredOn, responseDueOn, hearingOn);
        process.appealRegistered(d.getId(), responseDueOn != null);
        return d;
    }

    /**
     * The day the Tribunal set for the council's response, for an appeal the family recorded without
     * it: LA staff of the case, from the Tribunal's letter. The response's step (and its timer) starts.
     */
    @Audited("Response date recorded")
    public DisagreementRecord recordResponseDue(long caseId, LocalDate responseDueOn, CurrentUser by) {
        DisagreementRecord d = councilsStep(caseId, by, "responseDueOn");
        new Checks().require("responseDueOn", responseDueOn, "The day the council's response is due")
                .notBefore("responseDueOn", responseDueOn, d.getAppealRegisteredOn(), "The response date", "the day the appeal was made")
                .throwIfAny();
        atStep(d, RECORD_RESPONSE_DUE);
        d.responseDue(responseDueOn);
        process.responseDueRecorded(d.getId());
        return d;
    }

    /** The LA sent the Tribunal its response to the appeal. */
    @Audited("Response to the appeal recorded")
    public DisagreementRecord recordResponse(long caseId, LocalDate sentOn, CurrentUser by) {
        DisagreementRecord d = councilsStep(caseId, by, "sentOn");
        new Checks().require("sentOn", sentOn, "The day the response was sent")
                .notAfter("sentOn", sentOn, StatutoryClock.today(clock), "The day the response was sent", "today")
                .notBefore("sentOn", sentOn, d.getAppealRegisteredOn(), "The day the response was sent", "the day the appeal was made")
                .throwIfAny();
        atStep(d, "respondToAppeal");
        d.responseSent(sentOn);
        process.responseSent(d.getId());
        return d;
    }

    /**
     * How the appeal ended: dismissed, withdrawn, allowed with an order (reg 44), or conceded by the
     * LA before the hearing (reg 45; {@code on} is then the day the LA told the Tribunal). An order
     * or a concession requires what the decision disagreed with calls for: an assessment, a plan,
     * or an amended plan.
     */
    @Audited("Appeal outcome recorded")
    public DisagreementRecord recordOutcome(long caseId, TribunalOutcome outcome, LocalDate on, CurrentUser by) {
        AssessmentCase c = caseFor(caseId, by, "outcome");
        DisagreementRecord d = latestForCommand(caseId);
        new Checks().require("outcome", outcome, "How the appeal ended")
                .require("on", on, "The day")
                .when(outcome == TribunalOutcome.CONCEDED && !access.mayManageCase(by, c.getLocalAuthority().getId()), "outcome",
                        "Only the council records that it conceded the appeal")
                .notAfter("on", on, StatutoryClock.today(clock), "The day", "today")
                .notBefore("on", on, d.getAppealRegisteredOn(), "The day", "the day the appeal was made")
                // reg 45: a concession comes before the hearing
                .when(outcome == TribunalOutcome.CONCEDED && on != null && d.getHearingOn() != null && on.isAfter(d.getHearingOn()),
                        "on", "A concession is made before the hearing; after it, record the Tribunal's order")
                .throwIfAny();
        boolean beforeResponse = process.isAt(d.getId(), "respondToAppeal") || process.isAt(d.getId(), RECORD_RESPONSE_DUE);
        if (!(process.isAt(d.getId(), "awaitTribunalDecision") || (beforeResponse && outcome == TribunalOutcome.CONCEDED))) {
            throw new ConflictException(beforeResponse ? "Record the council's response first; only a concession can come before it"
                    : NOT_NOW);
        }
        d.ended(outcome, on, outcome.bindsTheLa() ? orderKindFor(d.getDecisionDisagreed()) : null);
        process.outcome(d.getId(), outcome);
        if (d.getDecisionDisagreed() == DecisionDisagreed.CEASE) {
            // CFA s45(4): dismissed or withdrawn, the decision to cease stands; an order or a concession keeps the plan
            ceaseAppeals.ended(caseId, !outcome.bindsTheLa(), on);
        }
        return d;
    }

    /**
     * reg 44; reg 45(4): the amended plan an order (or a concession) about the plan's contents
     * required was issued on {@code doneOn}; the assessment's "issue the amended plan" step closes.
     * An order to assess or to make a plan is done through the assessment's own steps.
     */
    @Audited("Order step recorded")
    public DisagreementRecord recordOrderFirstStep(long caseId, LocalDate doneOn, CurrentUser by) {
        DisagreementRecord d = councilsStep(caseId, by, "doneOn");
        new Checks().require("doneOn", doneOn, "The day it was done")
                .notAfter("doneOn", doneOn, StatutoryClock.today(clock), "The day it was done", "today")
                .notBefore("doneOn", doneOn, d.getOutcomeOn(), "The day it was done", "the day of the order")
                .throwIfAny();
        if (d.getOrderKind() == null || !d.getOrderKind().amendsPlan()) {
            throw new ConflictException(d.getOrderKind() == null ? NOT_NOW
                    : "The assessment carries on under the order: record each step on the case as usual");
        }
        if (d.getOrderFirstStepOn() != null) {
            throw new ConflictException(NOT_NOW);
        }
        assessments.issueAmendedPlan(caseId, doneOn, by);
        return d;
    }

    /** reg 45(4): the amended plan was issued, by whatever door: the disagreement that required it records the day. */
    @EventListener
    void amendedPlanIssued(AmendedPlanIssued issued) {
        records.findByCaseIdOrderByIdAsc(issued.caseId()).stream()
                .filter(d -> d.getOrderKind() != null && d.getOrderKind().amendsPlan() && d.getOrderFirstStepOn() == null)
                .forEach(d -> d.orderFirstStepDone(issued.issuedOn()));
    }

    /**
     * reg 44; reg 45: the order or the concession re-enters the case's assessment at the step it
     * requires (the disagreement model's "reenterAssessment"), in the transaction of the command
     * that recorded the outcome.
     */
    public void reenterAssessment(long disagreementId) {
        DisagreementRecord d = records.findById(disagreementId).orElseThrow(() -> new NotFoundException("Disagreement"));
        if (d.getOrderKind() == null) {
            return; // an order or concession on ceasing keeps the plan: the cessation records it, the assessment does not re-enter
        }
        assessments.reenterByOrder(d.getCaseId(), d.getOrderKind(), d.getOutcomeOn(), d.getOutcome() == TribunalOutcome.CONCEDED);
    }

    /**
     * HESC Rules r20: the time to appeal ended with no appeal (the model's "noAppeal"). A decision to
     * cease then stands, from the day after the last day to appeal (CFA s45(4)).
     */
    public void appealTimeUp(long disagreementId) {
        DisagreementRecord d = records.findById(disagreementId).orElseThrow(() -> new NotFoundException("Disagreement"));
        if (d.getDecisionDisagreed() == DecisionDisagreed.CEASE) {
            LocalDate sent = ceaseAppeals.noticeSentOn(d.getCaseId()).orElseThrow();
            ceaseAppeals.ended(d.getCaseId(), true, StatutoryClock.appealDeadline(sent, d.getCertificateOn(), calendar.workingDays()).plusDays(1));
        }
    }

    /**
     * Whether an appeal against {@code decision} can still come or is running: a disagreement with it
     * has not ended and the family has been to the mediation adviser (reg 33), or needs no certificate.
     */
    @Transactional(readOnly = true)
    public boolean appealOpen(long caseId, DecisionDisagreed decision) {
        return records.findByCaseIdOrderByIdAsc(caseId).stream()
                .filter(d -> d.getDecisionDisagreed() == decision && d.getOutcome() == null && !process.activeElements(d.getId()).isEmpty())
                .anyMatch(d -> d.getMediationContactOn() != null || !decision.needsCertificate());
    }

    /** The due date a timer of the process waits for (docs/PROCESS-CONTRACT.md). */
    @Transactional(readOnly = true)
    public LocalDate dueDate(long disagreementId, DisagreementClock which) {
        DisagreementRecord d = records.findById(disagreementId).orElseThrow(() -> new NotFoundException("Disagreement"));
        LocalDate due = switch (which) {
            case CERTIFICATE -> certificateDue(d);
            case MEDIATION -> mediationDue(d);
            case RESPONSE -> d.getResponseDueOn();
        };
        if (due == null) {
            throw new IllegalStateException("No " + which + " date on disagreement " + disagreementId);
        }
        return due;
    }

    // ---- helpers ----

    private View viewOf(DisagreementRecord d, AssessmentCase c, Decision decision, boolean mayRecord) {
        Set<String> at = new java.util.HashSet<>(process.activeElements(d.getId()));
        // reg 44; reg 45(4): after re-entering, the amended plan is awaited at the assessment's step
        if (d.getOrderKind() != null && d.getOrderKind().amendsPlan() && d.getOrderFirstStepOn() == null && c.getStage() == CaseStage.AMENDING_PLAN) {
            at.add("issueAmendedPlan");
        }
        return new View(d.getId(), d.getDecisionDisagreed(), d.getDisagreedOn(), decisionSentOn(c, decision, d.getDecisionDisagreed()),
                appealDeadline(c, decision, d.getDecisionDisagreed(), d.getCertificateOn()), d.getDecisionDisagreed().needsCertificate(),
                d.getMediationContactOn(), d.getWantsMediation(), mediationDue(d), d.getMediationHeldOn(), certificateDue(d),
                d.getCertificateOn(), d.getAppealRegisteredOn(), d.getResponseDueOn(), d.getResponseSentOn(), d.getHearingOn(),
                d.getOutcome(), d.getOutcomeOn(), d.getOrderKind(),
                d.getOrderKind() == null ? List.of() : Disagreement.steps(d.getOrderKind(), d.getOutcomeOn()),
                d.getOrderFirstStepOn(), STEPS.stream().filter(at::contains).findFirst().orElse(null),
                !at.isEmpty() || d.getOutcome() == null || !d.getOutcome().bindsTheLa() ? nextStep(at)
                        : d.getOrderFirstStepOn() != null ? "Nothing: the amended plan was issued"
                        : d.getDecisionDisagreed() == DecisionDisagreed.CEASE ? "Nothing: the plan is kept"
                        : "The assessment carries on under the order, with its dates", mayRecord);
    }

    /** The elements of bpmn/disagreement.bpmn a person records something at, in the order they come. */
    static final List<String> STEPS = List.of("contactMediationAdviser", "arrangeMediation", "awaitMediationCertificate",
            "appealOrTimeUp", "recordResponseDue", "respondToAppeal", "awaitTribunalDecision", "issueAmendedPlan");

    /** The step at which LA staff give the Tribunal's response date, when the family recorded the appeal without it. */
    static final String RECORD_RESPONSE_DUE = "recordResponseDue";

    /** What the process waits for, in words (the element ids are those of bpmn/disagreement.bpmn). */
    static String nextStep(Set<String> at) {
        if (at.contains("contactMediationAdviser")) {
            return "The family contacts the mediation adviser";
        } else if (at.contains("arrangeMediation")) {
            return "The council arranges mediation";
        } else if (at.contains("awaitMediationCertificate")) {
            return "The mediation adviser issues the certificate";
        } else if (at.contains("appealOrTimeUp")) {
            return "The family may appeal to the Tribunal";
        } else if (at.contains(RECORD_RESPONSE_DUE)) {
            return "The council records the day the Tribunal set for its response";
        } else if (at.contains("respondToAppeal")) {
            return "The council responds to the appeal";
        } else if (at.contains("awaitTribunalDecision")) {
            return "The Tribunal decides";
        } else if (at.contains("issueAmendedPlan")) {
            return "The council issues the amended plan the order requires";
        }
        return "Nothing: the disagreement has ended";
    }

    private LocalDate certificateDue(DisagreementRecord d) {
        if (d.getMediationHeldOn() != null) {
            return Disagreement.certificateAfterMediationDue(d.getMediationHeldOn(), calendar.workingDays());
        }
        if (Boolean.FALSE.equals(d.getWantsMediation())) {
            return Disagreement.certificateAfterDecliningDue(d.getMediationContactOn(), calendar.workingDays());
        }
        return null;
    }

    /** Counted from the family's contact with the adviser: the earliest day the LA can be told (docs/law.md s7). */
    private static LocalDate mediationDue(DisagreementRecord d) {
        return Boolean.TRUE.equals(d.getWantsMediation()) ? Disagreement.mediationDue(d.getMediationContactOn()) : null;
    }

    private static OrderKind orderKindFor(DecisionDisagreed disagreed) {
        return switch (disagreed) {
            case NOT_TO_ASSESS -> OrderKind.ASSESS;
            case NOT_TO_ISSUE -> OrderKind.MAKE_PLAN;
            case PLAN_CONTENT -> OrderKind.AMEND_PLAN;
            // reg 44(2)(f); reg 45(5): an appeal only about section I is met within 2 weeks, not 5
            case PLACEMENT_ONLY -> OrderKind.NAME_SETTING;
            // the plan is kept (CFA s45); any amendment an order requires is not yet timed (docs/law.md s11)
            case CEASE -> null;
        };
    }

    /**
     * The case, for a command on its disagreement: every step goes through the one rule of who may
     * record it (not the parent of a young person, CFA s80), refused beside the command's {@code field}.
     */
    private AssessmentCase caseFor(long caseId, CurrentUser by, String field) {
        return cases.caseToRecordDisagreement(caseId, by, field);
    }

    /** A step only the council's staff record: the case checked as for every step, then LA staff of its LA alone. */
    private DisagreementRecord councilsStep(long caseId, CurrentUser by, String field) {
        mayManage(caseFor(caseId, by, field), by);
        return latestForCommand(caseId);
    }

    private void mayManage(AssessmentCase c, CurrentUser by) {
        if (!access.mayManageCase(by, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
    }

    private DisagreementRecord latestForCommand(long caseId) {
        return records.latestForCommand(caseId).orElseThrow(() -> new ConflictException(NO_DISAGREEMENT));
    }

    private void atStep(DisagreementRecord d, String element) {
        if (!process.isAt(d.getId(), element)) {
            throw new ConflictException(NOT_NOW);
        }
    }

    private Optional<Decision> latestAppealable(long caseId, CurrentUser user) {
        List<Decision> all = cases.decisions(caseId, user);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)).filter(Decision::isAppealable);
    }

    private Decision decisionOf(DisagreementRecord d, CurrentUser user) {
        return d.getDecisionId() == null ? null
                : cases.decisions(d.getCaseId(), user).stream().filter(x -> x.getId().equals(d.getDecisionId())).findFirst().orElse(null);
    }

    private LocalDate decisionSentOn(AssessmentCase c, Decision decision, DecisionDisagreed disagreed) {
        if (disagreed == DecisionDisagreed.CEASE) {
            return ceaseAppeals.noticeSentOn(c.getId()).orElseThrow(() -> new ConflictException("No notice to cease the plan was sent"));
        }
        return decision != null ? decision.getNoticeSentOn() : c.getFinalPlanSentOn();
    }

    /** HESC Rules r20, r12: 2 months after the notice, or 1 month after the certificate if later, moved on by r12. */
    private LocalDate appealDeadline(AssessmentCase c, Decision decision, DecisionDisagreed disagreed, LocalDate certificateOn) {
        if (disagreed != null && disagreed.isRefusal() && decision != null) {
            return decision.appealDeadline(calendar.workingDays());
        }
        return StatutoryClock.appealDeadline(decisionSentOn(c, null, disagreed), certificateOn, calendar.workingDays());
    }
}
