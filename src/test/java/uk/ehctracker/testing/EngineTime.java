package uk.ehctracker.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.ehctracker.statutory.StatutoryClock;

/** Moves the engine's clock (which the application's clock follows in tests) to a day and time in Europe/London. */
public final class EngineTime {

    private EngineTime() {
    }

    /** The morning of this day, when people record what happened. */
    public static void today(LocalDate date) {
        now(date, LocalTime.of(10, 0));
    }

    public static void now(LocalDate date, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(date, time, StatutoryClock.LONDON).toInstant()));
    }

    /** 09:00 on this day: when a timer for the day before's last lawful day fires. */
    public static Date nineAm(LocalDate date) {
        return Date.from(ZonedDateTime.of(date, LocalTime.of(9, 0), StatutoryClock.LONDON).toInstant());
    }
}
