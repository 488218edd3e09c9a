package uk.ehctracker.workflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;
import uk.ehctracker.common.ClockTravel;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * {@link ClockTravel} for the application's {@link EngineClock}: the calling thread's "now" only,
 * so the demo seeder and the generator's worker threads each enter their records on their own
 * day while the engine's job executor and everyone else keep the real time.
 */
@Component
class EngineClockTravel implements ClockTravel {

    private static final LocalTime MORNING = LocalTime.of(10, 0);

    @Override
    public void to(LocalDate day) {
        EngineClock.TRAVELLED.set(ZonedDateTime.of(day, MORNING, StatutoryClock.LONDON).toInstant());
    }

    @Override
    public void back() {
        EngineClock.TRAVELLED.remove();
    }
}
