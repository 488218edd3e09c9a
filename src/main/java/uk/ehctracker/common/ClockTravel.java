package uk.ehctracker.common;

import java.time.LocalDate;

/**
 * Enters past records through the services as if on the day they happened: the demo data and the
 * generator only, never a person's command. Services date what they record "today" (a notice is
 * sent, a draft served, on the day it is recorded: docs/law.md s0), so a record of last spring is
 * entered with the application's clock on that day. The clock moves for the calling thread only.
 */
public interface ClockTravel {

    /** Until {@link #back()}, "now" on this thread is 10:00 Europe/London on {@code day}. */
    void to(LocalDate day);

    /** This thread's clock follows the real (engine) clock again. */
    void back();
}
