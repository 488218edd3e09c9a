package uk.ehctracker.ui.common;

/** How the last day to appeal is counted, in the family's words (HESC Rules r20, r12; docs/law.md s7). */
public final class AppealTime {

    /** Said after the date: why it may be later than the month arithmetic suggests. */
    public static final String MOVED_ON = "An appeal due on a weekend, a bank holiday, from 25 December to 1 January or in August"
            + " is in time on the next working day after, and this date allows for that.";

    private AppealTime() {
    }
}
