package uk.ehctracker.statutory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When a child becomes a young person: the day after compulsory school age ends (docs/law.md s8).
 * From that day the rights under CFA Part 3 are the young person's own (CFA s80, s83(2)), so
 * whether someone is a child or a young person is decided for the date of each notice.
 */
public final class CompulsorySchoolAge {

    private CompulsorySchoolAge() {
    }

    /**
     * The school leaving date on which compulsory school age ends: the last Friday in June of the
     * school year (1 September to 31 August) in which the child turns 16.
     */
    public static LocalDate leavingDate(LocalDate dateOfBirth) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth must not be null");
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        // the school year runs 1 September to 31 August: it ends in the next calendar year if
        // the 16th birthday falls in September or later
        int endYear = sixteenth.getMonthValue() >= Month.SEPTEMBER.getValue()
                ? sixteenth.getYear() + 1 : sixteenth.getYear();
        // EA 1996 s8(3), (4); Education (School Leaving Date) Order 1997: the last Friday in June
        return LocalDate.of(endYear, Month.JUNE, 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    /** The first day on which they are over compulsory school age: the day after the leaving date. */
    public static LocalDate youngPersonFrom(LocalDate dateOfBirth) {
        // EA 1996 s8: compulsory school age ends at the end of the leaving date; CFA s83(2)
        return leavingDate(dateOfBirth).plusDays(1);
    }

    /** Whether someone born on {@code dateOfBirth} is a young person (over compulsory school age) on {@code on}. */
    public static boolean isYoungPerson(LocalDate dateOfBirth, LocalDate on) {
        Objects.requireNonNull(on, "on must not be null");
        // CFA s83(2): a young person is over compulsory school age (and under 25)
        return !on.isBefore(youngPersonFrom(dateOfBirth));
    }
}
