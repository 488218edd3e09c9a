package uk.ehctracker.statutory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in England, as the SEND Regulations 2014 count them (reg 2(1)): every day except a
 * Saturday or Sunday, Christmas Day, Good Friday, or a bank holiday in England under the Banking
 * and Financial Dealings Act 1971. The regular holidays are computed from their rules; the days a
 * royal proclamation adds or moves in a given year (a coronation, a jubilee, a state funeral) are
 * data, given as {@link Change}s (kept in the database, seeded with the known ones, and added by an
 * admin when a new one is announced). See docs/law.md s0.
 */
public final class WorkingDays {

    /** A one-off change to a year's bank holidays: a day added, or a regular one moved away (removed). */
    public record Change(LocalDate day, boolean added, String reason) {
        public Change {
            Objects.requireNonNull(day, "day");
        }
    }

    private final Set<LocalDate> added = new HashSet<>();
    private final Set<LocalDate> removed = new HashSet<>();
    private final Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    public WorkingDays(Collection<Change> changes) {
        for (Change c : changes) {
            (c.added() ? added : removed).add(c.day());
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidaysOf(day.getYear()).contains(day);
    }

    /**
     * The last day of a period of {@code n} working days after {@code day}: "within 3 working days
     * of the contact" ends on the third working day after the day of contact (the day itself not
     * counted, as with every period "of" an event; docs/law.md s0).
     */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The days of a year that are not working days although they fall Monday to Friday. */
    public Set<LocalDate> holidaysOf(int year) {
        return byYear.computeIfAbsent(year, y -> {
            Set<LocalDate> days = new TreeSet<>(byRule(y));
            days.removeIf(removed::contains);
            added.stream().filter(a -> a.getYear() == y).forEach(days::add);
            return Set.copyOf(days);
        });
    }

    /**
     * A year's bank and public holidays in England by their standing rules, with the substitute
     * days the 1971 Act (Sch 1) and the annual proclamations give when one falls at a weekend.
     */
    public static Set<LocalDate> byRule(int year) {
        Set<LocalDate> days = new TreeSet<>();
        // 1971 Act Sch 1 (as extended by proclamation since 1974): 1 January, or the next weekday
        days.add(nextWeekday(LocalDate.of(year, Month.JANUARY, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2)); // Good Friday: a common-law holiday, named in reg 2(1)
        days.add(easter.plusDays(1)); // Easter Monday: 1971 Act Sch 1
        // early May (first Monday, by proclamation since 1978), spring (last Monday of May), summer (last Monday of August)
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        // Christmas Day (common law, reg 2(1)) and Boxing Day (1971 Act Sch 1), each moved to the
        // next free weekday when it falls at a weekend: 25 Dec on a Saturday gives Mon 27 and Tue 28
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate christmasOff = nextWeekday(christmas);
        LocalDate boxingOff = nextWeekday(christmasOff.plusDays(1));
        days.add(christmasOff);
        days.add(boxingOff);
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate nextWeekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
