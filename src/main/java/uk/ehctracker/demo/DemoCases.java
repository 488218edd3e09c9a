package uk.ehctracker.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.access.EhcUserDetails;
import uk.ehctracker.assessment.AdviceKind;
import uk.ehctracker.assessment.AdviceRequest;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.PlanSectionName;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.assessment.YoungPersonsWishesService;
import uk.ehctracker.referral.Referral;
import uk.ehctracker.referral.Referrals;
import uk.ehctracker.statutory.ExceptionReason;
import uk.ehctracker.statutory.TimeLimit;
import uk.ehctracker.cessation.CeaseReason;
import uk.ehctracker.cessation.CeaseService;
import uk.ehctracker.common.ClockTravel;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.review.FamilyViews;
import uk.ehctracker.review.ReviewOutcome;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.workflow.GeneratedTimers;

/**
 * Demo cases at each stage, made through the same services people use (real process
 * instances, real letters), with dates relative to today so the demo always looks current. Each
 * step is entered with the clock on the day it happened ({@link ClockTravel}): the services date
 * a notice sent or a draft served on the day they record it (docs/law.md s0).
 */
@Component
class DemoCases {

    private final AssessmentService assessments;
    private final AssessmentQueries queries;
    private final DirectoryService directory;
    private final UserDetailsService users;
    private final ClockTravel travel;
    private final YoungPersonsWishesService youngPersons;
    private final Referrals referrals;
    private final CeaseService cessations;

    private final ReviewService reviews;
    private final GeneratedTimers timers;

    DemoCases(AssessmentService assessments, AssessmentQueries queries, DirectoryService directory, UserDetailsService users,
            ClockTravel travel, YoungPersonsWishesService youngPersons, Referrals referrals, CeaseService cessations,
            ReviewService reviews, GeneratedTimers timers) {
        this.reviews = reviews;
        this.timers = timers;
        this.cessations = cessations;
        this.youngPersons = youngPersons;
        this.referrals = referrals;
        this.assessments = assessments;
        this.queries = queries;
        this.directory = directory;
        this.travel = travel;
        this.users = users;
    }

    /** The demo's cases exist once any demo child has one. */
    @Transactional(readOnly = true)
    boolean alreadySeeded() {
        return directory.findChildByName("Maya", "Patel")
                .map(maya -> !queries.casesOfChild(maya.getId(), user("caseworker")).isEmpty())
                .orElse(false);
    }

    /**
     * One transaction: timers that a case passes on its way (its past due dates) are created and
     * removed before anything commits, so the job executor never sees them.
     */
    @Transactional
    void seed(LocalDate today) {
        try {
            seedCases(today);
            seedTheLawsHarderCases(today);
            seedPlansCeasing(today);
            seedPlansUnderReview(today);
        } finally {
            travel.back();
        }
    }

    private void seedCases(LocalDate today) {
        Map<String, Child> children = new HashMap<>();
        for (String[] name : DemoDirectory.CHILDREN_WITH_CASES) {
            children.put(name[0].toLowerCase(), directory.findChildByName(name[0], name[1]).orElseThrow());
        }
        CurrentUser caseworker = user("caseworker");

        // just received: the decision whether to assess is due in about five weeks
        request(children.get("yusuf"), today.minusDays(5), "Aisha Khan",
                "Yusuf finds it very hard to follow lessons and is often overwhelmed; school support has not helped enough.");
        request(children.get("jack"), today.minusDays(10), "Sarah Wilson",
                "Jack's speech and language needs mean he cannot access most lessons without an adult.", user("caseworker2"));

        // decided not to assess, with the letter and the appeal deadline
        AssessmentCase oliver = request(children.get("oliver"), today.minusDays(50), "Smith family",
                "Oliver struggles with maths and spelling.");
        travel.to(today.minusDays(12));
        assessments.decideWhetherToAssess(oliver.getId(), new Commands.DecideWhetherToAssess(DecisionOutcome.DO_NOT_ASSESS,
                true, false, Set.of("ATTAINMENT_AND_PROGRESS", "ACTION_BY_SETTING"), Set.of(),
                "Oliver is making good progress with the support his school gives; he is not likely to need provision through a plan.",
                today.minusDays(12)), caseworker);

        // being assessed: some advice in, the educational psychologist's still due
        AssessmentCase leo = request(children.get("leo"), today.minusDays(30), "Chris Taylor",
                "Leo has autism; his anxiety stops him attending full days.");
        assess(leo, today.minusDays(20));
        giveAdvice(leo, AdviceKind.PARENT, today.minusDays(15), "parent2",
                "Leo is happiest with routine and warning of changes. He wants to stay with his friends.");
        giveAdvice(leo, AdviceKind.EDUCATIONAL, today.minusDays(10), "senco",
                "Leo needs a quiet space, visual timetables and a key adult for transitions.");

        AssessmentCase sophia = request(children.get("sophia"), today.minusDays(60), "Evans family",
                "Sophia has a hearing impairment and falls further behind each term.");
        assess(sophia, today.minusDays(35));
        for (AdviceKind kind : new AdviceKind[] {AdviceKind.PARENT, AdviceKind.PSYCHOLOGICAL, AdviceKind.SOCIAL_CARE}) {
            giveAdvice(sophia, kind, today.minusDays(8), adviser(kind), "Advice given for the assessment.");
        }

        // draft plan with the family, 15 days to comment
        AssessmentCase noah = request(children.get("noah"), today.minusDays(110), "Brown family",
                "Noah has dyslexia and has made almost no progress in reading for two years.");
        assess(noah, today.minusDays(75));
        giveAllAdvice(noah, today.minusDays(40));
        travel.to(today.minusDays(25));
        assessments.decideWhetherToIssue(noah.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.ISSUE, true,
                "Noah needs daily specialist teaching the school cannot provide from its own resources.", today.minusDays(25)), caseworker);
        travel.to(today.minusDays(5));
        assessments.writeDraftPlan(noah.getId(), new Commands.WriteDraftPlan(draftSections(), today.minusDays(5)), caseworker);

        // final plan issued within 20 weeks
        AssessmentCase maya = request(children.get("maya"), today.minusDays(200), "Patel family",
                "Maya has cerebral palsy and needs support with mobility and personal care at school.");
        assess(maya, today.minusDays(165));
        giveAllAdvice(maya, today.minusDays(130));
        travel.to(today.minusDays(120));
        assessments.decideWhetherToIssue(maya.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.ISSUE, true,
                "Maya needs provision through a plan: physiotherapy and a full-time assistant.", today.minusDays(120)), caseworker);
        travel.to(today.minusDays(110));
        assessments.writeDraftPlan(maya.getId(), new Commands.WriteDraftPlan(draftSections(), today.minusDays(110)), caseworker);
        travel.to(today.minusDays(100));
        assessments.commentOnDraft(maya.getId(), new Commands.CommentOnDraft(
                "Maya's physiotherapist says she needs physiotherapy at school three times a week, not once.", null, false, false),
                caseworker);
        // CFA s40(3): the family asked for no school, so the LA chooses one and consults it first
        travel.to(today.minusDays(98));
        assessments.chooseSettingToConsult(maya.getId(), new Commands.ChooseSettingToConsult("Hillcrest Academy"), caseworker);
        travel.to(today.minusDays(90));
        assessments.respondToConsultation(maya.getId(), new Commands.RespondToConsultation(true,
                "We can meet Maya's needs with the provision in section F.", today.minusDays(90)), caseworker);
        travel.to(today.minusDays(75));
        // the final plan is the one finalised: section F changed in the light of the family's comments
        assessments.issueFinalPlan(maya.getId(), new Commands.IssueFinalPlan("Hillcrest Academy",
                Map.of(PlanSectionName.F, "Daily 1:1 specialist teaching, 30 minutes, by a qualified specialist teacher."
                        + " Physiotherapy programme at school three times a week, delivered by a trained assistant."),
                Map.of(PlanSectionName.F, "Added physiotherapy three times a week: your comments and the physiotherapist's"
                        + " advice show that once a week is not enough."),
                today.minusDays(75)), caseworker);
    }

    /**
     * A young person who asked for himself, a child brought to the LA's attention by a
     * paediatrician, and a decision held up by an exception within its period.
     */
    private void seedTheLawsHarderCases(LocalDate today) {
        CurrentUser caseworker = user("caseworker");
        // CFA s83(2), s80: Ethan (17) made his own request; his letters go to him, not to his parents
        Child ethan = directory.findChildByName("Ethan", "Hughes").orElseThrow();
        travel.to(today.minusDays(12));
        AssessmentCase ethansCase = assessments.submitRequest(new Commands.NewRequest(ethan.getId(), RequestedBy.YOUNG_PERSON,
                today.minusDays(12), "I left school in the summer. College say I need more help than they can give with reading"
                        + " and with planning my work.", "Ethan Hughes", null), caseworker);
        youngPersons.record(ethansCase.getId(), new Commands.YoungPersonsWishes("ethan.hughes@example.com", false, null, null),
                caseworker);

        // CFA s24: Isla was brought to the LA's attention 30 days ago; every limit runs from that day
        Child isla = directory.findChildByName("Isla", "Jones").orElseThrow();
        travel.to(today.minusDays(30));
        Referral referral = referrals.record(new Referrals.NewReferral(isla.getId(), "Dr Amara Osei", "Community paediatrician",
                today.minusDays(30), "Isla has global developmental delay and is not yet toilet trained; she is in Reception."), caseworker);
        travel.to(today.minusDays(20));
        referrals.treatAsRequest(referral.getId(), today.minusDays(20), caseworker);

        // reg 5(4)(c): the decision on Ella's request waits on exceptional personal circumstances
        // that began within its 6 weeks; it is due "as soon as practicable", neither red nor escalated
        Child ella = directory.findChildByName("Ella", "Taylor").orElseThrow();
        AssessmentCase ellasCase = request(ella, today.minusDays(50), "Chris Taylor",
                "Ella's anxiety means she has attended only half of her lessons since September.");
        travel.to(today.minusDays(38));
        assessments.recordException(ellasCase.getId(), new Commands.RecordException(TimeLimit.DECISION_TO_ASSESS,
                ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, today.minusDays(40), null,
                "Ella's father was taken into hospital; the family asked us to wait before we decide."), caseworker);
    }

    /**
     * CFA s45; reg 31: Finn's plan, ceasing decided 170 days ago with its notice, ends the day after
     * his 2 months to appeal (the engine's timer fires once the application runs); Ruby's family was
     * told 5 days ago and has until the 15th day to give its views [practice].
     */
    private void seedPlansCeasing(LocalDate today) {
        CurrentUser caseworker = user("caseworker");
        AssessmentCase finn = planIssued(directory.findChildByName("Finn", "Walker").orElseThrow(), today.minusDays(325),
                "Finn has a specific learning difficulty and could not access the curriculum without specialist teaching.");
        travel.to(today.minusDays(190));
        cessations.propose(finn.getId(), "Finn has met the outcomes in section E and now makes good progress with the school's"
                + " own support.", caseworker);
        cessations.recordConsultation(finn.getId(), today.minusDays(190), today.minusDays(190), caseworker);
        travel.to(today.minusDays(180));
        cessations.recordResponse(finn.getId(), CeaseService.Respondent.FAMILY, "We agree: Finn is doing well without it.",
                today.minusDays(180), caseworker);
        cessations.recordResponse(finn.getId(), CeaseService.Respondent.SETTING, "We can meet Finn's needs from our own resources.",
                today.minusDays(180), caseworker);
        travel.to(today.minusDays(170));
        cessations.decide(finn.getId(), true, today.minusDays(170), CeaseReason.NEEDS_MET_WITHOUT_PLAN,
                "Finn's needs are met from the school's own resources; the outcomes in section E are achieved.", today.minusDays(170),
                caseworker);

        AssessmentCase ruby = planIssued(directory.findChildByName("Ruby", "Walker").orElseThrow(), today.minusDays(245),
                "Ruby has a hearing impairment and needs a teacher of the deaf and a radio aid.");
        travel.to(today.minusDays(10));
        cessations.propose(ruby.getId(), "Since her cochlear implant Ruby follows lessons without specialist support.", caseworker);
        travel.to(today.minusDays(5));
        cessations.recordConsultation(ruby.getId(), today.minusDays(5), today.minusDays(5), caseworker);
    }

    /**
     * The Green family's plans (parent6), one at each stage of the annual review (CFA s44; regs 18,
     * 20, 22; docs/law.md s9), as their schools' SENCOs and the caseworker record them. Each step is
     * entered on its own day, the review's timers due by then fired first, as the job executor would
     * have fired them. Olivia's plan is 60 days old, its review not yet due; Harry's meeting is
     * arranged for 16 days ahead, the family's views sent; Grace's meeting was held 12 days ago and
     * its report sent, the council's decision due within 4 weeks of it; Jacob's amendments were
     * proposed 8 days ago, the family's 15 days to comment running; Mia moves to secondary school on
     * the September after the coming 15 February, by which her plan must be amended (reg 18(1)).
     */
    private void seedPlansUnderReview(LocalDate today) {
        CurrentUser caseworker = user("caseworker");
        CurrentUser riverside = user("senco");
        CurrentUser hillcrest = user("senco2");
        CurrentUser family = user("parent6");

        // a plan issued 60 days ago: due for review within 12 months of it
        planIssued(green("Olivia"), today.minusDays(185), "Olivia has Down syndrome and needs help with language and self-care.");

        // a plan issued 320 days ago, its review due in about 45 days; reg 20(3): at least 2 weeks' notice of the meeting
        AssessmentCase harry = planIssued(green("Harry"), today.minusDays(445),
                "Harry is autistic; without an adult to prepare him for changes he cannot stay in lessons.");
        step(harry, today.minusDays(5));
        reviews.arrangeMeeting(harry.getId(), today.plusDays(16), today.minusDays(5), hillcrest);
        step(harry, today.minusDays(2));
        reviews.giveViewsForReview(harry.getId(), new FamilyViews("Harry has made two good friends in his form and enjoys science club.",
                "Moving between classrooms at lunchtime: the corridors are loud and he gets lost.",
                "A named adult to meet him at the start of the day, and a map of the school.",
                "Harry says: \"I like experiments. I don't like it when everyone shouts.\""), family);

        // a plan issued 350 days ago: the meeting held 12 days ago and its report sent 5 days ago (reg 20(4), (7))
        AssessmentCase grace = planIssued(green("Grace"), today.minusDays(475),
                "Grace has a language disorder and could not follow lessons or read at her age's level.");
        step(grace, today.minusDays(35));
        reviews.arrangeMeeting(grace.getId(), today.minusDays(12), today.minusDays(35), hillcrest);
        step(grace, today.minusDays(30));
        reviews.giveViewsForReview(grace.getId(), new FamilyViews("Her reading has come on a long way this year.", null,
                "She would like to keep her weekly sessions with the speech and language therapist.", null), family);
        step(grace, today.minusDays(26));
        reviews.recordAdviceCirculated(grace.getId(), today.minusDays(26), hillcrest);
        step(grace, today.minusDays(12));
        reviews.recordMeetingHeld(grace.getId(), today.minusDays(12), hillcrest);
        step(grace, today.minusDays(5));
        reviews.recordReportSent(grace.getId(), today.minusDays(5), hillcrest);

        // a plan issued 362 days ago, its review due in 3 or 4 days: the meeting 35 days ago, the decision to amend 8 days
        // ago, within 4 weeks of the meeting (reg 20(10)) and within the 12 months (CFA s44(1))
        AssessmentCase jacob = planIssued(green("Jacob"), today.minusDays(487),
                "Jacob's speech is very hard to understand and he is falling behind in every subject.");
        // reg 20(3), (5): invited 15 days and the advice sent 14 days before the meeting, once the review's window was open
        step(jacob, today.minusDays(50));
        reviews.arrangeMeeting(jacob.getId(), today.minusDays(35), today.minusDays(50), riverside);
        step(jacob, today.minusDays(49));
        reviews.recordAdviceCirculated(jacob.getId(), today.minusDays(49), riverside);
        step(jacob, today.minusDays(35));
        reviews.recordMeetingHeld(jacob.getId(), today.minusDays(35), riverside);
        step(jacob, today.minusDays(28));
        reviews.recordReportSent(jacob.getId(), today.minusDays(28), riverside);
        step(jacob, today.minusDays(8));
        // reg 22(1): the proposed amendments go with the decision
        reviews.decide(jacob.getId(), ReviewOutcome.AMEND, today.minusDays(8), "Section F: speech and language therapy moves from"
                + " once a fortnight to once a week, 30 minutes, delivered by a speech and language therapist.", caseworker);

        // reg 18(1): Mia's review, counted from a plan dated 12 months before 31 January, prepares her move to secondary school
        LocalDate fifteenthFebruary = comingFifteenthFebruary(today);
        AssessmentCase mia = planIssued(green("Mia"), LocalDate.of(fifteenthFebruary.getYear() - 1, Month.JANUARY, 31).minusDays(125),
                "Mia has cerebral palsy and needs physiotherapy and an adult to help her move around school.");
        step(mia, today);
        for (AssessmentCase c : new AssessmentCase[] {harry, grace, jacob}) {
            step(c, today);
        }
    }

    /** The last day (before 15 February, reg 18(1)(b)) the plans of this coming September's moves must be amended by: this year's until it has passed. */
    static LocalDate comingFifteenthFebruary(LocalDate today) {
        LocalDate thisYear = uk.ehctracker.statutory.PhaseTransfer.lastDayForASchoolMove(today.getYear());
        return today.isAfter(thisYear) ? thisYear.plusYears(1) : thisYear;
    }

    /**
     * A birthday that puts a child into year 7 on the September after {@code fifteenthFebruary}: reception
     * is the school year in which they turn 5, so year 7 starts in September Y for those born from
     * 1 September Y-12 to 31 August Y-11 (statutory/SchoolYear).
     */
    static LocalDate bornToMoveToSecondaryAfter(LocalDate fifteenthFebruary) {
        return LocalDate.of(fifteenthFebruary.getYear() - 12, Month.DECEMBER, 1);
    }

    private Child green(String firstName) {
        return directory.findChildByName(firstName, "Green").orElseThrow();
    }

    /** On {@code day}: the case's review's timers due by then fire first, as the job executor would have fired them. */
    private void step(AssessmentCase c, LocalDate day) {
        travel.to(day);
        timers.fireReviewTimersDue(reviews.view(c.getId(), user("caseworker")).orElseThrow().id());
    }

    /** A request received on {@code requestedOn} taken through every step to a final plan naming Hillcrest Academy, 125 days on. */
    private AssessmentCase planIssued(Child child, LocalDate requestedOn, String reasons) {
        CurrentUser caseworker = user("caseworker");
        AssessmentCase c = request(child, requestedOn, child.getFamily().getName(), reasons);
        assess(c, requestedOn.plusDays(35));
        giveAllAdvice(c, requestedOn.plusDays(70));
        travel.to(requestedOn.plusDays(80));
        assessments.decideWhetherToIssue(c.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.ISSUE, true,
                "Provision through a plan is necessary (CFA s37).", requestedOn.plusDays(80)), caseworker);
        travel.to(requestedOn.plusDays(90));
        assessments.writeDraftPlan(c.getId(), new Commands.WriteDraftPlan(draftSections(), requestedOn.plusDays(90)), caseworker);
        travel.to(requestedOn.plusDays(100));
        assessments.commentOnDraft(c.getId(), new Commands.CommentOnDraft("We agree with the draft.", null, false, false), caseworker);
        travel.to(requestedOn.plusDays(102));
        assessments.chooseSettingToConsult(c.getId(), new Commands.ChooseSettingToConsult("Hillcrest Academy"), caseworker);
        travel.to(requestedOn.plusDays(110));
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true,
                "We can meet the needs with the provision in section F.", requestedOn.plusDays(110)), caseworker);
        travel.to(requestedOn.plusDays(125));
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy", requestedOn.plusDays(125)), caseworker);
        return c;
    }

    private AssessmentCase request(Child child, LocalDate receivedOn, String requester, String reasons) {
        return request(child, receivedOn, requester, reasons, user("caseworker"));
    }

    private AssessmentCase request(Child child, LocalDate receivedOn, String requester, String reasons, CurrentUser by) {
        travel.to(receivedOn);
        return assessments.submitRequest(new Commands.NewRequest(child.getId(), RequestedBy.PARENT, receivedOn, reasons, requester, null), by);
    }

    private void assess(AssessmentCase c, LocalDate on) {
        travel.to(on);
        assessments.decideWhetherToAssess(c.getId(), new Commands.DecideWhetherToAssess(DecisionOutcome.ASSESS, true, true,
                Set.of("ATTAINMENT_AND_PROGRESS", "NATURE_OF_SEN", "ACTION_BY_SETTING"), Set.of(),
                "The evidence shows the child may have SEN and may need provision through an EHC plan (s36(8)).", on), user("caseworker"));
    }

    private void giveAllAdvice(AssessmentCase c, LocalDate on) {
        for (AdviceRequest a : queries.advice(c.getId(), user("caseworker"))) {
            if (a.isOpen()) {
                giveAdvice(c, a.getKind(), on, adviser(a.getKind()), "Advice given for the assessment.");
            }
        }
    }

    private void giveAdvice(AssessmentCase c, AdviceKind kind, LocalDate on, String adviser, String text) {
        travel.to(on);
        AdviceRequest advice = queries.advice(c.getId(), user("caseworker")).stream()
                .filter(a -> a.getKind() == kind && a.isOpen()).findFirst().orElseThrow();
        assessments.giveAdvice(new Commands.GiveAdvice(advice.getId(), text, on), user(adviser));
    }

    /** The demo professionals give their own advice; the caseworker records a family's or a school's received on paper. */
    private String adviser(AdviceKind kind) {
        return switch (kind) {
            case PSYCHOLOGICAL -> "professional";
            case MEDICAL -> "health";
            case SOCIAL_CARE, PREPARATION_FOR_ADULTHOOD -> "socialcare";
            default -> "caseworker";
        };
    }

    private static Map<PlanSectionName, String> draftSections() {
        Map<PlanSectionName, String> s = new EnumMap<>(PlanSectionName.class);
        s.put(PlanSectionName.A, "Enjoys football and drawing; wants to work with animals.");
        s.put(PlanSectionName.B, "Needs in cognition and learning, set out in the advice in section K.");
        s.put(PlanSectionName.E, "By the end of the key stage, reads and writes independently at an age-appropriate level.");
        s.put(PlanSectionName.F, "Daily 1:1 specialist teaching, 30 minutes, by a qualified specialist teacher.");
        s.put(PlanSectionName.I, "Mainstream school");
        return s;
    }

    private CurrentUser user(String username) {
        return ((EhcUserDetails) users.loadUserByUsername(username)).user();
    }
}
