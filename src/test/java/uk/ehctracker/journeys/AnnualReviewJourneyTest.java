package uk.ehctracker.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.EngineTime;
import uk.ehctracker.ui.UiCases;
import uk.ehctracker.ui.common.Dates;

/**
 * The annual review of a plan issued 90 days ago, in a real headless Chromium (docs/law.md s9): the
 * SENCO arranges the meeting, sends the advice, holds the meeting and sends its report (reg 20); the
 * caseworker decides to amend, with proposed amendments; the family reads them and comments within
 * their 15 days (reg 22(2)); on the 16th day the caseworker issues the amended plan (reg 22(3)); the
 * family reads that the plan was amended and when the next review is due (12 months from the decision).
 * Each person reads the dates worked out by hand from the law; the new pages pass axe at 1280 and 390 px.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReviewJourneyTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Clock clock;

    Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        ClockUtil.reset();
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        ClockUtil.reset();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theSettingHoldsTheReview_theCouncilAmendsThePlan_andTheFamilyCommentsAndReadsTheNextReview() throws Exception {
        LocalDate today = StatutoryClock.today(clock);
        UiCases cases = new UiCases(context);
        AssessmentCase c = cases.reviewOpen();
        String child = c.getChild().getFullName();
        // CFA s44(1): reviewed within 12 months of the plan, issued 90 days ago
        LocalDate due = today.minusDays(90).plusMonths(12);
        String amendments = "Section F: speech and language therapy moves to Wednesday mornings, journey " + System.nanoTime() + ".";

        // ---- the SENCO (reg 20) ----
        browser.signIn("senco");
        browser.open("school");
        // reg 20(3): invitations at least 2 weeks before the meeting
        assertThat(browser.find("#reviews-to-hold").getText()).contains(child + ": review due by " + Dates.full(due)
                + ". Next: Send the invitations by " + Dates.full(due.minusDays(14)) + " for a meeting by " + Dates.full(due) + ".");
        browser.screenshot("annual-review-01-senco-home");
        browser.assertAccessible("the SENCO's home");

        browser.open("school/pupil/" + c.getChild().getId());
        assertThat(browser.find("#annual-review-setting").getText())
                .contains("The review must be held, and decided by the council, by " + Dates.full(due) + ".");
        browser.assertAccessible("the pupil page with the review");
        browser.typeDate("#invitationsSentOn", today.minusDays(40));
        browser.typeDate("#meetingOn", today.minusDays(20));
        browser.click("#arrangeMeeting");
        // reg 20(4): the advice 2 weeks before the meeting
        browser.waitForText("Next: Send the advice to everyone invited by " + Dates.full(today.minusDays(34)));
        browser.typeDate("#sentOn", today.minusDays(35));
        browser.click("#adviceCirculated");
        browser.waitForText("Next: Hold the meeting on " + Dates.full(today.minusDays(20)));
        browser.typeDate("#heldOn", today.minusDays(20));
        browser.click("#meetingHeld");
        // reg 20(7): the report within 2 weeks of the meeting
        browser.waitForText("Next: Send the report of the meeting by " + Dates.full(today.minusDays(6)));
        browser.screenshot("annual-review-02-senco-report-due");
        browser.typeDate("#sentOn", today.minusDays(15));
        browser.click("#reportSent");
        browser.waitForText("Next: The council decides to keep, amend or cease the plan.");
        browser.screenshot("annual-review-03-senco-report-sent");

        // ---- the caseworker decides to amend (reg 20(10), 22(1)) ----
        browser.signIn("caseworker");
        browser.open("cases/" + c.getId());
        // reg 20(10): within 4 weeks of the meeting
        assertThat(browser.find("#review-decision").getText())
                .contains("The council decides whether to keep, amend or cease the plan by " + Dates.full(today.plusDays(8)) + ".");
        browser.assertAccessible("the case page with the review's decision form");
        browser.tick("#outcome vaadin-radio-button:nth-of-type(2) input");
        browser.type("#reason textarea", amendments);
        browser.click("#decide-review");
        // reg 22(2): 15 days for comments counting the first; reg 22(3): the amended plan within 8 weeks
        browser.waitForText("The family may comment until " + Dates.full(today.plusDays(14)) + ". The amended plan is due by "
                + Dates.full(today.plusWeeks(8)) + ".");
        browser.screenshot("annual-review-04-caseworker-decided");

        // ---- the family reads the amendments and comments ----
        browser.signIn("parent");
        browser.open("cases/" + c.getId());
        assertThat(browser.find("#proposed-amendments").getText()).contains(amendments);
        assertThat(browser.find("#comments-close").getText()).contains("You can tell us what you think of these changes until "
                + Dates.full(today.plusDays(14)) + ".");
        browser.assertAccessible("the family's case page with the proposed amendments");
        browser.type("#comments textarea", "Wednesdays suit us; please keep the same therapist.");
        browser.click("#send-comments");
        browser.waitForText("You sent your comments on " + Dates.full(today) + ":");
        browser.screenshot("annual-review-05-family-commented");

        // ---- the 16th day: the caseworker issues the amended plan (reg 22(3)) ----
        try {
            EngineTime.today(today.plusDays(15));
            cases.reviewTimerFires(c.getId(), "amendmentCommentsClose");
            browser.signIn("caseworker");
            browser.open("cases/" + c.getId());
            assertThat(browser.find("#family-comments").getText()).contains("Wednesdays suit us");
            browser.typeDate("#issuedOn", today.plusDays(15));
            browser.click("#issue-amended-plan");
            browser.waitForText("The next annual review is due by");

            browser.signIn("parent");
            browser.open("cases/" + c.getId());
            // docs/law.md s9: the next review counts from the decision that completed this one
            assertThat(browser.find("#review-decision").getText())
                    .contains("the amended plan was issued on " + Dates.full(today.plusDays(15)) + ".")
                    .contains("The next annual review is due by " + Dates.full(today.plusMonths(12)) + ".");
            browser.screenshot("annual-review-06-family-plan-amended");
            browser.open("family");
            browser.waitForText("The plan's next review is due by " + Dates.full(today.plusMonths(12)) + ".");
            browser.screenshot("annual-review-07-family-home");
        } finally {
            ClockUtil.reset();
        }
    }
}
