package uk.ehctracker.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompulsorySchoolAgeTest {

    @ParameterizedTest(name = "born {0}: leaves school {1}, young person from {2}")
    @CsvSource(textBlock = """
            # born,      school leaving date (last Friday in June), young person from
            # EA 1996 s8: turns 16 on 1 Sept 2025, the first day of the 2025/26 school year
            2009-09-01,  2026-06-26, 2026-06-27
            # EA 1996 s8(3): turns 16 on 31 Aug 2026, after the leaving date of 2025/26: same day
            2010-08-31,  2026-06-26, 2026-06-27
            # EA 1996 s8: the day before: turns 16 on 31 Aug 2025, in the 2024/25 school year
            2009-08-31,  2025-06-27, 2025-06-28
            # EA 1996 s8(3): turns 16 on 10 July 2026, between the leaving date and 31 August
            2010-07-10,  2026-06-26, 2026-06-27
            # EA 1996 s8: 30 June 2028 is a Friday, so it is itself the leaving date
            2011-12-25,  2028-06-30, 2028-07-01
            # EA 1996 s8: born on 29 February: turns 16 on 28 Feb 2028 (2027/28 school year)
            2012-02-29,  2028-06-30, 2028-07-01
            """)
    void leavingDateAndYoungPerson(LocalDate born, LocalDate leaving, LocalDate youngPersonFrom) {
        assertThat(CompulsorySchoolAge.leavingDate(born)).isEqualTo(leaving);
        assertThat(leaving.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(CompulsorySchoolAge.youngPersonFrom(born)).isEqualTo(youngPersonFrom);
    }

    @ParameterizedTest(name = "born {0}, on {1}: young person {2}")
    @CsvSource(textBlock = """
            # born,      on,         young person
            # CFA s83(2): a child on the leaving date itself, a young person the next day
            2009-09-01,  2026-06-26, false
            2009-09-01,  2026-06-27, true
            2010-08-31,  2026-06-26, false
            # CFA s83(2): a young person before the 16th birthday (s8(3))
            2010-08-31,  2026-06-27, true
            2010-08-31,  2026-08-30, true
            # the same birthday a year on: still a child on 1 September 2025
            2010-08-31,  2025-09-01, false
            """)
    void isYoungPerson(LocalDate born, LocalDate on, boolean youngPerson) {
        assertThat(CompulsorySchoolAge.isYoungPerson(born, on)).isEqualTo(youngPerson);
    }
}
