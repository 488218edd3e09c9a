package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.cessation.CeaseService;
import uk.ehctracker.common.ClockTravel;
import uk.ehctracker.review.ReviewOutcome;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.ui.common.Dates;

/**
 * The family's own page for the plan's review and for a proposal to end it (docs/law.md s9): the
 * family reads the dates that matter and what to prepare, and gives its views in its own words; the
 * SENCO and the caseworker read those views where they hold and decide the review (reg 19(a),
 * reg 20(4)), and the caseworker reads the views on ending the plan before deciding (reg 31(1)).
 * Another family's parent finds no such page; over-long text is refused beside its field with
 * nothing written; a parent of a young person is told the views are the young person's (CFA s80).
 */
@SuppressWarnings("unchecked")
class FamilyReviewViewTest extends KaribuTest {

    /** What the person reads, without the invisible marks that isolate names they gave (UserText). */
    private static String text(String id) {
        return textOf(_get(Component.class, s -> s.withId(id))).replace("\u2068", "").replace("\u2069", "");
    }

    private static void click(String id) {
        _click(_get(Button.class, s -> s.withId(id)));
    }

    private static void type(String id, String value) {
        _get(TextArea.class, s -> s.withId(id)).setValue(value);
    }

    @Test
    void theFamilyReadsTheDatesAndWhatToPrepare_givesItsViews_andTheSencoAndTheCaseworkerReadThem() {
        LocalDate today = cases().today();
        // a plan issued 90 days ago for a child of 8 at Riverside Primary, its review's window open
        AssessmentCase c = cases().reviewOpen();
        String child = c.getChild().getFirstName();
        // CFA s44(1): within 12 months of the plan's date (today - 90 days), month arithmetic
        LocalDate due = today.minusDays(90).plusMonths(12);

        signIn("parent");
        navigate("family");
        assertThat(textOf(_get(Component.class, s -> s.withId("review-views-" + c.getId()))))
                .isEqualTo("Prepare for the review and give your views");
        navigate("family/review/" + c.getId());
        assertThat(text("review-due-by")).isEqualTo("The next annual review of the plan must be held, and decided by the council, by "
                + Dates.full(due) + ".");
        // reg 20(2): the five who must be invited
        assertThat(text("review-invited")).contains("You, as " + child + "'s parent").contains("Riverside Primary School")
                .contains("special educational needs team").contains("A health professional named by the NHS")
                .contains("social care team");
        // reg 20(5): the meeting considers progress towards the outcomes; a child of 8 is not yet in year 9 (reg 20(6))
        assertThat(text("review-prepare")).contains("making progress towards the outcomes in section E of the plan")
                .doesNotContain("preparing for adult life");

        // the setting arranges the meeting: invitations today, the meeting in 21 days (reg 20(3): at least 14 days' notice)
        LocalDate meeting = today.plusDays(21);
        review().arrangeMeeting(c.getId(), meeting, today, cases().people.user("senco"));
        navigate("family/review/" + c.getId());
        assertThat(text("review-meeting-on")).isEqualTo("The review meeting is on " + Dates.full(meeting)
                + ". The invitations were sent on " + Dates.full(today) + ".");
        // reg 20(4): the advice at least 2 weeks before the meeting: 21 - 14 = 7 days from today
        assertThat(text("review-advice-by")).contains("with your views, by " + Dates.full(today.plusDays(7))
                + ": at least 2 weeks before the meeting.");

        // nothing answered, or an answer over 20,000 characters: refused beside the field, nothing written
        click("send-review-views");
        assertThat(_get(TextArea.class, s -> s.withId("goingWell")).getErrorMessage()).isEqualTo("Answer at least one of the questions");
        type("goingWell", "Reading with her key adult every morning.");
        type("hard", "x".repeat(20_001));
        click("send-review-views");
        TextArea hard = _get(TextArea.class, s -> s.withId("hard"));
        assertThat(hard.isInvalid()).isTrue();
        assertThat(hard.getErrorMessage()).isEqualTo("What is hard must be at most 20000 characters");
        assertThat(view(c).familyViews()).isNull();

        type("hard", "Lunchtimes in the hall are too loud.");
        type("toChange", "A quiet place to eat.");
        type("childsOwn", "I want to be a vet.");
        click("send-review-views");
        assertThat(text("review-family-views")).contains("You sent your views on " + Dates.full(today) + ":")
                .contains("What is going well: ").contains("Reading with her key adult every morning.")
                .contains("Lunchtimes in the hall are too loud.").contains("A quiet place to eat.").contains("I want to be a vet.");
        assertThat(textOf(_get(Button.class, s -> s.withId("send-review-views")))).isEqualTo("Send your new answers");

        // the SENCO, who circulates them with the advice, reads them on the pupil's page
        signIn("senco");
        navigate("school/pupil/" + c.getChild().getId());
        assertThat(text("annual-review-setting")).contains("The family's views for the review meeting, sent on " + Dates.full(today) + ":")
                .contains("Lunchtimes in the hall are too loud.").contains("I want to be a vet.");

        // the caseworker reads them on the case page
        signIn("caseworker");
        navigate("cases/" + c.getId());
        assertThat(text("review-family-views")).contains("A quiet place to eat.");

        // another family's parent: the page is not found
        signIn("parent2");
        navigate("family/review/" + c.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Plan not found");
        assertThat(_find(Button.class, s -> s.withId("send-review-views"))).isEmpty();
    }

    @Test
    void viewsSentBeforeTheMeeting_areReadByTheCaseworkerWhoDecides_andAreClosedOnceItIsHeld() {
        LocalDate today = cases().today();
        AssessmentCase c = cases().reviewOpen();
        ClockTravel travel = context.getBean(ClockTravel.class);
        // sent 45 days ago, before the invitations (40 days ago) for the meeting 20 days ago
        travel.to(today.minusDays(45));
        try {
            review().giveViewsForReview(c.getId(), new uk.ehctracker.review.FamilyViews(null, "Homework ends in tears.", null, null),
                    cases().people.user("parent"));
        } finally {
            travel.back();
        }
        CurrentUser senco = cases().people.user("senco");
        review().arrangeMeeting(c.getId(), today.minusDays(20), today.minusDays(40), senco);
        review().recordAdviceCirculated(c.getId(), today.minusDays(35), senco);
        review().recordMeetingHeld(c.getId(), today.minusDays(20), senco);

        signIn("caseworker");
        navigate("cases/" + c.getId());
        assertThat(text("review-decision")).contains("The family's views for the review meeting, sent on "
                + Dates.full(today.minusDays(45)) + ":").contains("What is hard: ").contains("Homework ends in tears.");

        signIn("parent");
        navigate("family");
        // reg 20(10): the decision within 4 weeks of the meeting: 28 - 20 = 8 days from today
        assertThat(text("plan-" + c.getId())).contains("The plan's review meeting was held on " + Dates.full(today.minusDays(20))
                + ". We will tell you by " + Dates.full(today.plusDays(8)) + " whether we will keep the plan as it is");
        navigate("family/review/" + c.getId());
        assertThat(text("review-meeting-held")).isEqualTo("The review meeting was held on " + Dates.full(today.minusDays(20)) + ".");
        // reg 20(10): the decision within 4 weeks of the meeting: 28 - 20 = 8 days from today
        assertThat(text("review-decision-due")).startsWith("The council will tell you by " + Dates.full(today.plusDays(8)));
        assertThat(text("review-views")).contains("You sent your views on " + Dates.full(today.minusDays(45)));
        assertThat(_find(Button.class, s -> s.withId("send-review-views"))).isEmpty();
    }

    @Test
    void theFamilyReadsWhyEndingThePlanIsProposed_andByWhen_andTheCaseworkerReadsItsViewsBeforeDeciding() {
        LocalDate today = cases().today();
        AssessmentCase c = cases().planIssued();
        String why = "She now follows lessons with the school's own support " + System.nanoTime() + ".";
        CurrentUser caseworker = cases().people.user("caseworker");
        CeaseService cessations = context.getBean(CeaseService.class);
        cessations.propose(c.getId(), why, caseworker);

        signIn("parent");
        navigate("family/review/" + c.getId());
        assertThat(text("cease-why")).contains(why);
        // reg 31(1): the family is told and asked first; no form until then
        assertThat(_find(Button.class, s -> s.withId("send-cease-views"))).isEmpty();

        cessations.recordConsultation(c.getId(), today, today, caseworker);
        navigate("family");
        assertThat(textOf(_get(Component.class, s -> s.withId("review-views-" + c.getId())))).isEqualTo("Give your views on ending the plan");
        navigate("family/review/" + c.getId());
        // [practice] 15 days beginning with the day the family was told: today + 14
        assertThat(text("cease-views-by")).startsWith("The council asks for your views by " + Dates.full(today.plusDays(14))
                + ". This is the council's own date");
        type("familyViews", "y".repeat(20_001));
        click("send-cease-views");
        assertThat(_get(TextArea.class, s -> s.withId("familyViews")).getErrorMessage()).isEqualTo("Your views must be at most 20000 characters");
        assertThat(cessation(c).familyResponse()).isNull();
        type("familyViews", "Please keep the plan: the radio aid still matters.");
        click("send-cease-views");
        assertThat(text("cease-views-sent")).isEqualTo("Your views, received on " + Dates.full(today)
                + ": Please keep the plan: the radio aid still matters.");

        signIn("caseworker");
        navigate("cases/" + c.getId());
        assertThat(text("cease-family-views")).contains("The family's views, received on " + Dates.full(today))
                .contains("Please keep the plan: the radio aid still matters.");

        signIn("parent2");
        navigate("family/review/" + c.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Plan not found");
    }

    @Test
    void aMoveToSecondarySchool_isReadWithItsLastDayBeforeFifteenthOfFebruary() {
        LocalDate today = cases().today();
        // the coming 14 February, the last day before 15 February (this year's until it has passed); the move is that September
        LocalDate thisYears = LocalDate.of(today.getYear(), 2, 14);
        int y = (today.isAfter(thisYears) ? thisYears.plusYears(1) : thisYears).getYear();
        // born 1 December y-12: turns 5 in the school year starting September y-7 (reception), so year 7 from September y
        AssessmentCase c = cases().planIssuedOn(LocalDate.of(y - 1, 1, 31), LocalDate.of(y - 12, 12, 1));
        signIn("parent");
        navigate("family");
        // reg 18(1)(b): reviewed and amended, naming the next school, before 15 February of the year of the move
        assertThat(text("plan-" + c.getId())).contains("Before the move (primary to secondary school) on " + Dates.full(LocalDate.of(y, 9, 1))
                + ", the plan must be changed to name the new school or college by " + Dates.full(LocalDate.of(y, 2, 14)) + ".");
        navigate("family/review/" + c.getId());
        // CFA s44(1): 12 months from the plan dated 31 January y-1
        assertThat(text("review-due-by")).contains("by " + Dates.full(LocalDate.of(y, 1, 31)) + ".");
        assertThat(text("review-transfer")).endsWith("name the new school or college by " + Dates.full(LocalDate.of(y, 2, 14)) + ".");
    }

    @Test
    void aParentOfAYoungPerson_isToldTheViewsAreTheYoungPersons() {
        LocalDate today = cases().today();
        // 17 years old: over compulsory school age (CFA s83(2)), the rights are the young person's own (CFA s80)
        AssessmentCase c = cases().planIssuedOn(today.minusDays(30), today.minusYears(17));
        signIn("parent");
        navigate("family/review/" + c.getId());
        assertThat(text("review-views-young-person")).contains("is over compulsory school age, so the views for the review are");
        assertThat(_find(Button.class, s -> s.withId("send-review-views"))).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> review().giveViewsForReview(c.getId(),
                new uk.ehctracker.review.FamilyViews("Fine.", null, null, null), cases().people.user("parent")))
                .isInstanceOf(uk.ehctracker.common.NotFoundException.class);
        assertThat(view(c).familyViews()).isNull();

        // the young person, signed in for themselves, gives them, addressed as "you"
        String youngPerson = cases().people.accountOfYoungPerson(c.getChild());
        signIn(youngPerson);
        navigate("family/review/" + c.getId());
        assertThat(text("review-invited")).startsWith("Who will be invitedYou");
        type("childsOwn", "I want to go to college to study animal care.");
        click("send-review-views");
        assertThat(text("review-family-views")).contains("You sent your views on " + Dates.full(today) + ":")
                .contains("I want to go to college to study animal care.");

        // their parent reads them as the young person's, and still cannot send any
        signIn("parent");
        navigate("family/review/" + c.getId());
        assertThat(text("review-family-views")).startsWith("The family's views for the review meeting, sent on " + Dates.full(today))
                .contains("I want to go to college to study animal care.");
        assertThat(_find(Button.class, s -> s.withId("send-review-views"))).isEmpty();
    }

    @Test
    void aPlanKeptAfterAReviewProposedCeasing_saysSo_notThatItWasCeased() {
        LocalDate today = cases().today();
        AssessmentCase c = cases().reviewReported();
        CurrentUser caseworker = cases().people.user("caseworker");
        review().decide(c.getId(), ReviewOutcome.CEASE, today, "Needs met from the school's own resources.", caseworker);

        signIn("caseworker");
        navigate("cases/" + c.getId());
        assertThat(text("review-decision")).contains("On " + Dates.full(today) + " the council proposed to cease the plan.")
                .doesNotContain("Cease to maintain");

        CeaseService cessations = context.getBean(CeaseService.class);
        cessations.recordConsultation(c.getId(), today, today, caseworker);
        cessations.recordResponse(c.getId(), CeaseService.Respondent.FAMILY, "Please keep it.", today, caseworker);
        cessations.recordResponse(c.getId(), CeaseService.Respondent.SETTING, "We agree with the family.", today, caseworker);
        cessations.decide(c.getId(), false, today, null, "The plan is still needed.", null, caseworker);

        navigate("cases/" + c.getId());
        // docs/law.md s9: the next review counts from the review's decision (today), 12 months on
        assertThat(text("review-decision")).contains("After the review on " + Dates.full(today.minusDays(20))
                + " the council proposed on " + Dates.full(today) + " to cease the plan. The plan was kept: it was not ceased.")
                .contains("The next annual review is due by " + Dates.full(today.plusMonths(12)) + ".")
                .doesNotContain("Cease to maintain");
    }

    private ReviewService review() {
        return context.getBean(ReviewService.class);
    }

    private ReviewService.View view(AssessmentCase c) {
        return review().view(c.getId(), cases().people.user("caseworker")).orElseThrow();
    }

    private CeaseService.View cessation(AssessmentCase c) {
        return context.getBean(CeaseService.class).view(c.getId(), cases().people.user("caseworker")).orElseThrow();
    }
}
