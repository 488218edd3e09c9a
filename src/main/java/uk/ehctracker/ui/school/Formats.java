package uk.ehctracker.ui.school;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and money as people in England read them. */
final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Formats() {
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    static String yearGroup(int year) {
        if (year < 0) {
            return "Early years";
        }
        return year == 0 ? "Reception" : "Year " + year;
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
