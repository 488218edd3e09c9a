package uk.ehctracker.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates are written wherever a person meets them: letters, e-mails, messages and screens.
 * One place, so "13 April 2026" on a letter is "13 Apr 2026" in the caseworker's table and never
 * a third way. Instants (when something happened) are shown in London time.
 */
public final class DateFormats {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** "2 March 2026": letters, e-mails, family pages, messages. */
    public static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** "2 Mar 2026": staff tables. English short months ("Sep", not the CLDR en-GB "Sept"). */
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** "2 Mar": staff tables, this year. */
    private static final DateTimeFormatter BRIEF = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** "2 Mar 2026, 14:05": timelines. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private DateFormats() {
    }

    /** "2 March 2026"; empty for no date. */
    public static String full(LocalDate date) {
        return date == null ? "" : FULL.format(date);
    }

    /** "2 Mar 2026"; empty for no date. */
    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** "2 Mar 2026", the London day of an instant. */
    public static String shortDate(Instant at) {
        return at == null ? "" : SHORT.format(at.atZone(LONDON));
    }

    /** "13 Apr" this year, "13 Apr 2027" otherwise. */
    public static String brief(LocalDate date, LocalDate today) {
        if (date == null) {
            return "";
        }
        return date.getYear() == today.getYear() ? BRIEF.format(date) : SHORT.format(date);
    }

    /** "2 Mar 2026, 14:05" in London time. */
    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(LONDON));
    }
}
