package uk.ehctracker.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.ehctracker.disagreement.DecisionDisagreed;
import uk.ehctracker.disagreement.DisagreementService;
import uk.ehctracker.disagreement.TribunalOutcome;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;
import uk.ehctracker.ui.common.Dates;

/**
 * A refusal to assess, appealed and conceded, in a real headless Chromium: the caseworker records on
 * the case page, as the family tell them, that they contacted the mediation adviser and declined
 * mediation, the certificate and their appeal; the council concedes (reg 45); the assessment starts again with the
 * concession's clock, and each person reads its dates: 2 weeks to tell the family, 10 weeks for a
 * decision not to issue, 14 weeks for the final plan, and the adviser's 6 weeks.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcessionJourneyTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired TestPeople people;
    @Autowired DisagreementService disagreements;
    @Autowired Clock clock;

    Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        ClockUtil.reset();
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theFamilyAppeals_theCouncilConcedes_andEachPersonReadsTheConcessionsDates() throws Exception {
        LocalDate today = StatutoryClock.today(clock);
        long caseId = new UiCases(context).refusedOn(today.minusDays(10), 9);
        // the family says which decision they disagree with (the panel's select; recorded here)
        disagreements.start(caseId, DecisionDisagreed.NOT_TO_ASSESS, people.user("parent"));

        browser.signIn("caseworker");
        browser.open("cases/" + caseId);
        browser.waitForText("Next: The family contacts the mediation adviser");
        datesInAppealPanel(today);
        browser.click("#record-adviser-contact");
        browser.waitForText("Next: The mediation adviser issues the certificate");
        datesInAppealPanel(today);
        browser.click("#record-disagreement-certificate");
        browser.waitForText("Next: The family may appeal to the Tribunal");
        // the appeal made today; the council's response due in 6 weeks (the Tribunal's date); no hearing date yet
        datesInAppealPanel(today, today.plusWeeks(6));
        browser.click("#record-appeal");
        browser.waitForText("Next: The council responds to the appeal");
        browser.screenshot("concession-01-appeal-recorded");

        // the council tells the Tribunal it will not oppose, before its response (reg 45)
        disagreements.recordOutcome(caseId, TribunalOutcome.CONCEDED, today, people.user("caseworker"));

        browser.signIn("parent");
        browser.open("cases/" + caseId);
        browser.find("#tribunal-order");
        String family = browser.find("#tribunal-order").getText();
        assertThat(family).contains("The council conceded the appeal on " + Dates.full(today))
                .contains("by " + Dates.full(today.plusWeeks(2)))
                .contains("by " + Dates.full(today.plusWeeks(10)))
                .contains("by " + Dates.full(today.plusWeeks(14)));
        assertThat(browser.find("#case-stage").getText()).contains("We are carrying out the assessment");
        browser.screenshot("concession-02-family-case-page");
        browser.open("family");
        browser.waitForText("The council conceded the appeal on " + Dates.full(today));
        assertThat(browser.text()).contains("we will send it to you by " + Dates.full(today.plusWeeks(14)));
        browser.screenshot("concession-03-family-home");

        browser.signIn("caseworker");
        browser.open("cases/" + caseId);
        browser.find("#tribunal-order");
        assertThat(browser.find("#tribunal-order").getText()).contains("reg 45(3A)(b)")
                .contains("by " + Dates.full(today.plusWeeks(14)));
        assertThat(browser.find("#milestones tr[data-limit='ORDERED_FINAL_PLAN_AFTER_ASSESSMENT']").getText())
                .contains(Dates.full(today.plusWeeks(14)));
        browser.screenshot("concession-04-caseworker-case-page");

        // reg 8: the psychologist is asked today, with 6 weeks
        browser.signIn("professional");
        browser.open("professional");
        browser.waitForText(Dates.full(today.plusWeeks(6)));
        browser.screenshot("concession-05-professional-advice-requests");
    }

    /** Types each date into the appeal panel's date fields, in order (UK format, as a person types it). */
    private void datesInAppealPanel(LocalDate... dates) {
        browser.find("#appeal vaadin-date-picker input");
        List<WebElement> inputs = browser.driver.findElements(By.cssSelector("#appeal vaadin-date-picker input"));
        for (int i = 0; i < dates.length; i++) {
            browser.typeDate(inputs.get(i), dates[i]);
        }
    }
}
