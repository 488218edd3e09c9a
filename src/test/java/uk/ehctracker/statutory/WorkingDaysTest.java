package uk.ehctracker.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** England's bank holidays from their rules and the proclaimed one-offs, and "within n working days" (SEND Regs reg 2(1)). */
class WorkingDaysTest {

    /** The one-off changes proclaimed since 2011, as V22 seeds them (gov.uk/bank-holidays). */
    static final List<WorkingDays.Change> KNOWN = List.of(
            new WorkingDays.Change(LocalDate.of(2011, 4, 29), true, "Royal wedding"),
            new WorkingDays.Change(LocalDate.of(2012, 5, 28), false, "Spring bank holiday moved for the Diamond Jubilee"),
            new WorkingDays.Change(LocalDate.of(2012, 6, 4), true, "Spring bank holiday, moved"),
            new WorkingDays.Change(LocalDate.of(2012, 6, 5), true, "Diamond Jubilee"),
            new WorkingDays.Change(LocalDate.of(2020, 5, 4), false, "Early May bank holiday moved for VE Day"),
            new WorkingDays.Change(LocalDate.of(2020, 5, 8), true, "Early May bank holiday (VE Day)"),
            new WorkingDays.Change(LocalDate.of(2022, 5, 30), false, "Spring bank holiday moved for the Platinum Jubilee"),
            new WorkingDays.Change(LocalDate.of(2022, 6, 2), true, "Spring bank holiday, moved"),
            new WorkingDays.Change(LocalDate.of(2022, 6, 3), true, "Platinum Jubilee"),
            new WorkingDays.Change(LocalDate.of(2022, 9, 19), true, "State funeral of Queen Elizabeth II"),
            new WorkingDays.Change(LocalDate.of(2023, 5, 8), true, "Coronation of King Charles III"));

    final WorkingDays days = new WorkingDays(KNOWN);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # year | England's bank holidays (gov.uk/bank-holidays)
            2020   | 2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28
            2021   | 2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28
            2022   | 2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27
            2023   | 2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26
            2025   | 2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26
            2026   | 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28
            2027   | 2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28
            """)
    void eachYearsHolidays_fromTheRulesAndTheProclamations(int year, String expected) {
        assertThat(new TreeSet<>(days.holidaysOf(year))).containsExactlyElementsOf(
                Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList());
    }

    @ParameterizedTest(name = "{0}: contact {1}, certificate by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # what                                            | day        | 3rd working day after
            # reg 2(1): Christmas Day and Boxing Day, then the weekend
            Christmas                                         | 2025-12-23 | 2025-12-30
            # Good Friday and Easter Monday
            Easter                                            | 2026-04-02 | 2026-04-09
            # the summer bank holiday, last Monday of August
            August bank holiday                               | 2026-08-28 | 2026-09-03
            # one-off: the coronation (proclaimed), which the rules alone would miss
            Coronation                                        | 2023-05-05 | 2023-05-11
            # one-off: the spring holiday moved and the Platinum Jubilee
            Platinum Jubilee                                  | 2022-06-01 | 2022-06-08
            # one-off: the state funeral
            State funeral                                     | 2022-09-16 | 2022-09-22
            # an ordinary week
            ordinary Monday                                   | 2026-11-23 | 2026-11-26
            # contact at the weekend: the count starts on Monday
            Saturday                                          | 2026-11-28 | 2026-12-02
            """)
    void withinThreeWorkingDays(String what, LocalDate day, LocalDate lastDay) {
        assertThat(days.plusWorkingDays(day, 3)).as(what).isEqualTo(lastDay);
    }

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({"2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSunday(int year, LocalDate easter) {
        assertThat(WorkingDays.easterSunday(year)).isEqualTo(easter);
    }

    @org.junit.jupiter.api.Test
    void aDayAnAdminAddsIsNoLongerAWorkingDay() {
        LocalDate someday = LocalDate.of(2027, 6, 8);
        assertThat(days.isWorkingDay(someday)).isTrue();
        WorkingDays withIt = new WorkingDays(java.util.stream.Stream.concat(KNOWN.stream(),
                java.util.stream.Stream.of(new WorkingDays.Change(someday, true, "A one-off announced"))).toList());
        assertThat(withIt.isWorkingDay(someday)).isFalse();
        assertThat(withIt.plusWorkingDays(someday.minusDays(1), 1)).isEqualTo(someday.plusDays(1));
    }
}
