package uk.ehctracker.statutory;

import java.time.LocalDate;
import java.time.Month;

/**
 * England's school year: it runs from 1 September to 31 August, and a child starts in the
 * reception year in the September after their fourth birthday, so everyone born between
 * 1 September and 31 August of the next year is in the same year group.
 */
public final class SchoolYear {

    /** The reception year; Year 1 is 1, Year 6 is 6, Year 11 is 11, Year 12 is 12. */
    public static final int RECEPTION = 0;

    private SchoolYear() {
    }

    /** The calendar year in which the school year containing {@code date} began. */
    public static int startingYear(LocalDate date) {
        return date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    }

    /** The year group of someone born on {@code dateOfBirth} on {@code date} (reception 0; negative before school). */
    public static int yearGroup(LocalDate dateOfBirth, LocalDate date) {
        // EA 1996 s8: compulsory school age starts the term after the 5th birthday; in practice
        // reception is the school year in which the child turns 5
        return startingYear(date) - startingYear(dateOfBirth) - 5;
    }

    /** The first day of the school year in which someone born on {@code dateOfBirth} enters {@code yearGroup}. */
    public static LocalDate entersYearGroup(LocalDate dateOfBirth, int yearGroup) {
        return LocalDate.of(startingYear(dateOfBirth) + 5 + yearGroup, Month.SEPTEMBER, 1);
    }
}
