package uk.ehctracker.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.cessation.CeaseReason;
import uk.ehctracker.cessation.CeaseService;
import uk.ehctracker.common.DateFormats;
import uk.ehctracker.review.ReviewOutcome;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;

/**
 * The plan's later letters, end to end through the outbox to a real SMTP server (GreenMail): the
 * decision to cease to the family, the institution named and the responsible commissioning body
 * (reg 31(2)), the family's with the last day to appeal counted from the day it is sent (reg 31(3);
 * HESC Rules r20); and the review's decision to amend with the proposed amendments and the family's
 * 15 days from that day (reg 20(10), reg 22(2)).
 */
@ApplicationTest
class PlanLettersMailTest {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired ApplicationContext context;
    @Autowired LetterService letters;
    @Autowired CeaseService cessations;
    @Autowired ReviewService reviews;
    @Autowired TestPeople people;

    @Test
    void theDecisionToCease_goesToTheFamilyTheSettingAndHealth_andReachesTheirInboxes() throws Exception {
        UiCases cases = new UiCases(context);
        LocalDate today = cases.today();
        CurrentUser caseworker = people.user("caseworker");
        AssessmentCase c = cases.planIssued();
        cessations.propose(c.getId(), "He makes good progress with the school's own support.", caseworker);
        cessations.recordConsultation(c.getId(), today, today, caseworker);
        cessations.recordResponse(c.getId(), CeaseService.Respondent.FAMILY, "We agree.", today, caseworker);
        cessations.recordResponse(c.getId(), CeaseService.Respondent.SETTING, "We agree.", today, caseworker);
        cessations.decide(c.getId(), true, today, CeaseReason.NEEDS_MET_WITHOUT_PLAN, "His needs are met from the school's own resources.",
                today, caseworker);

        List<Letter> notice = of(c, NoticeType.DECISION_TO_CEASE);
        assertThat(notice).extracting(Letter::getRecipientRole)
                .containsExactly(RecipientRole.PARENT, RecipientRole.SCHOOL, RecipientRole.HEALTH_BODY);
        assertThat(notice).allSatisfy(l -> assertThat(l.getIssuedOn()).isEqualTo(today));
        // HESC Rules r20, r12: 2 months after the day the notice is sent, today (the rule pinned by hand in
        // StatutoryClockTest); CFA s45(4): the plan ends the day after
        LocalDate lastDay = uk.ehctracker.testing.TribunalTime.lastDayToAppeal(today);
        assertThat(notice.get(0).getHtml()).contains("You must appeal by " + DateFormats.full(lastDay) + ".")
                .contains("it ends on " + DateFormats.full(lastDay.plusDays(1)))
                .contains("His needs are met from the school&#39;s own resources.", CeaseReason.NEEDS_MET_WITHOUT_PLAN.words());
        assertThat(notice.get(1).getHtml()).doesNotContain("You must appeal by").contains("We have told the family");

        assertThat(OutboxToSmtp.sendDue(context, ServerSetupTest.SMTP.getPort())).isPositive();
        String subject = "New letter about EHC needs assessment request " + c.reference();
        for (Letter l : notice) {
            assertThat(l.getRecipientEmail()).as(l.getRecipientRole().name()).isNotNull();
            assertThat(received(l.getRecipientEmail(), subject)).as(l.getRecipientRole().name()).isNotEmpty();
        }
    }

    @Test
    void theReviewsDecisionToAmend_givesTheChangesAndTheFamilys15DaysFromTheDayItIsSent() throws Exception {
        UiCases cases = new UiCases(context);
        LocalDate today = cases.today();
        AssessmentCase c = cases.reviewReported();
        reviews.decide(c.getId(), ReviewOutcome.AMEND, today, "Section F: speech and language therapy once a week.", people.user("caseworker"));

        List<Letter> proposed = of(c, NoticeType.REVIEW_AMENDMENTS_PROPOSED);
        assertThat(proposed).extracting(Letter::getRecipientRole).containsExactly(RecipientRole.PARENT);
        // reg 22(2): at least 15 days beginning with the day the letter is sent: today + 14
        assertThat(proposed.get(0).getHtml()).contains("Please send us your comments by " + DateFormats.full(today.plusDays(14)) + ".")
                .contains("Section F: speech and language therapy once a week.");
        assertThat(reviews.view(c.getId(), people.user("caseworker")).orElseThrow().commentsCloseOn()).isEqualTo(today.plusDays(14));

        assertThat(OutboxToSmtp.sendDue(context, ServerSetupTest.SMTP.getPort())).isPositive();
        assertThat(received(proposed.get(0).getRecipientEmail(), "New letter about EHC needs assessment request " + c.reference()))
                .isNotEmpty();
    }

    private List<Letter> of(AssessmentCase c, NoticeType type) {
        return letters.lettersFor(c.getId()).stream().filter(l -> l.getNoticeType() == type).toList();
    }

    private static List<MimeMessage> received(String to, String subject) {
        return OutboxToSmtp.received(greenMail.getReceivedMessages(), to, subject);
    }
}
