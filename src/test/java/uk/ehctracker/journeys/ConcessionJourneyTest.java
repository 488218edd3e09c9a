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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.ui.UiCases;
import uk.ehctracker.ui.common.Dates;
import uk.ehctracker.testing.TribunalTime;

/**
 * A refusal to assess, appealed by the family and conceded, in a real headless Chromium (issue 17).
 * The family, signed in, reads the refusal on their home page and records on their own page that
 * they disagree, that they contacted the mediation adviser and declined mediation, the certificate
 * and their appeal, reading after each step what happens next and the last day to appeal; the
 * caseworker records on the case page that the council conceded before its response (reg 45); the
 * assessment starts again and each person reads the concession's dates, in place of the options to
 * disagree. Every label of the appeal panel's forms reads in full at 1280 px and at a phone's 390 px.
 *
 * <p>The dates are worked out here from the law, not from the code: the appeal deadline is the
 * later of 2 months after the refusal was sent and 1 month after the certificate (HESC Rules r20;
 * month arithmetic as docs/law.md s0 item 5, which is LocalDate.plusMonths; the Christmas and
 * August extension, rule 3 of docs/law.md s7, is unverified and not coded); after a concession,
 * counted from the day the council told the Tribunal: the family told within 2 weeks (reg 45(3)),
 * a decision not to issue within 10 weeks (reg 45(3A)(a)), the final plan within 14 weeks
 * (reg 45(3A)(b)), "within N weeks of" a day ending N x 7 days after it (docs/law.md s0 item 2).
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcessionJourneyTest {

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
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theFamilyAppealsOnTheirPage_theCouncilConcedesOnScreen_andEachPersonReadsTheConcessionsDates() throws Exception {
        LocalDate today = StatutoryClock.today(clock);
        LocalDate sent = today.minusDays(45);
        LocalDate contacted = today.minusDays(3);
        LocalDate certified = today.minusDays(1);
        // r20: 2 months after the notice was sent; after the certificate, 1 month after it, as that is
        // later; each moved on by r12 (a weekend, a bank holiday, 25 December to 1 January, August)
        LocalDate firstDeadline = TribunalTime.lastDayToAppeal(sent);
        LocalDate deadlineAfterCertificate = TribunalTime.lastDayToAppeal(sent, certified);
        assertThat(certified.plusMonths(1)).isAfter(sent.plusMonths(2));
        LocalDate toldTribunal = today;
        long caseId = new UiCases(context).refusedOn(sent, 9);
        String family = "#disagree-" + caseId;

        // the family reads the refusal and its deadline on their home page, and opens their page about it
        browser.signIn("parent");
        browser.open("family");
        assertThat(read(family)).contains("We decided not to carry out an assessment")
                .contains("The last day to appeal is " + Dates.full(firstDeadline));
        browser.click(family + " a");
        waitToRead("#disagreement", "If you disagree with our decision");
        assertThat(read("#appeal-deadline")).contains("The last day to appeal is " + Dates.full(firstDeadline));
        assertThat(read("#disagreement")).contains("Talk to us").contains("Mediation").contains("Make a complaint");
        browser.assertAccessible("the family's disagreement page");
        browser.screenshot("concession-01-family-options");

        browser.click("#start-disagreement");
        waitToRead("#appeal", "Next: Contact the mediation adviser named in our letter");
        assertThat(read("#appeal-dates")).contains("You must appeal by " + Dates.full(firstDeadline));

        // they contacted the adviser three days ago and do not want mediation
        datesInAppealPanel(contacted);
        browser.tick("#wants-mediation vaadin-radio-button:nth-of-type(2) input");
        browser.assertAccessible("the family's adviser contact form");
        browser.click("#record-adviser-contact");
        waitToRead("#appeal", "Next: The mediation adviser sends you a certificate, by ");
        assertThat(read("#appeal-dates")).contains("You must appeal by " + Dates.full(firstDeadline));

        datesInAppealPanel(certified);
        browser.click("#record-disagreement-certificate");
        waitToRead("#appeal", "Next: If you still disagree, you can appeal to the SEND Tribunal until " + Dates.full(deadlineAfterCertificate));
        assertThat(read("#appeal-dates"))
                .contains("The mediation certificate is dated " + Dates.full(certified))
                .contains("You must appeal by " + Dates.full(deadlineAfterCertificate));
        assertThat(read("#appeal-deadline")).contains("The last day to appeal is " + Dates.full(deadlineAfterCertificate));
        browser.assertAccessible("the family's appeal form");
        // every label of the appeal form reads in full, on a desktop and on a phone
        String fields = "#appeal vaadin-date-picker";
        assertThat(browser.labelsCutOff(fields)).as("labels cut off at 1280 px").isEmpty();
        assertThat(browser.atPhoneWidth(() -> browser.labelsCutOff(fields))).as("labels cut off at 390 px").isEmpty();
        browser.screenshot("concession-02-family-after-certificate");
        browser.screenshot("concession-02-family-after-certificate-390", 390);

        // the Tribunal registered the appeal today; its letter gives the council 6 weeks to respond; no hearing date yet
        datesInAppealPanel(today, today.plusWeeks(6));
        browser.click("#record-appeal");
        waitToRead("#appeal", "Next: The council sends the Tribunal its response, by " + Dates.full(today.plusWeeks(6)));
        assertThat(read("#appeal-dates")).contains("The appeal was made on " + Dates.full(today));
        browser.open("family");
        assertThat(read(family)).contains("Next: The council sends the Tribunal its response");

        // the council tells the Tribunal today, before its response, that it will not oppose (reg 45)
        browser.signIn("caseworker");
        browser.open("cases/" + caseId);
        waitToRead("#appeal", "Next: The council responds to the appeal");
        String staffFields = "#appeal vaadin-date-picker, #appeal vaadin-select";
        assertThat(browser.labelsCutOff(staffFields)).as("labels cut off at 1280 px").isEmpty();
        assertThat(browser.atPhoneWidth(() -> browser.labelsCutOff(staffFields))).as("labels cut off at 390 px").isEmpty();
        choose("#outcome", "conceded by the council");
        List<WebElement> inputs = browser.driver.findElements(By.cssSelector("#appeal vaadin-date-picker input"));
        browser.typeDate(inputs.get(inputs.size() - 1), toldTribunal);
        browser.click("#record-outcome");
        waitToRead("#appeal", "Next: The assessment carries on under the order");
        String order = read("#tribunal-order");
        assertThat(order).contains("reg 45(3A)(b)").contains("by " + Dates.full(toldTribunal.plusDays(14)))
                .contains("by " + Dates.full(toldTribunal.plusDays(70))).contains("by " + Dates.full(toldTribunal.plusDays(98)));
        assertThat(read("#milestones tr[data-limit='ORDERED_FINAL_PLAN_AFTER_ASSESSMENT']"))
                .contains(Dates.full(toldTribunal.plusDays(98)));
        browser.screenshot("concession-03-caseworker-case-page");

        // the family reads the concession's dates on their page, their case page and their home page
        browser.signIn("parent");
        browser.open("family/disagreement/" + caseId);
        waitToRead("#appeal-dates", "The appeal was conceded by the council on " + Dates.full(toldTribunal));
        assertThat(read("#appeal-dates"))
                .contains("tell the family the council will assess, by " + Dates.full(toldTribunal.plusDays(14)))
                .contains("decide not to issue a plan, if that is the decision, by " + Dates.full(toldTribunal.plusDays(70)))
                .contains("issue the final EHC plan, by " + Dates.full(toldTribunal.plusDays(98)));
        // what happens next, not the options to disagree with a decision the council conceded
        assertThat(browser.driver.findElements(By.cssSelector("#disagreement"))).isEmpty();
        assertThat(read("#appeal")).contains("Next: The council does each of these by its date");
        browser.assertAccessible("the family's disagreement page after the concession");
        browser.screenshot("concession-04-family-page-conceded");
        browser.open("cases/" + caseId);
        String familyReads = read("#tribunal-order");
        assertThat(familyReads).contains("The council conceded the appeal on " + Dates.full(toldTribunal))
                .contains("by " + Dates.full(toldTribunal.plusDays(14)))
                .contains("by " + Dates.full(toldTribunal.plusDays(70)))
                .contains("by " + Dates.full(toldTribunal.plusDays(98)));
        assertThat(read("#case-stage")).contains("We are carrying out the assessment");
        browser.open("family");
        waitToRead("#ordered-" + caseId, "The council conceded the appeal on " + Dates.full(toldTribunal));
        assertThat(read("#progress-" + caseId)).contains("we will send it to you by " + Dates.full(toldTribunal.plusDays(98)));
        browser.screenshot("concession-05-family-home");

        // reg 8: the psychologist is asked the day the council conceded, with 6 weeks
        browser.signIn("professional");
        browser.open("professional");
        browser.waitForText(Dates.full(toldTribunal.plusWeeks(6)));
        browser.screenshot("concession-06-professional-advice-requests");
    }

    /** What a person reads in the element, scrolled into view (text scrolled out of the page's frame is not read). */
    private String read(String css) {
        WebElement element = browser.find(css);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element.getText();
    }

    /** Waits until the element reads {@code text}. */
    private void waitToRead(String css, String text) {
        browser.waitUntil(() -> read(css).contains(text));
    }

    /** Types each date into the appeal panel's date fields, in order (UK format, as a person types it). */
    private void datesInAppealPanel(LocalDate... dates) {
        browser.find("#appeal vaadin-date-picker input");
        List<WebElement> inputs = browser.driver.findElements(By.cssSelector("#appeal vaadin-date-picker input"));
        for (int i = 0; i < dates.length; i++) {
            browser.typeDate(inputs.get(i), dates[i]);
        }
    }

    /** Opens a Vaadin select and picks the item whose words contain {@code text}, as a person does with the mouse. */
    private void choose(String selectCss, String text) {
        browser.click(selectCss);
        WebElement item = browser.find("vaadin-select-item[role='option']");
        for (WebElement candidate : browser.driver.findElements(By.cssSelector("vaadin-select-item[role='option']"))) {
            if (candidate.getText().contains(text)) {
                item = candidate;
            }
        }
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", item);
        browser.waitForVaadin();
    }
}
