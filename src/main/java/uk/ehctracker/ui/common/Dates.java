package uk.ehctracker.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.ehctracker.assessment.StepStatus;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.common.DateFormats;

/**
 * How dates read on the screens: in full on family pages ("13 April 2026"), short on staff pages
 * ("13 Apr"), with the days left in words. One place, so every screen says it the same way.
 */
public final class Dates {

    private Dates() {
    }

    /** "2 March 2026". */
    public static String full(LocalDate date) {
        return DateFormats.full(date);
    }

    /** "13 Apr" this year, "13 Apr 2027" otherwise. */
    public static String brief(LocalDate date, LocalDate today) {
        return DateFormats.brief(date, today);
    }

    /** "5 days left", "due today", "1 day overdue". */
    public static String daysLeft(LocalDate today, LocalDate due) {
        long left = StatutoryClock.daysLeft(today, due);
        if (left == 0) {
            return "due today";
        }
        if (left > 0) {
            return left + (left == 1 ? " day left" : " days left");
        }
        long over = -left;
        return over + (over == 1 ? " day overdue" : " days overdue");
    }

    /**
     * As {@link #daysLeft(LocalDate, LocalDate)}, but while an exception excuses the time limit the
     * step is due "as soon as practicable" (reg 5(4), 8(2), 10(4), 13(3)), never "overdue".
     */
    public static String daysLeft(LocalDate today, LocalDate due, StepStatus status) {
        // the "Exception applies" badge beside it says why
        return status == StepStatus.EXCEPTION ? "now as soon as practicable" : daysLeft(today, due);
    }

    /** The caseworker's phrase: "Decision to assess due 13 Apr, 5 days left". */
    public static String staffDue(String what, LocalDate due, LocalDate today, StepStatus status) {
        return what + " due " + brief(due, today) + ", " + daysLeft(today, due, status);
    }
}
