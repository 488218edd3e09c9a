package uk.ehctracker.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The review's limits, each worked out by hand from the regulation (docs/law.md s9), not from the code. */
class AnnualReviewTest {

    @ParameterizedTest(name = "plan made or last reviewed {0}: next review by {1}")
    @CsvSource(textBlock = """
            # CFA s44(1): within 12 months, month arithmetic
            2026-03-10, 2027-03-10
            2026-12-31, 2027-12-31
            # a plan made on 29 February: no 29 February next year, so the month's last day
            2028-02-29, 2029-02-28
            # and the year after a 28 February is not moved to the 29th in a leap year
            2027-02-28, 2028-02-28
            """)
    void theNextReviewIsDueWithin12Months(LocalDate from, LocalDate dueBy) {
        assertThat(AnnualReview.reviewDueBy(from)).isEqualTo(dueBy);
    }

    @Test
    void underFives_areConsideredForReviewWithinSixMonths() {
        assertThat(AnnualReview.earlyYearsReviewConsideredBy(LocalDate.parse("2026-08-31"))).isEqualTo("2027-02-28");
    }

    @ParameterizedTest(name = "meeting {0}: invite and circulate advice by {1}, report by {2}, decision by {3}")
    @CsvSource(textBlock = """
            # reg 20: 2 weeks' notice and advice 2 weeks before; report within 2 weeks; decision within 4 weeks
            2026-12-01, 2026-11-17, 2026-12-15, 2026-12-29
            # across the end of a leap February
            2028-03-07, 2028-02-22, 2028-03-21, 2028-04-04
            # Christmas and bank holidays are not skipped: calendar days
            2026-12-24, 2026-12-10, 2027-01-07, 2027-01-21
            """)
    void theMeetingsLimits(LocalDate meeting, LocalDate inviteBy, LocalDate reportBy, LocalDate decisionBy) {
        assertThat(AnnualReview.inviteBy(meeting)).isEqualTo(inviteBy);
        assertThat(AnnualReview.circulateAdviceBy(meeting)).isEqualTo(inviteBy);
        assertThat(AnnualReview.reportDueBy(meeting)).isEqualTo(reportBy);
        assertThat(AnnualReview.decisionDueBy(meeting)).isEqualTo(decisionBy);
    }

    @ParameterizedTest(name = "amendments sent {0}: comments until {1}, amended plan by {2}")
    @CsvSource(textBlock = """
            # reg 22: at least 15 days beginning with the day sent; the amended plan within 8 weeks
            2027-01-05, 2027-01-19, 2027-03-02
            # leap year: 15 days beginning 20 February 2028 end on 5 March; 8 weeks from 5 January end on 1 March
            2028-02-20, 2028-03-05, 2028-04-16
            2028-01-05, 2028-01-19, 2028-03-01
            """)
    void theAmendmentsLimits(LocalDate sent, LocalDate commentsClose, LocalDate amendedPlanBy) {
        assertThat(AnnualReview.amendmentCommentsCloseOn(sent)).isEqualTo(commentsClose);
        assertThat(AnnualReview.amendedPlanDueBy(sent)).isEqualTo(amendedPlanBy);
    }

    @Test
    void fromTheMeeting_theAmendedPlanIsDueAtMost12WeeksLater() {
        LocalDate meeting = LocalDate.parse("2026-12-01");
        // decided and the amendments sent on the last day allowed, then the amended plan on its last day
        LocalDate amendedBy = AnnualReview.amendedPlanDueBy(AnnualReview.decisionDueBy(meeting));
        assertThat(amendedBy).isEqualTo("2027-02-23").isEqualTo(meeting.plusWeeks(12));
    }
}
