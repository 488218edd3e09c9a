package uk.ehctracker.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock follows the engine's, so that "today" on a screen, a due date computed
 * by a service and a timer firing in the engine always agree — and a test that moves the engine
 * clock moves everything with it.
 */
public final class EngineClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** A thread's own "now" while it enters past records (see {@link EngineClockTravel}); null otherwise. */
    static final ThreadLocal<Instant> TRAVELLED = new ThreadLocal<>();

    @Override
    public Instant instant() {
        Instant travelled = TRAVELLED.get();
        return travelled != null ? travelled : ClockUtil.getCurrentTime().toInstant();
    }
}
