package uk.ehctracker.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** reg 18: the amended plan naming the next setting, by the last lawful day the move sets; dates worked out by hand. */
class PhaseTransferTest {

    @ParameterizedTest(name = "{0}, moving {1}: amended plan by {2}, meeting by {3}")
    @CsvSource(textBlock = """
            # move,                       moves on,   amended plan by, latest meeting at the lawful pace (12 weeks before)
            # reg 18(1)(b): between phases of school, before 15 February of the year of the move: 14 February
            EARLY_YEARS_TO_SCHOOL,        2027-09-01, 2027-02-14, 2026-11-22
            INFANT_TO_JUNIOR,             2027-09-01, 2027-02-14, 2026-11-22
            PRIMARY_TO_MIDDLE,            2027-09-01, 2027-02-14, 2026-11-22
            PRIMARY_TO_SECONDARY,         2027-09-01, 2027-02-14, 2026-11-22
            MIDDLE_TO_SECONDARY,          2027-09-01, 2027-02-14, 2026-11-22
            # leap year 2028: 14 February comes before 29 February, so 12 weeks before it is still 22 November
            PRIMARY_TO_SECONDARY,         2028-09-04, 2028-02-14, 2027-11-22
            # reg 18(1)(a): secondary to post-16, before 31 March: 30 March; 12 weeks before crosses February, 28 or 29 days
            SECONDARY_TO_POST_16,         2027-09-01, 2027-03-30, 2027-01-05
            SECONDARY_TO_POST_16,         2028-09-04, 2028-03-30, 2028-01-06
            # reg 18(2): between post-16 institutions, at least 5 months before (month arithmetic)
            BETWEEN_POST_16_INSTITUTIONS, 2027-07-31, 2027-02-28, 2026-12-06
            BETWEEN_POST_16_INSTITUTIONS, 2028-07-31, 2028-02-29, 2027-12-07
            BETWEEN_POST_16_INSTITUTIONS, 2027-01-06, 2026-08-06, 2026-05-14
            """)
    void theAmendedPlanIsDueByTheDateTheMoveSets(PhaseTransfer move, LocalDate movesOn, LocalDate amendedBy, LocalDate meetingBy) {
        assertThat(move.amendedPlanDueBy(movesOn)).isEqualTo(amendedBy);
        assertThat(move.latestMeetingFor(movesOn)).isEqualTo(meetingBy);
    }

    @ParameterizedTest(name = "born {0}: {1} usually on {2}")
    @CsvSource(textBlock = """
            # born in October 2015: Year 6 in 2026/27, secondary from September 2027
            2015-10-10, PRIMARY_TO_SECONDARY,  2027-09-01
            # the youngest of the same year group, born 31 August 2016
            2016-08-31, PRIMARY_TO_SECONDARY,  2027-09-01
            # one day later is a year behind
            2016-09-01, PRIMARY_TO_SECONDARY,  2028-09-01
            # born March 2011: 16 in March 2027, into Year 12 in September 2027
            2011-03-03, SECONDARY_TO_POST_16,  2027-09-01
            # born January 2023: reception from September 2027
            2023-01-15, EARLY_YEARS_TO_SCHOOL, 2027-09-01
            2019-05-20, INFANT_TO_JUNIOR,      2026-09-01
            """)
    void theUsualMoveFollowsTheSchoolYearOfBirth(LocalDate born, PhaseTransfer move, LocalDate movesOn) {
        assertThat(move.usualMoveFor(born)).isEqualTo(movesOn);
    }

    @ParameterizedTest(name = "born {0}, on {1}: year group {2}")
    @CsvSource(textBlock = """
            2018-09-01, 2023-09-01, 0
            2018-09-01, 2023-08-31, -1
            2019-08-31, 2023-09-01, 0
            2015-10-10, 2026-11-28, 6
            2011-03-03, 2027-06-30, 11
            """)
    void theYearGroup(LocalDate born, LocalDate on, int yearGroup) {
        assertThat(SchoolYear.yearGroup(born, on)).isEqualTo(yearGroup);
    }
}
