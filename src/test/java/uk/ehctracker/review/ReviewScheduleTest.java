package uk.ehctracker.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.ehctracker.statutory.PhaseTransfer;

/** Which review prepares a move, and its dates, worked out by hand from docs/law.md s9. */
class ReviewScheduleTest {

    @Test
    void aPlanOf29February2028_forAYearFiveChild_isDueOn28February_butBeforeReg18s15February() {
        // born 1 March 2018: Year 5 in 2027/28, Year 7 from September 2029
        ReviewSchedule s = ReviewSchedule.of(LocalDate.of(2028, 2, 29), LocalDate.of(2018, 3, 1));
        // CFA s44(1) with month arithmetic: 29 February 2028 + 12 months = 28 February 2029
        assertThat(s.dueOn()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(s.transfer()).isEqualTo(PhaseTransfer.PRIMARY_TO_SECONDARY);
        assertThat(s.movesOn()).isEqualTo(LocalDate.of(2029, 9, 1));
        // reg 18(1)(b): before 15 February, so 14 February 2029 is the last day
        assertThat(s.reviewDueBy()).isEqualTo(LocalDate.of(2029, 2, 14));
        // 12 weeks before 14 February 2029: 22 November 2028; asked 8 weeks before that: 27 September; reminded 4 weeks before it
        assertThat(s.meetingNeededBy()).isEqualTo(LocalDate.of(2028, 11, 22));
        assertThat(s.opensOn()).isEqualTo(LocalDate.of(2028, 9, 27));
        assertThat(s.reminderOn()).isEqualTo(LocalDate.of(2028, 10, 25));
        // reg 22(3): 8 weeks from 4 January 2029 is 1 March; reg 18's 14 February is earlier
        assertThat(s.amendedPlanDueBy(LocalDate.of(2029, 1, 4))).isEqualTo(LocalDate.of(2029, 2, 14));
        // from 10 December 2028 the 8 weeks end first, on 4 February
        assertThat(s.amendedPlanDueBy(LocalDate.of(2028, 12, 10))).isEqualTo(LocalDate.of(2029, 2, 4));
    }

    @Test
    void aMoveAReviewPrepared_isNotPreparedAgain_andAMoveTwoYearsAway_isLeftToALaterReview() {
        // the same child, reviewed again from the decision of 4 January 2029 after the move was prepared
        ReviewSchedule next = ReviewSchedule.of(LocalDate.of(2029, 1, 4), LocalDate.of(2018, 3, 1), LocalDate.of(2029, 9, 1));
        assertThat(next.transfer()).isNull();
        assertThat(next.reviewDueBy()).isEqualTo(LocalDate.of(2030, 1, 4));
        // a Year 4 child (born 1 March 2019) from 29 February 2028: the move in September 2030 is the next review's
        ReviewSchedule yearFour = ReviewSchedule.of(LocalDate.of(2028, 2, 29), LocalDate.of(2019, 3, 1));
        assertThat(yearFour.transfer()).isNull();
        assertThat(yearFour.meetingNeededBy()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void aChildUnderFive_isDueAtSixMonths_andAChildTurningFiveThatDay_atTwelve() {
        ReviewSchedule under5 = ReviewSchedule.of(LocalDate.of(2026, 4, 1), LocalDate.of(2023, 6, 1));
        assertThat(under5.earlyYears()).isTrue();
        assertThat(under5.dueOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        ReviewSchedule five = ReviewSchedule.of(LocalDate.of(2026, 4, 1), LocalDate.of(2021, 4, 1));
        assertThat(five.earlyYears()).isFalse();
        assertThat(five.dueOn()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void afterATransfer_theLaterOfTheReviewsOwnDateAndThreeMonthsFromTheTransfer_andAMovesDeadlineStands() {
        // reg 15(5): a plan of 1 April 2026 transferred on 19 April 2027: 12 months end 1 April 2027, 3 months 19 July 2027
        ReviewSchedule plan = ReviewSchedule.of(LocalDate.of(2026, 4, 1), LocalDate.of(2018, 5, 14));
        assertThat(plan.afterTransfer(LocalDate.of(2027, 4, 19)).reviewDueBy()).isEqualTo(LocalDate.of(2027, 7, 19));
        // transferred on 2 November 2026: 3 months end 2 February 2027, the 12 months stand
        assertThat(plan.afterTransfer(LocalDate.of(2026, 11, 2)).reviewDueBy()).isEqualTo(LocalDate.of(2027, 4, 1));
        // under 5 (Code 9.178, 6 months: 1 October 2026) transferred on 1 September 2026: 3 months, 1 December 2026, are later
        ReviewSchedule under5 = ReviewSchedule.of(LocalDate.of(2026, 4, 1), LocalDate.of(2023, 6, 1));
        assertThat(under5.afterTransfer(LocalDate.of(2026, 9, 1)).dueOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        // reg 18 still binds: the Year 5 child's review stays due before 15 February 2029, however late the transfer
        ReviewSchedule yearFive = ReviewSchedule.of(LocalDate.of(2028, 2, 29), LocalDate.of(2018, 3, 1));
        ReviewSchedule moved = yearFive.afterTransfer(LocalDate.of(2029, 1, 10));
        assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2029, 4, 10));
        assertThat(moved.reviewDueBy()).isEqualTo(LocalDate.of(2029, 2, 14));
    }
}
