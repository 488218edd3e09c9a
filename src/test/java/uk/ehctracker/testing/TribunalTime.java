package uk.ehctracker.testing;

import java.time.LocalDate;
import java.util.List;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.statutory.WorkingDays;

/**
 * The last day to appeal for tests whose dates run from the day they are run, so cannot be written
 * out by hand: the rule itself is pinned with dates worked out by hand in StatutoryClockTest, and
 * these tests check that a screen or the API reports it for the right day (the day the notice was
 * sent, HESC Rules r20), moved on where r12 says.
 */
public final class TribunalTime {

    private static final WorkingDays ENGLAND = new WorkingDays(List.of());

    private TribunalTime() {
    }

    public static LocalDate lastDayToAppeal(LocalDate noticeSent) {
        return StatutoryClock.appealDeadline(noticeSent, null, ENGLAND);
    }

    public static LocalDate lastDayToAppeal(LocalDate noticeSent, LocalDate certificate) {
        return StatutoryClock.appealDeadline(noticeSent, certificate, ENGLAND);
    }
}
