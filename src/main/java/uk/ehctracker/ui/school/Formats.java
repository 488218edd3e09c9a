package uk.ehctracker.ui.school;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.ehctracker.common.DateFormats;

/** Dates (in the one format, {@link DateFormats}) and money as people in England read them. */
final class Formats {

    private Formats() {
    }

    static String day(LocalDate date) {
        return DateFormats.shortDate(date);
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
