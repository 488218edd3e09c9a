package uk.ehctracker.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * The engine's clock in process tests, in England's time: the application's clock follows it
 * (workflow.EngineClock). Reset it with {@link ClockUtil#reset()} after each test.
 */
public final class EngineTime {

    private EngineTime() {
    }

    /** 10:00 on {@code date}, Europe/London: a working morning after the day's timers. */
    public static void today(LocalDate date) {
        now(date, LocalTime.of(10, 0));
    }

    public static void now(LocalDate date, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(date, time, StatutoryClock.LONDON).toInstant()));
    }

    /** When a timer set for {@code date} fires: 09:00 Europe/London (StatutoryClock.timerDate). */
    public static Date nineAm(LocalDate date) {
        return Date.from(ZonedDateTime.of(date, LocalTime.of(9, 0), StatutoryClock.LONDON).toInstant());
    }
}
