package uk.ehctracker.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * reg 15's dates, each worked out by hand with a calendar (docs/law.md s9, "Moving to another
 * council"). Working days skip weekends, Good Friday, Christmas and the bank holidays (reg 2(1));
 * 2027: Good Friday 26 March, Easter Monday 29 March, early May Monday 3 May.
 */
class PlanTransferTest {

    private final WorkingDays days = new WorkingDays(List.of());

    @ParameterizedTest(name = "aware {0}, move {1}: in time {2}, transfer by {3}")
    @CsvSource({
            // 15 working days after Mon 1 March 2027 is Mon 22 March (2-5, 8-12, 15-19, 22): in time, the day of the move
            "2027-03-01, 2027-03-22, true, 2027-03-22",
            // a day later it is Tue 23 March, after the move: late; 15 working days beginning with Tue 2 March end Mon 22 March
            "2027-03-02, 2027-03-22, false, 2027-03-22",
            // late across Easter: 24, 25, 30, 31 March, 1, 2, 5-9, 12-15 April: Thu 15 April (Tue 13 April without the holidays)
            "2027-03-24, 2027-04-05, false, 2027-04-15",
            // told after the move (a Saturday, 3 April 2027) on Tue 6 April: 6-9, 12-16, 19-23, 26 April: Mon 26 April
            "2027-04-06, 2027-04-03, false, 2027-04-26",
            // aware on a Sunday: the first working day, Mon 26 April, is day 1; 3 May is a bank holiday: 26-30 April, 4-7, 10-14, 17 May
            "2027-04-25, 2027-05-01, false, 2027-05-17",
            // late, and the 15th working day (Fri 12 March 2027) falls before a move on Sat 13 March: the day of the move
            "2027-02-22, 2027-03-13, false, 2027-03-13",
    })
    void transferDueBy(LocalDate awareOn, LocalDate movesOn, boolean inTime, LocalDate dueBy) {
        assertThat(PlanTransfer.awareInTime(awareOn, movesOn, days)).isEqualTo(inTime);
        assertThat(PlanTransfer.transferDueBy(awareOn, movesOn, days)).isEqualTo(dueBy);
    }

    @ParameterizedTest(name = "transferred {0}: family told by {1}")
    @CsvSource({
            // reg 15(4): within 6 weeks of the transfer, the day itself not counted: + 42 days
            "2027-04-19, 2027-05-31",
            "2026-11-02, 2026-12-14",
    })
    void familyToldBy(LocalDate transferredOn, LocalDate toldBy) {
        assertThat(PlanTransfer.familyToldBy(transferredOn)).isEqualTo(toldBy);
    }

    @ParameterizedTest(name = "plan or last review {0}, transferred {1}: review by {2}")
    @CsvSource({
            // reg 15(5): the later of 12 months (1 April 2027) and 3 months from the transfer (19 July 2027)
            "2026-04-01, 2027-04-19, 2027-07-19",
            // the 12 months are later: 1 April 2027 against 2 February 2027
            "2026-04-01, 2026-11-02, 2027-04-01",
            // month arithmetic (s0 item 5): 3 months from 30 November 2026 end on 28 February 2027, later than 15 January 2027
            "2026-01-15, 2026-11-30, 2027-02-28",
    })
    void reviewDueBy(LocalDate countedFrom, LocalDate transferredOn, LocalDate dueBy) {
        assertThat(PlanTransfer.reviewDueBy(countedFrom, transferredOn)).isEqualTo(dueBy);
    }
}
