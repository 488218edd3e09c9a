package uk.ehctracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AdviceRequest;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.FamilyViewsService;
import uk.ehctracker.assessment.PlanSectionName;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.directory.Child;
import uk.ehctracker.documents.DocumentService;
import uk.ehctracker.documents.SampleFiles;
import uk.ehctracker.lasettings.LaContacts;
import uk.ehctracker.referral.Referral;
import uk.ehctracker.referral.Referrals;
import uk.ehctracker.referral.FamilyRequests;
import uk.ehctracker.statutory.ExceptionReason;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.support.ReviewOutcome;
import uk.ehctracker.support.SenSupportService;
import uk.ehctracker.support.SpecialistKind;
import uk.ehctracker.support.SupportCommands;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.workflow.TaskSummary;
import uk.ehctracker.workflow.UserTasks;

/**
 * Every command of the application layer writes exactly one audit entry, and the list of
 * commands is found, not typed: each {@link Audited} method of every service in the context must
 * be driven here once, so a new command without a line below fails this test.
 */
@ApplicationTest
class EveryCommandIsAuditedTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestPeople people;
    @Autowired Clock clock;
    @Autowired AssessmentService assessments;
    @Autowired AssessmentQueries queries;
    @Autowired UserTasks tasks;
    @Autowired SenSupportService support;
    @Autowired Referrals referrals;
    @Autowired FamilyRequests familyRequests;
    @Autowired DocumentService documents;
    @Autowired LaContacts contacts;
    @Autowired FamilyViewsService familyViews;
    @Autowired uk.ehctracker.assessment.MediationCertificateService mediationCertificates;
    @Autowired uk.ehctracker.calendar.EnglandCalendar calendar;
    @Autowired uk.ehctracker.assessment.YoungPersonsWishesService youngPersonsWishes;
    @Autowired uk.ehctracker.accounts.Accounts accounts;
    @Autowired uk.ehctracker.disagreement.DisagreementService disagreements;
    @Autowired uk.ehctracker.complaint.ComplaintService complaints;
    @Autowired uk.ehctracker.review.ReviewService reviews;
    @Autowired uk.ehctracker.cessation.CeaseService cessations;
    @Autowired uk.ehctracker.existingplans.ExistingPlans existingPlans;
    @Autowired uk.ehctracker.transfer.TransferService transfers;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired org.camunda.bpm.engine.ManagementService management;

    private final Set<String> driven = new HashSet<>();

    @Test
    void eachCommandWritesOneEntry_whoeverCallsIt() {
        CurrentUser caseworker = people.user("caseworker");
        CurrentUser manager = people.user("manager");
        CurrentUser parent = people.user("parent");
        CurrentUser senco = people.user("senco");
        LocalDate today = StatutoryClock.today(clock);

        // a case through every step: request, decision (through its task's form), advice, plan
        AssessmentCase c = once("FamilyRequests.request", "Request for an EHC needs assessment recorded",
                () -> familyRequests.request(newChild().getId(), "Reading has not moved in two years.", parent));
        TaskSummary decide = task(c, CaseSteps.DECIDE_WHETHER_TO_ASSESS, "caseworker");
        once("UserTasks.claim", "Task taken", () -> tasks.claim(decide.id(), caseworker));
        once("UserTasks.release", "Task handed back to the team", () -> tasks.release(decide.id(), caseworker));
        once("UserTasks.complete", "Decided whether to assess", () -> tasks.complete(decide.id(), Map.of(
                "assessDecision", "ASSESS", "mayHaveSen", true, "mayNeedPlan", true,
                "evidenceWeighed", List.of("ATTAINMENT_AND_PROGRESS"), "reasons", "Well below expectations.",
                "decidedOn", today.toString()), caseworker));
        driven.add("AssessmentService.decideWhetherToAssess");
        List<AdviceRequest> advice = queries.advice(c.getId(), caseworker);
        once("AssessmentService.waiveAdvice", "Advice not sought again (reg 6(4))", () -> assessments.waiveAdvice(
                new Commands.WaiveAdvice(advice.get(0).getId(), "The school's recent advice is agreed sufficient."), caseworker));
        for (AdviceRequest a : advice.subList(1, advice.size())) {
            once("AssessmentService.giveAdvice", "Advice given", () -> assessments.giveAdvice(
                    new Commands.GiveAdvice(a.getId(), "Needs support with reading.", today), adviser(a.getKind())));
        }
        once("AssessmentService.decideWhetherToIssue", "Decided whether to issue a plan", () -> assessments.decideWhetherToIssue(
                c.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.ISSUE, true, "Beyond the school's means.", today),
                caseworker));
        Map<PlanSectionName, String> draft = new EnumMap<>(PlanSectionName.class);
        draft.put(PlanSectionName.B, "Specific learning difficulty.");
        draft.put(PlanSectionName.E, "Reads independently.");
        draft.put(PlanSectionName.F, "Daily phonics, 1:1.");
        once("AssessmentService.writeDraftPlan", "Draft plan written and served", () -> assessments.writeDraftPlan(c.getId(),
                new Commands.WriteDraftPlan(draft, today), caseworker));
        once("AssessmentService.commentOnDraft", "The family responded to the draft plan", () -> assessments.commentOnDraft(
                c.getId(), new Commands.CommentOnDraft("Thank you.", null, true, false), parent));
        once("AssessmentService.chooseSettingToConsult", "School or setting chosen and consulted (CFA s40(3))",
                () -> assessments.chooseSettingToConsult(c.getId(), new Commands.ChooseSettingToConsult("Hillcrest Academy"), caseworker));
        once("AssessmentService.respondToConsultation", "The school consulted responded", () -> assessments.respondToConsultation(
                c.getId(), new Commands.RespondToConsultation(false, "We cannot meet the needs.", today), caseworker));
        once("AssessmentService.decideAfterConsultation", "Decided to name the setting anyway or consult another",
                () -> assessments.decideAfterConsultation(c.getId(), new Commands.DecideAfterConsultation(
                        uk.ehctracker.assessment.AfterConsultation.NAME_ANYWAY, null, "We can fund the provision there."), caseworker));
        once("AssessmentService.arrangeDraftPlanMeeting", "Meeting about the draft plan arranged",
                () -> assessments.arrangeDraftPlanMeeting(c.getId(), new Commands.ArrangeDraftPlanMeeting(today), caseworker));
        once("AssessmentService.issueFinalPlan", "Final plan issued", () -> assessments.issueFinalPlan(c.getId(),
                new Commands.IssueFinalPlan("Hillcrest Academy", today), caseworker));

        // the commands on any open case, and a document on it
        AssessmentCase other = once("AssessmentService.submitRequest", "Request for an EHC needs assessment recorded",
                () -> assessments.submitRequest(new Commands.NewRequest(newChild().getId(), RequestedBy.PARENT, null,
                        "Not making progress.", null, null), parent));
        once("AssessmentService.assign", "Case assigned", () -> assessments.assign(other.getId(), "caseworker", caseworker));
        once("AssessmentService.recordException", "Exception to a time limit recorded", () -> assessments.recordException(
                other.getId(), new Commands.RecordException(TimeLimit.DECISION_TO_ASSESS,
                        ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, today, null, "Family bereavement."), caseworker));
        once("AssessmentService.reviewMissedDeadline", "Missed deadline reviewed",
                () -> assessments.reviewMissedDeadline(other.getId(), "Spoke to the team about cover.", manager));
        once("FamilyViewsService.giveFamilyViews", "The family's views received", () -> familyViews.giveFamilyViews(other.getId(),
                new Commands.GiveFamilyViews("She loves drawing.", null, null, null, null, List.of()), parent));
        var document = once("DocumentService.store", "Document uploaded",
                () -> documents.store(other.getId(), "report.pdf", SampleFiles.pdf(), "School report", caseworker));
        once("DocumentService.get", "Document read", () -> documents.get(other.getId(), document.getId(), caseworker));
        once("AssessmentService.withdraw", "Request withdrawn",
                () -> assessments.withdraw(other.getId(), new Commands.Withdraw("The family moved away."), parent));

        // a refusal, and the family's mediation certificate on it (CFA s55)
        AssessmentCase refused = assessments.submitRequest(new Commands.NewRequest(newChild().getId(), RequestedBy.PARENT, null,
                "Slow progress.", null, null), parent);
        assessments.decideWhetherToAssess(refused.getId(), new Commands.DecideWhetherToAssess(DecisionOutcome.DO_NOT_ASSESS, false,
                false, java.util.Set.of("ATTAINMENT_AND_PROGRESS"), java.util.Set.of(), "Support is working.", today), caseworker);
        once("MediationCertificateService.record", "Mediation certificate recorded",
                () -> mediationCertificates.record(refused.getId(), today, parent));

        // a disagreement with another refusal, every step to the order (CFA s51(2); reg 44)
        AssessmentCase disputed = assessments.submitRequest(new Commands.NewRequest(newChild().getId(), RequestedBy.PARENT, null,
                "Slow progress.", null, null), parent);
        assessments.decideWhetherToAssess(disputed.getId(), new Commands.DecideWhetherToAssess(DecisionOutcome.DO_NOT_ASSESS, false,
                false, java.util.Set.of("ATTAINMENT_AND_PROGRESS"), java.util.Set.of(), "Support is working.", today), caseworker);
        long d = disputed.getId();
        once("DisagreementService.start", "Disagreement recorded",
                () -> disagreements.start(d, uk.ehctracker.disagreement.DecisionDisagreed.NOT_TO_ASSESS, parent));
        once("DisagreementService.recordAdviserContact", "Mediation adviser contact recorded",
                () -> disagreements.recordAdviserContact(d, today, true, parent));
        once("DisagreementService.recordMediationHeld", "Mediation recorded", () -> disagreements.recordMediationHeld(d, today, caseworker));
        once("DisagreementService.recordCertificate", "Mediation certificate recorded",
                () -> disagreements.recordCertificate(d, today, caseworker));
        once("DisagreementService.registerAppeal", "Appeal recorded",
                () -> disagreements.registerAppeal(d, today, today.plusDays(28), null, parent));
        once("DisagreementService.recordResponse", "Response to the appeal recorded",
                () -> disagreements.recordResponse(d, today, caseworker));
        once("DisagreementService.recordOutcome", "Appeal outcome recorded",
                () -> disagreements.recordOutcome(d, uk.ehctracker.disagreement.TribunalOutcome.ORDERED, today, caseworker));
        // a concession about the plan's placement waits for the amended plan (reg 45(4)), recorded
        // on the disagreement or on the case's own task: either way, once, as the plan issued
        long planned = concededPlacement(parent, caseworker, today);
        once("DisagreementService.recordOrderFirstStep", "Amended plan issued",
                () -> disagreements.recordOrderFirstStep(planned, today, caseworker));
        long plannedToo = concededPlacement(parent, caseworker, today);
        once("AssessmentService.issueAmendedPlan", "Amended plan issued",
                () -> assessments.issueAmendedPlan(plannedToo, today, caseworker));
        // an appeal the family recorded without the Tribunal's response date: the council adds it
        long undated = new uk.ehctracker.ui.UiCases(context).planIssued().getId();
        disagreements.start(undated, uk.ehctracker.disagreement.DecisionDisagreed.PLACEMENT_ONLY, parent);
        disagreements.registerAppeal(undated, today, null, null, parent);
        once("DisagreementService.recordResponseDue", "Response date recorded",
                () -> disagreements.recordResponseDue(undated, today.plusDays(28), caseworker));

        // the annual review of a plan made 90 days ago, every step to the amended plan (CFA s44; regs 20, 22)
        long reviewed = new uk.ehctracker.ui.UiCases(context).planIssuedOn(today.minusDays(90), today.minusYears(8)).getId();
        reviewTimerFires(reviewed, "reviewWindowOpens");
        // reg 19(a), reg 20(4): the family's views before the meeting, from their page
        once("ReviewService.giveViewsForReview", "Views for the review sent", () -> reviews.giveViewsForReview(reviewed,
                new uk.ehctracker.review.FamilyViews("Reading is going well.", null, null, null), parent));
        once("ReviewService.arrangeMeeting", "Review meeting arranged",
                () -> reviews.arrangeMeeting(reviewed, today.minusDays(60), today.minusDays(80), senco));
        once("ReviewService.recordAdviceCirculated", "Review advice sent",
                () -> reviews.recordAdviceCirculated(reviewed, today.minusDays(74), senco));
        once("ReviewService.recordMeetingHeld", "Review meeting held", () -> reviews.recordMeetingHeld(reviewed, today.minusDays(60), senco));
        once("ReviewService.recordReportSent", "Review report sent", () -> reviews.recordReportSent(reviewed, today.minusDays(55), senco));
        // reg 22(2): the proposed amendments are sent the day the decision is recorded, and the family comments within their 15 days
        uk.ehctracker.common.ClockTravel travel = context.getBean(uk.ehctracker.common.ClockTravel.class);
        travel.to(today.minusDays(50));
        try {
            once("ReviewService.decide", "Review decided", () -> reviews.decide(reviewed, uk.ehctracker.review.ReviewOutcome.AMEND,
                    today.minusDays(50), "Section F: speech and language therapy weekly.", caseworker));
        } finally {
            travel.back();
        }
        travel.to(today.minusDays(45));
        try {
            once("ReviewService.recordFamilyComments", "Comments on the proposed amendments sent",
                    () -> reviews.recordFamilyComments(reviewed, "We agree.", parent));
        } finally {
            travel.back();
        }
        reviewTimerFires(reviewed, "amendmentCommentsClose");
        once("ReviewService.issueAmendedPlan", "Amended plan issued",
                () -> reviews.issueAmendedPlan(reviewed, today.minusDays(30), caseworker));

        // ceasing a plan, proposed outside a review (CFA s45; reg 31)
        long ceasing = new uk.ehctracker.ui.UiCases(context).planIssuedOn(today.minusDays(90), today.minusYears(8)).getId();
        once("CeaseService.propose", "Ceasing the plan proposed", () -> cessations.propose(ceasing, "Needs met.", caseworker));
        once("CeaseService.recordConsultation", "Ceasing: consultation recorded",
                () -> cessations.recordConsultation(ceasing, today, today, caseworker));
        // reg 31(1)(b): the family's own views, from their page
        once("CeaseService.giveFamilyViews", "Ceasing: the family's views sent",
                () -> cessations.giveFamilyViews(ceasing, "Please keep the plan.", parent));
        once("CeaseService.recordResponse", "Ceasing: views recorded", () -> cessations.recordResponse(ceasing,
                uk.ehctracker.cessation.CeaseService.Respondent.FAMILY, "We agree.", today, caseworker));
        cessations.recordResponse(ceasing, uk.ehctracker.cessation.CeaseService.Respondent.SETTING, "We agree.", today, caseworker);
        once("CeaseService.decide", "Ceasing decided", () -> cessations.decide(ceasing, true, today,
                uk.ehctracker.cessation.CeaseReason.NEEDS_MET_WITHOUT_PLAN, "Needs met.", today, caseworker));

        // a plan moving to another council (CFA s47; reg 15): the move, the transfer, the family told by the new council
        long moving = new uk.ehctracker.ui.UiCases(context).planIssuedOn(today.minusDays(90), today.minusYears(8)).getId();
        CurrentUser southvale = people.user("caseworker2");
        once("TransferService.recordMove", "Move to another council recorded",
                () -> transfers.recordMove(moving, southvale.laId(), today, today, caseworker));
        once("TransferService.recordTransferred", "Plan transferred to the new council",
                () -> transfers.recordTransferred(moving, today, caseworker));
        once("TransferService.recordFamilyTold", "Family told of the transfer",
                () -> transfers.recordFamilyTold(moving, today, false, today.plusMonths(3), southvale));

        // a young person's say over who is sent their letters (CFA s80)
        AssessmentCase youngPersons = assessments.submitRequest(new Commands.NewRequest(
                people.newChildOfParent(today.minusYears(17)).getId(), RequestedBy.PARENT, null, "College is too hard.", null, null), parent);
        once("YoungPersonsWishesService.record", "Young person's wishes about their notices recorded", () -> youngPersonsWishes.record(
                youngPersons.getId(), new Commands.YoungPersonsWishes(null, true, null, null), caseworker));

        // a child brought to the LA's attention: recorded, then treated as a request or not
        Referral told = once("Referrals.record", "Child brought to the LA's attention recorded",
                () -> referrals.record(new Referrals.NewReferral(newChild().getId(), "Dr Patel", "GP", today, "Speech delay."), caseworker));
        once("Referrals.treatAsRequest", "Request for an EHC needs assessment recorded",
                () -> referrals.treatAsRequest(told.getId(), today, caseworker));
        Referral declined = referrals.record(new Referrals.NewReferral(newChild().getId(), "Ms Jones", "Health visitor",
                today, "Late walking."), caseworker);
        once("Referrals.decline", "Referral not treated as a request",
                () -> referrals.decline(declined.getId(), today, "Needs met by the school's SEN support.", caseworker));

        // the LA's own settings
        once("LaContacts.update", "LA contacts changed", () -> contacts.update(contacts.of(manager), manager));
        // the national calendar: a proclaimed bank holiday (a far year, so no other test meets it)
        once("EnglandCalendar.record", "Bank holiday change recorded", () -> calendar.record(
                java.time.LocalDate.of(2190 + new java.util.Random().nextInt(9), 6, 1)
                        .with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.WEDNESDAY)), true, "A jubilee", people.user("admin")));

        // accounts: an admin's for staff, LA staff's invitation for a family
        CurrentUser admin = people.user("admin");
        String staffName = "audited" + System.nanoTime() % 1_000_000;
        var staff = once("Accounts.create", "Account created", () -> accounts.create(new uk.ehctracker.accounts.Accounts.NewAccount(
                staffName, "Kim Lee", staffName + "@example.org", uk.ehctracker.directory.Role.ADMIN, null, null, null), admin));
        once("Accounts.sendLinkAgain", "Invitation sent again", () -> accounts.sendLinkAgain(staff.id(), admin));
        once("Accounts.setEnabled", "Account enabled or disabled", () -> accounts.setEnabled(staff.id(), false, admin));
        once("Accounts.inviteFamily", "Family invited to the case", () -> accounts.inviteFamily(c.getId(),
                new uk.ehctracker.accounts.Accounts.FamilyInvitation("Nadia Khan", staffName + ".family@example.org", false), caseworker));
        String own = people.accountOfYoungPerson(newChild());
        once("Accounts.changeOwnPassword", "Own password changed",
                () -> accounts.changeOwnPassword(people.user(own), own, "kettle violin meadow", "kettle violin meadow"));

        // a concern through each kind of step
        var complaint = once("ComplaintService.raise", "Complaint raised", () -> complaints.raise(c.getId(),
                new uk.ehctracker.complaint.ComplaintService.NewComplaint(uk.ehctracker.complaint.ComplaintAbout.SCHOOL,
                        "The support stopped.", today, null), parent));
        once("ComplaintService.recordReply", "Complaint reply recorded",
                () -> complaints.recordReply(c.getId(), complaint.getId(), today, "It restarts on Monday.", parent));
        once("ComplaintService.escalate", "Complaint taken to the next stage",
                () -> complaints.escalate(c.getId(), complaint.getId(), today, null, parent));
        once("ComplaintService.resolve", "Complaint resolved", () -> complaints.resolve(c.getId(), complaint.getId(), today, parent));

        // a plan made before the tracker, as the LA's import records it
        String importRef = "AUDIT-" + System.nanoTime();
        once("ExistingPlans.record", "Existing EHC plan recorded", () -> existingPlans.record(manager.laId(),
                new uk.ehctracker.existingplans.ExistingPlans.NewPlan("Audit", "Imported" + importRef.substring(6), today.minusYears(8),
                        importRef, "100001", today.minusYears(2), today.minusMonths(3), "SPLD", null), manager));

        // a pupil's SEN support, through every step, then the school's request
        long pupil = newChild().getId();
        once("SenSupportService.placeOnSenSupport", "Placed on SEN support", () -> support.placeOnSenSupport(pupil,
                new SupportCommands.Place(today, today, List.of(NeedType.SPLD)), senco));
        once("SenSupportService.recordNeeds", "Needs recorded",
                () -> support.recordNeeds(pupil, List.of(NeedType.SPLD, NeedType.SLCN), senco));
        once("SenSupportService.addProvision", "Provision added", () -> support.addProvision(pupil, new SupportCommands.AddProvision(
                "Phonics group", uk.ehctracker.support.Delivery.GROUP, "Daily", "TA", today, null, new java.math.BigDecimal("1200")), senco));
        once("SenSupportService.recordMeeting", "Meeting with parents recorded",
                () -> support.recordMeeting(pupil, new SupportCommands.Meeting(today, "Agreed outcomes."), senco));
        once("SenSupportService.assess", "Needs assessed",
                () -> support.assess(pupil, new SupportCommands.Assess("Reading well below age.", null, null, null), senco));
        once("SenSupportService.plan", "Support planned", () -> support.plan(pupil,
                new SupportCommands.Plan("Read CVC words.", "Daily phonics.", today.plusWeeks(8)), senco));
        once("SenSupportService.giveFamilyViewsForReview", "Family's views for the SEN support review sent",
                () -> support.giveFamilyViewsForReview(pupil, "Mornings work better for her.", parent));
        once("SenSupportService.bringReviewForward", "Review brought forward", () -> support.bringReviewForward(pupil, senco));
        once("SenSupportService.review", "Support reviewed", () -> support.review(pupil,
                new SupportCommands.Review(ReviewOutcome.INVOLVE_SPECIALIST, "Little progress."), senco));
        once("SenSupportService.agreeSpecialist", "Specialist involvement decided", () -> support.agreeSpecialist(pupil,
                new SupportCommands.AgreeSpecialist(SpecialistKind.EDUCATIONAL_PSYCHOLOGIST, true, today), senco));
        once("SenSupportService.recordSpecialistAdvice", "Specialist advice recorded", () -> support.recordSpecialistAdvice(pupil,
                new SupportCommands.SpecialistAdvice("Weak working memory.", today), senco));
        support.assess(pupil, new SupportCommands.Assess("Still below age.", null, null, null), senco);
        support.plan(pupil, new SupportCommands.Plan("Read short texts.", "Daily phonics.", today.plusWeeks(8)), senco);
        // the request goes out through the pupil's process; the assessment service records it, once
        once("SenSupportService.requestAssessment", "Request for an EHC needs assessment recorded",
                () -> support.requestAssessment(pupil, "Needs beyond what the school can provide.", senco));

        assertThat(new TreeSet<>(driven)).isEqualTo(auditedCommands());
    }

    @Test
    void aReadOfACaseWritesItsReadEntry() {
        AssessmentCase c = assessments.submitRequest(new Commands.NewRequest(newChild().getId(), RequestedBy.PARENT, null,
                "Not making progress.", null, null), people.user("parent"));
        long reads = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE case_id = ? AND action = 'READ'", Long.class, c.getId());
        queries.visibleCase(c.getId(), people.user("caseworker"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE case_id = ? AND action = 'READ' AND username = 'caseworker'",
                Long.class, c.getId())).isEqualTo(reads + 1);
    }

    /** A final plan whose placement the family appealed and the council conceded today: the amended plan is awaited. */
    private long concededPlacement(CurrentUser parent, CurrentUser caseworker, LocalDate today) {
        long planned = new uk.ehctracker.ui.UiCases(context).planIssued().getId();
        disagreements.start(planned, uk.ehctracker.disagreement.DecisionDisagreed.PLACEMENT_ONLY, parent);
        disagreements.registerAppeal(planned, today, today.plusDays(28), null, parent);
        disagreements.recordOutcome(planned, uk.ehctracker.disagreement.TribunalOutcome.CONCEDED, today, caseworker);
        return planned;
    }

    /** Runs one command and checks it wrote exactly one entry (reads aside), saying what was done. */
    /** The timer the case's latest review waits at fires now (the test runs no job executor). */
    private void reviewTimerFires(long caseId, String activityId) {
        new uk.ehctracker.ui.UiCases(context).reviewTimerFires(caseId, activityId);
    }

    private <T> T once(String command, String expectedDetail, java.util.function.Supplier<T> call) {
        long before = changes();
        long lastId = lastId();
        T result = call.get();
        assertThat(changes() - before).as(command + " writes one entry").isEqualTo(1);
        String detail = jdbc.queryForObject("SELECT detail FROM audit_entry WHERE id > ? AND action <> 'READ' ORDER BY id DESC LIMIT 1",
                String.class, lastId);
        assertThat(detail).as(command).startsWith(expectedDetail);
        driven.add(command);
        return result;
    }

    private long changes() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action <> 'READ'", Long.class);
    }

    private long lastId() {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM audit_entry", Long.class);
        return id == null ? 0 : id;
    }

    /** Every @Audited method of the application's services, as "Class.method". */
    private Set<String> auditedCommands() {
        Set<String> found = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getName().startsWith("uk.ehctracker.")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Audited.class)) {
                    found.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        return found;
    }

    private Child newChild() {
        return people.newChildOfParent(StatutoryClock.today(clock).minusYears(8));
    }

    private TaskSummary task(AssessmentCase c, String taskKey, String username) {
        return tasks.tasksFor(people.user(username)).stream()
                .filter(t -> t.caseId() == c.getId() && t.taskKey().equals(taskKey)).findFirst().orElseThrow();
    }

    private CurrentUser adviser(AdviceKind kind) {
        return switch (kind) {
            case PARENT -> people.user("parent");
            case EDUCATIONAL -> people.user("senco");
            case PSYCHOLOGICAL -> people.user("professional");
            case MEDICAL -> people.user("health");
            default -> people.user("socialcare");
        };
    }
}
