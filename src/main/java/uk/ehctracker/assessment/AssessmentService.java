package uk.ehctracker.assessment;

import uk.ehctracker.assessment.CaseSteps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.AccessPolicy;
import uk.ehctracker.access.CandidateGroups;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.Checks;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.LocalAuthority;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Role;
import uk.ehctracker.directory.SenStatus;
import uk.ehctracker.letters.NoticeType;
import uk.ehctracker.statutory.Disagreement;
import uk.ehctracker.statutory.Disagreement.OrderKind;
import uk.ehctracker.statutory.RecordedException;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.audit.AuditActions;
import uk.ehctracker.audit.Audited;

/**
 * The one door for changing a case. Each command checks its input and the person's right to act,
 * records on the case, and moves the process — in one transaction, so nothing is half-written.
 */
@Service
@Transactional
public class AssessmentService {

    private final AssessmentCaseRepository cases;
    private final MilestoneRepository milestones;
    private final DecisionRepository decisions;
    private final AdviceRequestRepository adviceRequests;
    private final PlanSectionRepository planSections;
    private final TimeLimitExceptionRepository exceptions;
    private final CaseTimeline timeline;
    private final AssessmentQueries queries;
    private final AssessmentNotices notices;
    private final DirectoryService directory;
    private final AccessPolicy access;
    private final CaseProcess process;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<RecordedNeeds> recordedNeeds;
    private final SettingConsultation consultation;

    AssessmentService(AssessmentCaseRepository cases, MilestoneRepository milestones, DecisionRepository decisions,
            AdviceRequestRepository adviceRequests, PlanSectionRepository planSections,
            TimeLimitExceptionRepository exceptions, CaseTimeline timeline, AssessmentQueries queries,
            AssessmentNotices notices, DirectoryService directory, AccessPolicy access, CaseProcess process,
            Clock clock, org.springframework.context.ApplicationEventPublisher events,
            org.springframework.beans.factory.ObjectProvider<RecordedNeeds> recordedNeeds,
            SettingConsultation consultation) {
        this.consultation = consultation;
        this.events = events;
        this.recordedNeeds = recordedNeeds;
        this.cases = cases;
        this.milestones = milestones;
        this.decisions = decisions;
        this.adviceRequests = adviceRequests;
        this.planSections = planSections;
        this.exceptions = exceptions;
        this.timeline = timeline;
        this.queries = queries;
        this.notices = notices;
        this.directory = directory;
        this.access = access;
        this.process = process;
        this.clock = clock;
    }

    private LocalDate today() {
        return StatutoryClock.today(clock);
    }

    // ---- 1. The request (CFA s36(1)) ----

    @Audited(value = "Request for an EHC needs assessment recorded", action = AuditActions.CREATE)
    public AssessmentCase submitRequest(Commands.NewRequest cmd, CurrentUser by) {
        if (!access.mayRequestAssessment(by)) {
            throw new NotFoundException("Child");
        }
        new Checks().require("childId", cmd.childId(), "Child").throwIfAny();
        // locked: the same request sent twice at once (a retry to another node) must see the first
        // one's case, not both pass the "no open case" check below
        Child child = directory.findChildForUpdate(cmd.childId())
                .filter(c -> access.childFilter(by).admits(c))
                .orElseThrow(() -> new NotFoundException("Child"));
        LocalDate today = today();
        // CFA s24: the clock starts the day the LA receives the request; only LA staff may back-date one received by post
        LocalDate receivedOn = by.isLaStaff() && cmd.receivedOn() != null ? cmd.receivedOn() : today;
        RequestedBy requestedBy = requestedBy(cmd.requestedBy(), by);
        String reasons = Checks.clean(cmd.reasons());
        new Checks()
                .require("requestedBy", requestedBy, "Who is asking")
                .text("reasons", reasons, "Reasons")
                .notAfter("receivedOn", receivedOn, today, "Received on", "today")
                .notBefore("receivedOn", receivedOn, child.getDateOfBirth(), "Received on", "the child's date of birth")
                .maxLength("evidenceGaps", cmd.evidenceGaps(), 2000, "Evidence gaps")
                .maxLength("requesterName", Checks.clean(cmd.requesterName()), 200, "Who made the request")
                .throwIfAny();
        if (cases.existsByChildIdAndStageNotIn(child.getId(), closedStages())) {
            throw new ConflictException("There is already an open request for " + child.getFirstName());
        }
        String requester = Checks.clean(cmd.requesterName()) != null ? Checks.clean(cmd.requesterName()) : by.displayName();
        AssessmentCase c = cases.save(new AssessmentCase(child, requestedBy, requester, receivedOn, reasons,
                Checks.clean(cmd.evidenceGaps()), clock.instant()));
        milestones.save(Milestone.opened(c, TimeLimit.DECISION_TO_ASSESS));
        timeline.record(c.getId(), CaseEventKind.REQUEST_RECEIVED,
                "Request received from " + requester + " (" + requestedBy.name().toLowerCase().replace('_', ' ') + ")", by.username());
        String laCode = child.getLocalAuthority().getCode();
        process.start(new CaseProcess.Routing(c.getId(), CandidateGroups.caseworkers(laCode),
                CandidateGroups.managers(laCode), CandidateGroups.family(child.getFamily().getId())));
        refreshNextDue(c);
        return c;
    }

    private static RequestedBy requestedBy(RequestedBy asked, CurrentUser by) {
        if (by.role() == Role.PARENT) {
            return by.childId() != null ? RequestedBy.YOUNG_PERSON : RequestedBy.PARENT;
        }
        if (by.role() == Role.SENCO) {
            return RequestedBy.SCHOOL;
        }
        return asked;
    }

    private static List<CaseStage> closedStages() {
        return java.util.Arrays.stream(CaseStage.values()).filter(CaseStage::isClosed).toList();
    }

    // ---- 2. Decision whether to assess (s36(8); reg 5) ----

    @Audited("Decided whether to assess")
    public AssessmentCase decideWhetherToAssess(long caseId, Commands.DecideWhetherToAssess cmd, CurrentUser by) {
        AssessmentCase c = managedCase(caseId, by);
        expectStage(c, CaseStage.DECIDING_WHETHER_TO_ASSESS);
        String reasons = Checks.clean(cmd.reasons());
        boolean testMet = cmd.mayHaveSen() && cmd.mayNeedPlan();
        new Checks()
                .require("assessDecision", cmd.outcome(), "Decision")
                .when(cmd.outcome() != null && cmd.outcome().kind() != DecisionOutcome.Kind.WHETHER_TO_ASSESS,
                        "assessDecision", "Decision must be ASSESS or DO_NOT_ASSESS")
                .text("reasons", reasons, "Reasons")
                .require("decidedOn", cmd.decidedOn(), "Decided on")
                .notAfter("decidedOn", cmd.decidedOn(), today(), "Decided on", "today")
                .notBefore("decidedOn", cmd.decidedOn(), c.getReceivedOn(), "Decided on", "the day the request was received")
                // s36(8): "may" is enough; assessing needs the test recorded as met...
                .when(cmd.outcome() == DecisionOutcome.ASSESS && !testMet, "mayHaveSen",
                        "To assess, record that the child has or may have SEN and may need provision through a plan")
                // ...and where it is met the LA must assess (s36(8)); a stricter local threshold is unlawful
                .when(cmd.outcome() == DecisionOutcome.DO_NOT_ASSESS && testMet, "assessDecision",
                        "The test in s36(8) is met, so the LA must assess")
                .throwIfAny();
        boolean assess = cmd.outcome() == DecisionOutcome.ASSESS;
        // the notice is issued by the system as this decision is recorded: it is sent today,
        // whatever day the decision was made (decidedOn may be back-dated)
        LocalDate sentOn = today();
        // reg 5(3); HESC Rules r20 (docs/law.md s7): the appeal deadline derives from sentOn (Decision)
        decisions.save(new Decision(caseId, cmd.outcome(), cmd.decidedOn(), sentOn, by.username(), testMet,
                cmd.mayHaveSen(), cmd.mayNeedPlan(), String.join(",", new TreeSet<>(orEmpty(cmd.evidenceWeighed()))),
                reasons, clock.instant()));
        // reg 5(1): the decision is to be NOTIFIED within 6 weeks: met on the day the notice is sent
        milestone(caseId, TimeLimit.DECISION_TO_ASSESS).done(sentOn);
        timeline.record(caseId, CaseEventKind.DECISION, assess ? "Decided to assess" : "Decided not to assess", by.username());
        if (assess) {
            // reg 8(1): each adviser's 6 weeks run from the day they are asked: today, as the
            // process asks them now
            startAssessment(c, sentOn, cmd.additionalAdvice());
        } else {
            c.close(CaseStage.NOT_ASSESSED, cmd.decidedOn());
        }
        if (c.getAssignedTo() == null) {
            c.assignTo(by.username());
        }
        process.decide(caseId, CaseSteps.DECIDE_WHETHER_TO_ASSESS, cmd.outcome());
        refreshNextDue(c);
        return c;
    }

    private void startAssessment(AssessmentCase c, LocalDate askedOn, Set<AdviceKind> additionalAdvice) {
        milestones.save(Milestone.opened(c, TimeLimit.DECISION_NOT_TO_ISSUE));
        milestones.save(Milestone.opened(c, TimeLimit.FINAL_PLAN));
        // reg 6(1): advice from each adviser the child's assessment needs, all requested together
        // reg 6; docs/law.md s5: a recorded hearing or vision impairment brings in its qualified teacher
        boolean sensory = recordedNeeds.stream().anyMatch(n -> n.hasSensoryImpairment(c.getChild().getId()));
        for (AdviceKind kind : AdviceKinds.required(c.getChild(), askedOn, additionalAdvice, sensory)) {
            AdviceRequest advice = adviceRequests.save(new AdviceRequest(c.getId(), kind, askedOn));
            milestones.save(Milestone.opened(advice));
        }
    }

    // ---- 3. Advice (reg 6, reg 8) ----

    @Audited("Advice given")
    public AdviceRequest giveAdvice(Commands.GiveAdvice cmd, CurrentUser by) {
        AdviceRequest advice = adviceForCommand(cmd.adviceRequestId());
        AssessmentCase c = caseForCommand(advice.getCaseId(), by);
        if (!advice.isOpen()) {
            throw new ConflictException("This advice has already been given or waived");
        }
        var task = process.openAdviceStep(c.getId(), advice.getId()).orElseThrow(() -> new ConflictException("This advice is not awaited"));
        if (!access.mayActOn(by, task.candidateGroups(), c.getLocalAuthority().getId())) {
            throw new NotFoundException("Advice request");
        }
        String text = Checks.clean(cmd.advice());
        new Checks()
                .text("advice", text, "Advice")
                .require("adviceDate", cmd.givenOn(), "Date of the advice")
                .notAfter("adviceDate", cmd.givenOn(), today(), "Date of the advice", "today")
                .notBefore("adviceDate", cmd.givenOn(), advice.getRequestedOn(), "Date of the advice", "the day it was asked for")
                .throwIfAny();
        advice.give(text, cmd.givenOn(), by.username());
        adviceMilestone(advice).done(cmd.givenOn());
        timeline.record(c.getId(), CaseEventKind.ADVICE, advice.getKind().label() + " received", by.username());
        process.completeAdvice(c.getId(), advice.getId());
        refreshNextDue(c);
        return advice;
    }

    @Audited("Advice not sought again (reg 6(4))")
    public AdviceRequest waiveAdvice(Commands.WaiveAdvice cmd, CurrentUser by) {
        AdviceRequest advice = adviceForCommand(cmd.adviceRequestId());
        AssessmentCase c = managedCase(advice.getCaseId(), by);
        if (!advice.isOpen()) {
            throw new ConflictException("This advice has already been given or waived");
        }
        String reason = Checks.clean(cmd.reason());
        new Checks().text("reason", reason, "Why the existing advice is sufficient")
                .maxLength("reason", reason, 2000, "Why the existing advice is sufficient").throwIfAny();
        advice.waive(reason, today(), by.username());
        adviceMilestone(advice).done(today());
        // reg 6(4): existing advice suffices when the adviser, the LA and the family agree
        timeline.record(c.getId(), CaseEventKind.ADVICE, advice.getKind().label() + " not sought again (reg 6(4)): " + reason, by.username());
        process.waiveAdvice(c.getId(), advice.getId());
        refreshNextDue(c);
        return advice;
    }

    // ---- 4. Decision whether to issue a plan (s37; reg 10) ----

    @Audited("Decided whether to issue a plan")
    public AssessmentCase decideWhetherToIssue(long caseId, Commands.DecideWhetherToIssue cmd, CurrentUser by) {
        AssessmentCase c = managedCase(caseId, by);
        expectStage(c, CaseStage.DECIDING_WHETHER_TO_ISSUE);
        String reasons = Checks.clean(cmd.reasons());
        new Checks()
                .require("issueDecision", cmd.outcome(), "Decision")
                .when(cmd.outcome() != null && cmd.outcome().kind() != DecisionOutcome.Kind.WHETHER_TO_ISSUE,
                        "issueDecision", "Decision must be ISSUE or DO_NOT_ISSUE")
                .text("reasons", reasons, "Reasons")
                .require("decidedOn", cmd.decidedOn(), "Decided on")
                .notAfter("decidedOn", cmd.decidedOn(), today(), "Decided on", "today")
                .notBefore("decidedOn", cmd.decidedOn(), c.getReceivedOn(), "Decided on", "the day the request was received")
                // s37(1): a plan is issued where it is necessary for provision to be made through one
                .when(cmd.outcome() == DecisionOutcome.ISSUE && !cmd.necessary(), "necessaryTestMet",
                        "To issue a plan, record that provision through a plan is necessary (s37)")
                .when(cmd.outcome() == DecisionOutcome.DO_NOT_ISSUE && cmd.necessary(), "issueDecision",
                        "Provision through a plan was found necessary, so the LA must issue a plan (s37)")
                .throwIfAny();
        boolean issue = cmd.outcome() == DecisionOutcome.ISSUE;
        // a decision not to issue is notified by the letter the system sends now (reg 10(1), (3));
        // a decision to issue sends no notice of its own (the draft plan follows)
        LocalDate sentOn = issue ? null : today();
        // reg 10(3); HESC Rules r20 (docs/law.md s7): the appeal deadline derives from sentOn (Decision)
        decisions.save(new Decision(caseId, cmd.outcome(), cmd.decidedOn(), sentOn, by.username(), cmd.necessary(),
                null, null, null, reasons, clock.instant()));
        // reg 10(1): a decision not to issue is met on the day its notice is sent
        // reg 44; reg 45(3A): after an ordered assessment the order's 10 and 14 weeks are the limits met here
        milestone(caseId, c.inForce(TimeLimit.DECISION_NOT_TO_ISSUE)).done(issue ? cmd.decidedOn() : sentOn);
        timeline.record(caseId, CaseEventKind.DECISION, issue ? "Decided to issue an EHC plan" : "Decided not to issue an EHC plan", by.username());
        if (!issue) {
            c.close(CaseStage.NOT_ISSUED, cmd.decidedOn());
            milestone(caseId, c.inForce(TimeLimit.FINAL_PLAN)).done(sentOn);
        }
        process.decide(caseId, CaseSteps.DECIDE_WHETHER_TO_ISSUE_PLAN, cmd.outcome());
        refreshNextDue(c);
        return c;
    }

    // ---- 5. Draft plan (reg 12, 13(1)) ----

    @Audited("Draft plan written and served")
    public AssessmentCase writeDraftPlan(long caseId, Commands.WriteDraftPlan cmd, CurrentUser by) {
        AssessmentCase c = managedCase(caseId, by);
        expectStage(c, CaseStage.DRAFTING_PLAN);
        Map<PlanSectionName, String> sections = new EnumMap<>(PlanSectionName.class);
        orEmptyMap(cmd.sections()).forEach((k, v) -> sections.put(k, Checks.clean(v)));
        Checks checks = new Checks();
        // reg 12: B needs, E outcomes and F provision are the heart of the plan
        for (PlanSectionName required : List.of(PlanSectionName.B, PlanSectionName.E, PlanSectionName.F)) {
            checks.require(required.formKey(), sections.get(required), "Section " + required.name());
        }
        sections.forEach((k, v) -> checks.maxLength(k.formKey(), v, Checks.LONG_TEXT, "Section " + k.name()));
        // reg 13(1): the family's 15 days begin with the day the draft is served, and it is served
        // when it is recorded here and made available to them: today, never an earlier typed date
        LocalDate servedOn = today();
        checks.when(cmd.servedOn() != null && !cmd.servedOn().isEqual(servedOn), "servedOn",
                        "The draft is served on the day it is recorded and made available to the family: today ("
                                + uk.ehctracker.common.DateFormats.full(servedOn) + ")")
                .throwIfAny();
        sections.forEach((name, content) -> planSections.save(
                new PlanSection(caseId, PlanSection.PlanVersion.DRAFT, name, content, by.username(), servedOn)));
        c.draftServed(servedOn);
        milestones.save(Milestone.opened(c, TimeLimit.DRAFT_COMMENTS));
        // reg 44: an order to make a plan wanted the draft within 5 weeks: served today
        milestones.findFirstByCaseIdAndTimeLimitAndAdviceIdIsNullOrderByIdDesc(caseId, TimeLimit.ORDERED_DRAFT_PLAN)
                .ifPresent(m -> m.done(servedOn));
        timeline.record(caseId, CaseEventKind.PLAN, "Draft plan served", by.username());
        process.complete(caseId, CaseSteps.WRITE_DRAFT_PLAN);
        refreshNextDue(c);
        return c;
    }

    // ---- The family's response to the draft (reg 13(1); CFA s38, s49) ----

    @Audited("The family responded to the draft plan")
    public AssessmentCase commentOnDraft(long caseId, Commands.CommentOnDraft cmd, CurrentUser by) {
        AssessmentCase c = caseAtStep(caseId, CaseSteps.COMMENT_ON_DRAFT_PLAN, "The draft plan is not open for comments", by);
        String comments = Checks.clean(cmd.comments());
        String school = Checks.clean(cmd.requestedSchool());
        new Checks()
                .maxLength("comments", comments, Checks.LONG_TEXT, "Comments")
                .maxLength("requestedSchool", school, 200, "School asked for")
                .throwIfAny();
        // the school asked for, when the directory knows it (by URN, or by a name only one school has)
        uk.ehctracker.directory.School known = school == null ? null : directory.findSetting(school, "requestedSchool").orElse(null);
        school = known == null ? school : known.getName();
        c.familyResponded(comments, school, cmd.wantsMeeting(), cmd.wantsPersonalBudget(), today());
        milestone(caseId, TimeLimit.DRAFT_COMMENTS).done(today());
        timeline.record(caseId, CaseEventKind.FAMILY_RESPONSE, school == null
                ? "Family commented on the draft plan" : "Family commented on the draft plan and asked for " + school, by.username());
        if (school != null) {
            // CFA s39(2): the LA consults the school asked for straight away
            consultation.consult(c, school, known);
        }
        process.complete(caseId, CaseSteps.COMMENT_ON_DRAFT_PLAN);
        refreshNextDue(c);
        return c;
    }

    // ---- The meeting the family asked for about the draft (reg 13(1)(a)(ii)) ----

    @Audited("Meeting about the draft plan arranged")
    public AssessmentCase arrangeDraftPlanMeeting(long caseId, Commands.ArrangeDraftPlanMeeting cmd, CurrentUser by) {
        AssessmentCase c = managedCase(caseId, by);
        process.openStep(caseId, CaseSteps.ARRANGE_MEETING_TO_DISCUSS_DRAFT_PLAN)
                .orElseThrow(() -> new ConflictException("No meeting about the draft plan is waiting to be arranged"));
        new Checks()
                .require("meetingOn", cmd.meetingOn(), "Meeting on")
                .notBefore("meetingOn", cmd.meetingOn(), c.getDraftServedOn(), "Meeting on", "the day the draft was served")
                .throwIfAny();
        c.draftMeetingArranged(cmd.meetingOn());
        timeline.record(caseId, CaseEventKind.PLAN, "Meeting with the family about the draft plan arranged for "
                + uk.ehctracker.common.DateFormats.full(cmd.meetingOn()), by.username());
        process.complete(caseId, CaseSteps.ARRANGE_MEETING_TO_DISCUSS_DRAFT_PLAN);
        refreshNextDue(c);
        return c;
    }

    // ---- The family asked for no school: the LA chooses one and consults it (CFA s40(3)) ----

    @Audited("School or setting chosen and consulted (CFA s40(3))")
    public AssessmentCase chooseSettingToConsult(long caseId, Commands.ChooseSettingToConsult cmd, CurrentUser by) {
        AssessmentCase c = managedCase(caseId, by);
        expectStage(c, CaseStage.CHOOSING_SETTING);
        var setting = consultation.chosen(cmd.settingToConsult());
        boolean another = c.getConsultedSetting() != null;
        // CFA s40(3): consult before naming; never straight to the final plan
        consultation.consult(c, setting.getName(), setting);
        timeline.record(caseId, CaseEventKind.CONSULTATION, (another ? "Consulted another setting after a 'cannot meet the needs': "
                : "The family asked for no school: consulted ") + setting.getName() + " (s40(3))", by.username());
        process.complete(caseId, CaseSteps.CHOOSE_SETTING_TO_CONSULT);
        refreshNextDue(c);
        return c;
    }

    // ---- Consultation with the school asked for (CFA s39) or chosen (s40(3)) ----

    @Audited("The school consulted responded")
    public AssessmentCase respondToConsultation(long caseId, Commands.RespondToConsultation cmd, CurrentUser by) {
        AssessmentCase c = caseAtStep(caseId, CaseSteps.RESPOND_TO_CONSULTATION, "No consultation is open on this case", by);
        String response = Checks.clean(cmd.response());
        new Checks()
                .text("response", response, "Response")
                .require("respondedOn", cmd.respondedOn(), "Responded on")
                .notAfter("respondedOn", cmd.respondedOn(), today(), "Responded on", "today")
                .throwIfAny();
        c.consultationAnswered(cmd.canMeetNeeds(), response, cmd.respondedOn());
        milestone(caseId, TimeLimit.SCHOOL_CONSULTATION).done(cmd.respondedOn());
        timeline.record(caseId, CaseEventKind.CONSULTATION, cmd.canMeetNeeds()
                ? "The school says it can meet the child's needs" : "The school says it cannot meet the child's needs", by.username());
        if (cmd.canMeetNeeds()) {
            // the consultation is answered: the plan is being finalised, even while a meeting the family
            // asked for (reg 13(1)(a)(ii)) is still to come before it can be issued
            c.moveTo(CaseStage.FINALISING_PLAN);
        }
        // a "cannot" is not conclusive: the LA decides next whether to name it anyway or consult another
        process.complete(caseId, CaseSteps.RESPOND_TO_CONSULTATION);
        refreshNextDue(c);
        return c;
    }

    // ---- The setting said it cannot meet the needs: the LA decides (CFA s39(4)) ----

    @Audited("Decided to name the setting anyway or consult another")
    public AssessmentCase decideAfterConsultation(long caseId, Commands.DecideAfterConsultation cmd, CurrentUser by) {
        AssessmentCase c = caseAtStep(caseId, CaseSteps.DECIDE_AFTER_CONSULTATION,
                "No answer from a consulted setting is waiting for a decision", by);
        String reasons = Checks.clean(cmd.reasons());
        boolean another = cmd.decision() == AfterConsultation.CONSULT_ANOTHER;
        // CFA s39(4): the school the family asked for is not named only on one of the grounds it lists
        boolean notNamingTheRequested = another && c.consultingTheRequestedSchool();
        new Checks()
                .require("afterConsultation", cmd.decision(), "What to do")
                .text("reasons", reasons, "Reasons")
                .when(notNamingTheRequested && cmd.notNamingGround() == null, "notNamingGround",
                        "The family asked for " + c.getRequestedSchool() + ": it must be named unless one of the grounds in CFA s39(4) applies."
                                + " Choose the ground, or name it anyway")
                .when(!notNamingTheRequested && cmd.notNamingGround() != null, "notNamingGround",
                        "A CFA s39(4) ground is recorded only when the school the family asked for is not named")
                .throwIfAny();
        c.decidedAfterConsultation(cmd.decision(), cmd.notNamingGround(), reasons);
        timeline.record(caseId, CaseEventKind.CONSULTATION, another
                ? "Decided to consult another setting instead of " + c.getConsultedSetting()
                        + (notNamingTheRequested ? " (" + cmd.notNamingGround().label() + ")" : "")
                : "Decided to name " + c.getConsultedSetting() + " although it says it cannot meet the needs", by.username());
        if (!another) {
            c.moveTo(CaseStage.FINALISING_PLAN);
        }
        // consulting another goes back to choosing a setting, which opens a new consultation
        process.complete(caseId, CaseSteps.DECIDE_AFTER_CONSULTATION);
        refreshNextDue(c);
        return c;
    }

    // ---- 6. Final plan (reg 13(2), reg 14) ----

    @Audited("Final plan issued")
    public AssessmentCase issueFinalPlan(long caseId, Commands.IssueFinalPlan cmd, CurrentUser by) {
        AssessmentCase c = managedCase(caseId, by);
        expectStage(c, CaseStage.FINALISING_PLAN);
        String placement = Checks.clean(cmd.namedPlacement());
        Map<PlanSectionName, String> draft = new EnumMap<>(PlanSectionName.class);
        planSections.findByCaseIdAndPlanVersionOrderBySectionAsc(caseId, PlanSection.PlanVersion.DRAFT)
                .forEach(s -> draft.put(s.getSection(), Checks.clean(s.getContent())));
        // each section starts from the draft's text; a section not sent keeps it
        Map<PlanSectionName, String> sections = new EnumMap<>(draft);
        orEmptyMap(cmd.sections()).forEach((k, v) -> sections.put(k, Checks.clean(v)));
        // section I names the placement in the final plan only (the draft names no school; CFA s38, s39, s40)
        sections.put(PlanSectionName.I, placement);
        Map<PlanSectionName, String> changes = new EnumMap<>(PlanSectionName.class);
        orEmptyMap(cmd.changes()).forEach((k, v) -> changes.put(k, Checks.clean(v)));
        Checks checks = new Checks()
                .require("namedPlacement", placement, "Named school or other institution")
                .maxLength("namedPlacement", placement, 200, "Named school or other institution");
        if (placement != null && !cmd.namedPlacementIsTypeOnly()) {
            // CFA s39(3), s40(3): a school or setting is named only after it was consulted; CFA s40(2): a type needs no consultation
            String consulted = consultation.consultedNamed(c, placement);
            if (consulted == null) {
                checks.when(true, "namedPlacement", consultation.notConsulted(c, placement));
            } else {
                // section I names the setting as the directory does, also when it was chosen by its URN
                placement = consulted;
                sections.put(PlanSectionName.I, placement);
            }
        }
        // reg 12: B needs, E outcomes and F provision are the heart of the plan
        for (PlanSectionName required : List.of(PlanSectionName.B, PlanSectionName.E, PlanSectionName.F)) {
            checks.require(required.formKey(), sections.get(required), "Section " + required.name());
        }
        for (PlanSectionName name : PlanSectionName.values()) {
            checks.maxLength(name.formKey(), sections.get(name), Checks.LONG_TEXT, "Section " + name.name())
                    .maxLength(name.changeKey(), changes.get(name), Checks.LONG_TEXT, "What changed in section " + name.name());
            // reg 13(1): the family's comments are considered; a section changed from the draft says what changed and why
            checks.when(name != PlanSectionName.I && !Objects.equals(sections.get(name), draft.get(name)) && changes.get(name) == null,
                    name.changeKey(), "Say what changed in section " + name.name() + " from the draft, and why");
        }
        boolean budgetAsked = Boolean.TRUE.equals(c.getWantsPersonalBudget());
        boolean meetingAsked = Boolean.TRUE.equals(c.getWantsMeeting());
        checks
                // CFA s49(1): a personal budget the family asked for is prepared and set out in section J
                .when(budgetAsked && sections.get(PlanSectionName.J) == null, PlanSectionName.J.formKey(),
                        "The family asked for a personal budget (CFA s49): section J must set out the budget, or why it cannot be agreed")
                .require("issuedOn", cmd.issuedOn(), "Issued on")
                .notAfter("issuedOn", cmd.issuedOn(), today(), "Issued on", "today")
                .notBefore("issuedOn", cmd.issuedOn(), c.getDraftServedOn(), "Issued on", "the day the draft was served")
                // reg 13(1)(a)(ii): the meeting the family asked for comes before the final plan
                .when(meetingAsked && c.getDraftMeetingOn() == null, "issuedOn",
                        "The family asked for a meeting about the draft plan: arrange it before issuing the final plan")
                .notBefore("issuedOn", cmd.issuedOn(), meetingAsked ? c.getDraftMeetingOn() : null, "Issued on",
                        "the meeting with the family about the draft plan")
                .throwIfAny();
        // a section left empty is not part of the plan, unless the note says why it was emptied
        sections.forEach((name, content) -> {
            if (content != null || changes.get(name) != null) {
                planSections.save(PlanSection.finalSection(caseId, name, content, changes.get(name), by.username(), cmd.issuedOn()));
            }
        });
        // reg 13(2): the final plan is to be SENT within 20 weeks; the system sends it today, and
        // its appeal deadline (reg 14; HESC Rules r20) runs from that day
        LocalDate sentOn = today();
        c.finalPlanIssued(placement, cmd.namedPlacementIsTypeOnly(), cmd.issuedOn(), sentOn);
        c.getChild().setSenStatus(SenStatus.EHC_PLAN);
        milestone(caseId, c.inForce(TimeLimit.FINAL_PLAN)).done(sentOn);
        timeline.record(caseId, CaseEventKind.PLAN, "Final EHC plan issued naming " + (cmd.namedPlacementIsTypeOnly() ? "a type of school: " : "") + placement, by.username());
        process.complete(caseId, CaseSteps.ISSUE_FINAL_PLAN);
        // docs/law.md s1: the plan replaces SEN support (census code E, not K); support ends it
        events.publishEvent(new FinalPlanIssued(caseId, c.reference(), c.getChild().getId(), sentOn, cmd.issuedOn()));
        refreshNextDue(c);
        return c;
    }

    // ---- A plan made before the tracker (docs/architecture.md, decisions) ----

    /**
     * The case record of a plan the LA made before the tracker: closed with its plan issued on the
     * plan's date, no assessment process, no milestones (its 20 weeks are not the tracker's to
     * count). Section B names the primary need, section I the setting. Called by the existing-plans
     * feature, which checks access, audits and starts the plan's review; refused if the child already
     * has an open case or a plan here.
     */
    public AssessmentCase recordExistingPlan(Commands.ExistingPlan cmd, String recordedBy) {
        Child child = directory.findChildForUpdate(cmd.childId()).orElseThrow(() -> new NotFoundException("Child"));
        for (AssessmentCase other : cases.findByChildIdOrderByReceivedOnDesc(child.getId())) {
            if (!other.getStage().isClosed() || other.getStage() == CaseStage.PLAN_ISSUED) {
                throw new ConflictException(child.getFullName() + " already has " + (other.getStage() == CaseStage.PLAN_ISSUED
                        ? "an EHC plan" : "an open request") + " on the tracker (" + other.reference() + ")");
            }
        }
        AssessmentCase c = cases.save(AssessmentCase.existingPlan(child, cmd.planDate(), cmd.importRef(), cmd.primaryNeed(),
                cmd.namedPlacement(), recordedBy, clock.instant()));
        planSections.save(PlanSection.finalSection(c.getId(), PlanSectionName.B, cmd.needWords(), null, recordedBy, cmd.planDate()));
        planSections.save(PlanSection.finalSection(c.getId(), PlanSectionName.I, cmd.namedPlacement(), null, recordedBy, cmd.planDate()));
        child.setSenStatus(SenStatus.EHC_PLAN);
        timeline.record(c.getId(), CaseEventKind.PLAN, "EHC plan of " + uk.ehctracker.common.DateFormats.full(cmd.planDate()) + " recorded from the council's records (made before the tracker)",
                recordedBy);
        events.publishEvent(new ExistingPlanRecorded(c.getId(), c.reference(), child.getId(), cmd.planDate(), StatutoryClock.today(clock)));
        return c;
    }

    // ---- A plan moved to another LA (CFA s47; reg 15) ----

    /**
     * reg 15(3)(a): from the day of the transfer the plan is treated as made by the new LA on its
     * original date and maintained by it. The case with the plan, and the child's record, become the
     * new LA's, so its staff see them and the old LA's do not (docs/decisions/0010). The child's
     * other cases (an earlier request refused, say) stay the old LA's records. Called by the transfer
     * feature, which checks access, audits and keeps the old LA's trace.
     */
    public AssessmentCase planTransferred(long caseId, long newLaId, LocalDate transferredOn, String actor) {
        AssessmentCase c = cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case"));
        LocalAuthority from = c.getLocalAuthority();
        LocalAuthority to = directory.findLocalAuthority(newLaId).orElseThrow(() -> new NotFoundException("Council"));
        Child child = directory.findChildForUpdate(c.getChild().getId()).orElseThrow(() -> new NotFoundException("Child"));
        c.transferredTo(to);
        child.transferredTo(to);
        timeline.record(caseId, CaseEventKind.PLAN, "EHC plan transferred from " + from.getName() + " to " + to.getName() + " on "
                + uk.ehctracker.common.DateFormats.full(transferredOn) + " (reg 15)", actor);
        return c;
    }

    // ---- Exceptions to the time limits (reg 5(4), 8(2), 10(4), 13(3)) ----

    @Audited("Exception to a time limit recorded")
    public TimeLimitException recordException(long caseId, Commands.RecordException cmd, CurrentUser by) {
        AssessmentCase c = managedCase(caseId, by);
        String note = Checks.clean(cmd.note());
        new Checks()
                .require("limit", cmd.limit(), "Time limit")
                .require("reason", cmd.reason(), "Reason")
                .require("from", cmd.from(), "From")
                // docs/law.md s4: the period runs from "from" to "to" (or is still open)
                .notBefore("to", cmd.to(), cmd.from(), "To", "the day it began")
                .text("note", note, "Note")
                .maxLength("note", note, 2000, "Note")
                .when(cmd.reason() != null && cmd.reason().historicOnly(), "reason",
                        "This exception applied only during the coronavirus period and is accepted on imported records only")
                .throwIfAny();
        RecordedException recorded;
        try {
            recorded = new RecordedException(cmd.limit(), cmd.reason(), cmd.from(), cmd.to());
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("reason", e.getMessage());
        }
        if (c.getStage().isClosed()) {
            throw new ConflictException("This case is closed");
        }
        // reg 5(4), 8(2), 10(4), 13(3); docs/law.md s0 item 7: it excuses a limit not yet met,
        // and only if its period overlaps the period that limit runs
        refusal(c, recorded).ifPresent(r -> {
            throw BadInputException.of(r.field(), r.message());
        });
        TimeLimitException saved = exceptions.save(new TimeLimitException(caseId, recorded, note, by.username(), today()));
        // an exception can take a plan out of the 20-week figure (reg 13(3)): the case's kept timing follows it
        refreshNextDue(c);
        timeline.record(caseId, CaseEventKind.EXCEPTION, "Exception recorded for " + cmd.limit().label() + ": " + cmd.reason().name(), by.username());
        // the family is told when the LA relies on an exception (docs/law.md s4; practice, not a statutory notice)
        notices.send(caseId, NoticeType.EXCEPTION_APPLIED);
        return saved;
    }

    /** Why the exception cannot excuse its limit on this case, if it cannot. */
    private java.util.Optional<RecordedException.Refusal> refusal(AssessmentCase c, RecordedException e) {
        if (e.limit() == TimeLimit.ADVICE) {
            // reg 8(1), 8(2): each adviser's 6 weeks run from the day they were asked; the
            // exception must fall within the period of at least one adviser's limit
            List<AdviceRequest> asked = adviceRequests.findByCaseIdOrderByIdAsc(c.getId());
            if (asked.isEmpty()) {
                return java.util.Optional.of(new RecordedException.Refusal("limit",
                        "No advice has been asked for on this case yet"));
            }
            java.util.Optional<RecordedException.Refusal> last = java.util.Optional.empty();
            for (AdviceRequest a : asked) {
                last = e.refusal(a.getRequestedOn(), a.getDueOn(), a.isOpen() ? null : a.getGivenOn());
                if (last.isEmpty()) {
                    return last;
                }
            }
            return last;
        }
        // reg 5(1), 10(1), 13(2): these limits run from the day the LA received the request
        LocalDate doneOn = milestones.findFirstByCaseIdAndTimeLimitAndAdviceIdIsNullOrderByIdDesc(c.getId(), e.limit())
                .map(Milestone::getDoneOn).orElse(null);
        return e.refusal(c.getReceivedOn(), c.dueDate(e.limit()), doneOn);
    }

    // ---- An order of the Tribunal, or a concession, re-enters the assessment (reg 44; reg 45) ----

    /**
     * reg 44; reg 45: the Tribunal ordered the LA (or the LA conceded) to assess, to make a plan or
     * to amend the plan. The case opens again at that step with the order's limits, counted from
     * {@code on}, in place of the request's (milestones opened from {@link AssessmentCase#dueDate},
     * the one source), and the assessment model starts again at its "ordered by the Tribunal"
     * start event. Part of the disagreement's command that recorded the outcome (audited there),
     * in its transaction.
     */
    public AssessmentCase reenterByOrder(long caseId, OrderKind kind, LocalDate on, boolean conceded) {
        cases.lock(caseId);
        AssessmentCase c = cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case"));
        CaseStage from = switch (kind) {
            case ASSESS -> CaseStage.NOT_ASSESSED;
            case MAKE_PLAN -> CaseStage.NOT_ISSUED;
            case AMEND_PLAN, NAME_SETTING -> CaseStage.PLAN_ISSUED;
        };
        if (c.getStage() != from || process.isRunning(caseId)) {
            throw new ConflictException("The case is at \"" + c.getStage().staffLabel() + "\": the order cannot re-enter it");
        }
        if (cases.existsByChildIdAndStageNotIn(c.getChild().getId(), closedStages())) {
            throw new ConflictException("There is already an open request for " + c.getChild().getFirstName());
        }
        c.ordered(kind, on, conceded, switch (kind) {
            case ASSESS -> CaseStage.GATHERING_ADVICE;
            case MAKE_PLAN -> CaseStage.DRAFTING_PLAN;
            case AMEND_PLAN, NAME_SETTING -> CaseStage.AMENDING_PLAN;
        });
        for (TimeLimit limit : Disagreement.limits(kind)) {
            milestones.save(Milestone.opened(c, limit));
        }
        LocalDate today = today();
        if (kind == OrderKind.ASSESS) {
            // reg 44; reg 45(3): the model's first step sends the family the notice now, in this transaction
            milestone(caseId, TimeLimit.ORDERED_NOTICE_TO_ASSESS).done(today);
            // reg 6(1), reg 8(1): the advisers are asked today, as after a decision to assess
            boolean sensory = recordedNeeds.stream().anyMatch(n -> n.hasSensoryImpairment(c.getChild().getId()));
            for (AdviceKind adviser : AdviceKinds.required(c.getChild(), today, Set.of(), sensory)) {
                AdviceRequest advice = adviceRequests.save(new AdviceRequest(c.getId(), adviser, today));
                milestones.save(Milestone.opened(advice));
            }
        }
        timeline.record(caseId, CaseEventKind.DECISION, orderedWords(c) + ": " + Disagreement.steps(kind, on).stream()
                .map(s -> s.what().toLowerCase(java.util.Locale.UK) + " by " + uk.ehctracker.common.DateFormats.full(s.due()))
                .collect(java.util.stream.Collectors.joining("; ")), null);
        String la = c.getLocalAuthority().getCode();
        process.reenter(new CaseProcess.Routing(caseId, CandidateGroups.caseworkers(la), CandidateGroups.managers(la),
                CandidateGroups.family(c.getChild().getFamily().getId())), kind);
        refreshNextDue(c);
        return c;
    }

    /** "Ordered by the Tribunal on ..." or "The council conceded the appeal on ...": what the case page and the letter say. */
    public static String orderedWords(AssessmentCase c) {
        return (c.isOrderConceded() ? "The council conceded the appeal on " : "Ordered by the Tribunal on ")
                + uk.ehctracker.common.DateFormats.full(c.getOrderedOn());
    }

    /**
     * reg 44; reg 45(4): the amended plan the order (or the concession) required was issued on
     * {@code issuedOn}; the case is closed again with its plan, and the disagreement that led to
     * it hears of it ({@link AmendedPlanIssued}).
     */
    @Audited("Amended plan issued")
    public AssessmentCase issueAmendedPlan(long caseId, LocalDate issuedOn, CurrentUser by) {
        AssessmentCase c = managedCase(caseId, by);
        new Checks().require("issuedOn", issuedOn, "Issued on")
                .notAfter("issuedOn", issuedOn, today(), "Issued on", "today")
                .notBefore("issuedOn", issuedOn, c.getOrderedOn(), "Issued on", "the day of the order")
                .throwIfAny();
        expectStage(c, CaseStage.AMENDING_PLAN);
        LocalDate on = issuedOn;
        milestone(caseId, c.inForce(TimeLimit.ORDERED_AMENDED_PLAN)).done(on);
        c.close(CaseStage.PLAN_ISSUED, on);
        timeline.record(caseId, CaseEventKind.PLAN, "Amended EHC plan issued, as ordered", by.username());
        process.complete(caseId, CaseSteps.ISSUE_AMENDED_PLAN);
        events.publishEvent(new AmendedPlanIssued(caseId, on));
        refreshNextDue(c);
        return c;
    }

    // ---- Withdrawal, at any stage ----

    @Audited("Request withdrawn")
    public AssessmentCase withdraw(long caseId, Commands.Withdraw cmd, CurrentUser by) {
        AssessmentCase c = caseForCommand(caseId, by);
        boolean family = by.role() == Role.PARENT;
        if (!family && !access.mayManageCase(by, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        if (c.getStage().isClosed()) {
            throw new ConflictException("This case is already closed");
        }
        String reason = Checks.clean(cmd.reason());
        new Checks().text("reason", reason, "Reason").maxLength("reason", reason, 2000, "Reason").throwIfAny();
        c.withdraw(reason, today());
        timeline.record(caseId, CaseEventKind.WITHDRAWN, "Request withdrawn: " + reason, by.username());
        process.withdraw(caseId);
        refreshNextDue(c);
        return c;
    }

    /** A caseworker takes a case as theirs (or hands it to a colleague in the same LA). */
    @Audited("Case assigned")
    public AssessmentCase assign(long caseId, String username, CurrentUser by) {
        AssessmentCase c = managedCase(caseId, by);
        var assignee = directory.findUser(username)
                .filter(u -> u.getRole() == Role.LA_CASEWORKER || u.getRole() == Role.LA_MANAGER)
                .filter(u -> u.getLocalAuthority() != null && u.getLocalAuthority().getId().equals(c.getLocalAuthority().getId()))
                .orElseThrow(() -> BadInputException.of("assignee", "Choose a caseworker of this local authority"));
        c.assignTo(assignee.getUsername());
        timeline.record(caseId, CaseEventKind.ASSIGNED, "Assigned to " + assignee.getDisplayName(), by.username());
        refreshNextDue(c);
        return c;
    }

    /** A manager's note on a missed deadline: what was done about it. */
    @Audited("Missed deadline reviewed")
    public AssessmentCase reviewMissedDeadline(long caseId, String actionTaken, CurrentUser by) {
        AssessmentCase c = managedCase(caseId, by);
        String text = Checks.clean(actionTaken);
        new Checks().text("actionTaken", text, "Action taken").throwIfAny();
        timeline.record(c.getId(), CaseEventKind.NOTE, "Missed deadline reviewed: " + text, by.username());
        return c;
    }

    /** A case the person may see (for screens that start from a task). */
    @Transactional(readOnly = true)
    public AssessmentCase visibleCase(long caseId, CurrentUser by) {
        return queries.visibleCase(caseId, by);
    }

    /** The process reached a step: the case shows it (called as each user task is created). */
    public void reachedStage(long caseId, CaseStage stage) {
        AssessmentCase c = cases.findById(caseId).orElseThrow(() -> new NotFoundException("Case"));
        if (c.getStage().isClosed()) {
            return;
        }
        c.moveTo(stage);
    }

    // ---- helpers ----

    private AssessmentCase caseForCommand(long caseId, CurrentUser by) {
        return queries.caseForCommand(caseId, by);
    }

    /** An advice request a command changes, read after its case is locked (see {@link AssessmentQueries#caseForCommand}). */
    private AdviceRequest adviceForCommand(long adviceRequestId) {
        cases.lock(adviceRequests.caseIdOf(adviceRequestId).orElseThrow(() -> new NotFoundException("Advice request")));
        return adviceRequests.findById(adviceRequestId).orElseThrow(() -> new NotFoundException("Advice request"));
    }

    /**
     * A case waiting at a step someone outside the LA may complete (the family's comments, the
     * school's response): its candidates, or LA staff recording what reached them on paper.
     */
    private AssessmentCase caseAtStep(long caseId, String step, String notOpen, CurrentUser by) {
        AssessmentCase c = caseForCommand(caseId, by);
        var task = process.openStep(caseId, step).orElseThrow(() -> new ConflictException(notOpen));
        if (!access.mayActOn(by, task.candidateGroups(), c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        return c;
    }

    private AssessmentCase managedCase(long caseId, CurrentUser by) {
        AssessmentCase c = caseForCommand(caseId, by);
        if (!access.mayManageCase(by, c.getLocalAuthority().getId())) {
            throw new NotFoundException("Case");
        }
        return c;
    }

    /** Keeps the case's nearest open date in step with its milestones (work lists sort by it). */
    private void refreshNextDue(AssessmentCase c) {
        milestones.refreshNextDue(c);
    }

    private static void expectStage(AssessmentCase c, CaseStage expected) {
        if (c.getStage() != expected) {
            throw new ConflictException("This case is at \"" + c.getStage().staffLabel() + "\", not \"" + expected.staffLabel() + "\"");
        }
    }

    private Milestone milestone(long caseId, TimeLimit limit) {
        return milestones.findFirstByCaseIdAndTimeLimitAndAdviceIdIsNullOrderByIdDesc(caseId, limit)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no milestone " + limit));
    }

    private Milestone adviceMilestone(AdviceRequest advice) {
        return milestones.findByAdviceId(advice.getId())
                .orElseThrow(() -> new IllegalStateException("Advice " + advice.getId() + " has no milestone"));
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }

    private static <K, V> Map<K, V> orEmptyMap(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
