package uk.ehctracker.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ehctracker.statutory.StatutoryClock.Rag;

class StatutoryClockTest {

    // ---- London dates and working-hour timers --------------------------------------------

    @ParameterizedTest(name = "at {0} it is {1} in London")
    @CsvSource(textBlock = """
            # instant (UTC),        London date
            # summer (BST): 23:30 UTC is 00:30 the next day in London
            2026-07-15T23:30:00Z,   2026-07-16
            2026-07-15T22:59:59Z,   2026-07-15
            # winter (GMT): London date is the UTC date
            2026-01-15T23:30:00Z,   2026-01-15
            # eve of the March change: still GMT
            2026-03-28T23:30:00Z,   2026-03-28
            # eve of the October change: still BST until 01:00 UTC on 25 Oct
            2026-10-24T23:30:00Z,   2026-10-25
            # New Year's Eve
            2026-12-31T23:30:00Z,   2026-12-31
            """)
    void todayIsTheLondonDate(Instant now, LocalDate londonDate) {
        Clock utcClock = Clock.fixed(now, ZoneOffset.UTC);
        assertThat(StatutoryClock.today(utcClock)).isEqualTo(londonDate);
    }

    @Test
    void todayIgnoresTheClocksOwnZone() {
        Instant now = Instant.parse("2026-07-15T23:30:00Z");
        assertThat(StatutoryClock.today(Clock.fixed(now, ZoneOffset.ofHours(-10))))
                .isEqualTo(LocalDate.of(2026, 7, 16));
    }

    @ParameterizedTest(name = "09:00 London on {0} is {1}")
    @CsvSource(textBlock = """
            # date,      instant of 09:00 London
            # last GMT day before the March change, then BST from 29 March 2026
            2026-03-28,  2026-03-28T09:00:00Z
            2026-03-29,  2026-03-29T08:00:00Z
            2026-07-15,  2026-07-15T08:00:00Z
            # last BST day, then GMT from 25 October 2026
            2026-10-24,  2026-10-24T08:00:00Z
            2026-10-25,  2026-10-25T09:00:00Z
            2026-12-20,  2026-12-20T09:00:00Z
            2028-02-29,  2028-02-29T09:00:00Z
            """)
    void atWorkingHourAcrossClockChanges(LocalDate date, Instant expected) {
        ZonedDateTime at = StatutoryClock.atWorkingHour(date);
        assertThat(at.toInstant()).isEqualTo(expected);
        assertThat(at.getZone()).isEqualTo(StatutoryClock.LONDON);
        assertThat(at.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(at.toLocalDate()).isEqualTo(date);
    }

    @ParameterizedTest(name = "timer for {0} fires at {1}, still {0} in London")
    @CsvSource(textBlock = """
            2026-03-28,  2026-03-28T09:00:00Z
            2026-03-29,  2026-03-29T08:00:00Z
            2026-10-24,  2026-10-24T08:00:00Z
            2026-10-25,  2026-10-25T09:00:00Z
            """)
    void timerDateIsTheSameLondonDate(LocalDate date, Instant expected) {
        java.util.Date timer = StatutoryClock.timerDate(date);
        assertThat(timer.toInstant()).isEqualTo(expected);
        assertThat(timer.toInstant().atZone(StatutoryClock.LONDON).toLocalDate()).isEqualTo(date);
        assertThat(StatutoryClock.today(Clock.fixed(timer.toInstant(), ZoneOffset.UTC)))
                .isEqualTo(date);
    }

    @Test
    void finalPlanTimerForAYearEndRequest() {
        LocalDate due = TimeLimit.FINAL_PLAN.dueFrom(LocalDate.of(2026, 12, 20));
        // 9 May 2027 is BST: 09:00 London is 08:00 UTC
        assertThat(StatutoryClock.timerDate(due).toInstant())
                .isEqualTo(Instant.parse("2027-05-09T08:00:00Z"));
    }

    @Test
    void constants() {
        assertThat(StatutoryClock.LONDON.getId()).isEqualTo("Europe/London");
        assertThat(StatutoryClock.WORKING_HOUR).isEqualTo(LocalTime.of(9, 0));
        assertThat(StatutoryClock.AMBER_WITHIN_DAYS).isEqualTo(7);
    }

    @Test
    void isAStaticUtility() throws Exception {
        assertThat(Modifier.isFinal(StatutoryClock.class.getModifiers())).isTrue();
        Constructor<?>[] constructors = StatutoryClock.class.getDeclaredConstructors();
        assertThat(constructors).hasSize(1);
        assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
    }

    // ---- The last lawful day: overdue from 00:00 London the next day ----------------------

    @ParameterizedTest(name = "{0} from {1} is due {2}; at {3} overdue: {4}")
    @CsvSource(textBlock = """
            # limit,               start,      due (last lawful day), instant (UTC), overdue
            # reg 5(1): decision due Monday 30 March 2026, the day after the clocks go forward (BST)
            DECISION_TO_ASSESS,    2026-02-16, 2026-03-30, 2026-03-30T08:00:00Z, false
            # reg 5(1): 23:59 BST on the Monday: still on time
            DECISION_TO_ASSESS,    2026-02-16, 2026-03-30, 2026-03-30T22:59:59Z, false
            # reg 5(1): 00:00 BST on Tuesday is 23:00 UTC on Monday: overdue
            DECISION_TO_ASSESS,    2026-02-16, 2026-03-30, 2026-03-30T23:00:00Z, true
            # reg 5(1): decision due Monday 26 October 2026, the day after the clocks go back (GMT)
            DECISION_TO_ASSESS,    2026-09-14, 2026-10-26, 2026-10-26T23:00:00Z, false
            DECISION_TO_ASSESS,    2026-09-14, 2026-10-26, 2026-10-26T23:59:59Z, false
            DECISION_TO_ASSESS,    2026-09-14, 2026-10-26, 2026-10-27T00:00:00Z, true
            # reg 5(1): due Saturday 24 October (BST), the eve of the change: overdue at 00:00 BST Sunday
            DECISION_TO_ASSESS,    2026-09-12, 2026-10-24, 2026-10-24T22:59:59Z, false
            DECISION_TO_ASSESS,    2026-09-12, 2026-10-24, 2026-10-24T23:00:00Z, true
            # reg 8(1): advice due Saturday 28 March (GMT), the eve of the change: overdue at 00:00 GMT Sunday
            ADVICE,                2026-02-14, 2026-03-28, 2026-03-28T23:59:59Z, false
            ADVICE,                2026-02-14, 2026-03-28, 2026-03-29T00:00:00Z, true
            # reg 10(1): 16 weeks, due Monday 26 October 2026 (GMT)
            DECISION_NOT_TO_ISSUE, 2026-07-06, 2026-10-26, 2026-10-26T23:59:59Z, false
            DECISION_NOT_TO_ISSUE, 2026-07-06, 2026-10-26, 2026-10-27T00:00:00Z, true
            # reg 13(2): 20 weeks, due Monday 30 March 2026 (BST)
            FINAL_PLAN,            2025-11-10, 2026-03-30, 2026-03-30T22:59:59Z, false
            FINAL_PLAN,            2025-11-10, 2026-03-30, 2026-03-30T23:00:00Z, true
            # reg 13(1): 15 days beginning with the day served, 12 to 26 October 2026
            DRAFT_COMMENTS,        2026-10-12, 2026-10-26, 2026-10-26T23:59:59Z, false
            DRAFT_COMMENTS,        2026-10-12, 2026-10-26, 2026-10-27T00:00:00Z, true
            # CFA s39 (practice, not statute): school's 15 days, due Monday 30 March 2026 (BST)
            SCHOOL_CONSULTATION,   2026-03-16, 2026-03-30, 2026-03-30T22:59:59Z, false
            SCHOOL_CONSULTATION,   2026-03-16, 2026-03-30, 2026-03-30T23:00:00Z, true
            """)
    void overdueOnlyFromTheStartOfTheNextLondonDay(TimeLimit limit, LocalDate start, LocalDate due,
                                                   Instant now, boolean overdue) {
        assertThat(limit.dueFrom(start)).isEqualTo(due);
        assertThat(limit.startFor(due)).isEqualTo(start);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        assertThat(StatutoryClock.isOverdue(clock, due)).isEqualTo(overdue);
        assertThat(StatutoryClock.isOverdue(StatutoryClock.today(clock), due)).isEqualTo(overdue);
        assertThat(!now.isBefore(StatutoryClock.overdueFrom(due).toInstant())).isEqualTo(overdue);
        // due today is AMBER, never RED; RED exactly when overdue
        Rag rag = StatutoryClock.rag(StatutoryClock.today(clock), due, null, true);
        assertThat(rag).isEqualTo(overdue ? Rag.RED : Rag.AMBER);
        assertThat(StatutoryClock.isDueToday(StatutoryClock.today(clock), due)).isEqualTo(!overdue);
    }

    @ParameterizedTest(name = "due {0}: overdue from {1}, escalated at {2}")
    @CsvSource(textBlock = """
            # due (last lawful day), overdue from (00:00 London), escalation timer (09:00 London next day)
            # decision 0002: the Saturday before the March change (GMT): escalated on the Sunday, in BST
            2026-03-28, 2026-03-29T00:00:00Z, 2026-03-29T08:00:00Z
            # a Monday in BST
            2026-03-30, 2026-03-30T23:00:00Z, 2026-03-31T08:00:00Z
            # the Saturday before the October change (BST): escalated on the Sunday, in GMT
            2026-10-24, 2026-10-24T23:00:00Z, 2026-10-25T09:00:00Z
            # a Monday in GMT
            2026-10-26, 2026-10-27T00:00:00Z, 2026-10-27T09:00:00Z
            # month, year and leap-day ends
            2026-04-30, 2026-04-30T23:00:00Z, 2026-05-01T08:00:00Z
            2026-12-31, 2027-01-01T00:00:00Z, 2027-01-01T09:00:00Z
            2028-02-28, 2028-02-29T00:00:00Z, 2028-02-29T09:00:00Z
            2028-02-29, 2028-03-01T00:00:00Z, 2028-03-01T09:00:00Z
            """)
    void escalationFiresAtNineTheDayAfterTheDueDate(LocalDate due, Instant overdueFrom, Instant escalation) {
        assertThat(StatutoryClock.overdueFrom(due).toInstant()).isEqualTo(overdueFrom);
        assertThat(StatutoryClock.escalationDate(due)).isEqualTo(due.plusDays(1));
        java.util.Date timer = StatutoryClock.escalationTimerDate(due);
        assertThat(timer.toInstant()).isEqualTo(escalation);
        // the timer never fires while the step is still on time
        assertThat(StatutoryClock.isOverdue(Clock.fixed(timer.toInstant(), ZoneOffset.UTC), due)).isTrue();
        assertThat(StatutoryClock.isOverdue(Clock.fixed(overdueFrom.minusSeconds(1), ZoneOffset.UTC), due)).isFalse();
    }

    // ---- Appeal deadline -----------------------------------------------------------------

    /** England's working days by their standing rules (no proclaimed change). */
    private static final WorkingDays ENGLAND = new WorkingDays(List.of());

    // Worked out by hand: HESC Rules 2008 r20(1)(c) gives the period (2 months after the notice
    // was sent, or 1 month from a later certificate); r12(2) moves a period ending on a weekend or
    // bank holiday to the next working day; r12(3)(a) moves one ending 25 Dec-1 Jan or in August
    // to the first working day after 1 January or 31 August.
    @ParameterizedTest(name = "decision sent {0}, certificate {1}: appeal by {2}")
    @CsvSource(textBlock = """
            # decision sent, mediation certificate, last day to appeal
            # 2 months end on Wed 30 Sep 2026: a working day, unchanged
            2026-07-31, ,           2026-09-30
            # 2 months end on Sun 15 Mar 2026: r12(2), Monday 16th
            2026-01-15, ,           2026-03-16
            # month-end clamp: 31 Oct 2026 does exist, a Saturday: Monday 2 Nov
            2026-08-31, ,           2026-11-02
            # clamp to Sun 28 Feb 2027: Monday 1 March
            2026-12-31, ,           2027-03-01
            # clamp to 29 Feb 2028 (leap year), a Tuesday
            2027-12-31, ,           2028-02-29
            2027-12-29, ,           2028-02-29
            # Good Friday 3 Apr 2026, then the weekend and Easter Monday: Tuesday 7 April
            2026-02-03, ,           2026-04-07
            # ends Thu 24 Dec 2026, before the Christmas days: unchanged
            2026-10-24, ,           2026-12-24
            # ends Mon 28 Dec 2026 (r12(3)(a)): first working day after Fri 1 Jan 2027 is Mon 4 Jan
            2026-10-28, ,           2027-01-04
            # ends on 1 Jan 2027 itself
            2026-11-01, ,           2027-01-04
            # ends Sat 2 Jan 2027, after the Christmas days: r12(2), Monday 4 Jan
            2026-11-02, ,           2027-01-04
            # ends Sat 25 Dec 2027: after 1 Jan 2028 (a Saturday) come Sun 2 and the substitute bank holiday Mon 3 Jan: Tuesday 4 Jan
            2027-10-25, ,           2028-01-04
            # ends Sun 30 Aug 2026: first working day after 31 Aug 2026 (the summer bank holiday) is Tue 1 Sep
            2026-06-30, ,           2026-09-01
            # ends Sun 1 Aug 2027: Wednesday 1 Sep 2027
            2027-06-01, ,           2027-09-01
            # a later mediation certificate: 1 month from it wins
            2026-01-15, 2026-03-01, 2026-04-01
            2026-08-31, 2026-10-20, 2026-11-20
            # certificate on 30 Jan: one month clamps to Sun 28 Feb 2027, then Monday 1 March
            2026-12-10, 2027-01-30, 2027-03-01
            2027-12-01, 2028-01-30, 2028-02-29
            # certificate 28 Nov 2026: 1 month ends Mon 28 Dec, in the Christmas days: Mon 4 Jan 2027
            2026-10-01, 2026-11-28, 2027-01-04
            # certificate 15 Jul 2026: 1 month ends Sat 15 Aug: Tue 1 Sep 2026
            2026-05-10, 2026-07-15, 2026-09-01
            # an earlier certificate: 2 months from the decision win (Sun 15 Mar 2026, then Monday)
            2026-01-15, 2026-01-20, 2026-03-16
            2026-08-31, 2026-09-15, 2026-11-02
            """)
    void appealDeadline(LocalDate decisionSent, LocalDate certificate, LocalDate deadline) {
        assertThat(StatutoryClock.appealDeadline(decisionSent, certificate, ENGLAND)).isEqualTo(deadline);
    }

    @Test
    void appealDeadline_movesPastAProclaimedBankHoliday() {
        // 2 months after 8 Mar 2023 end Mon 8 May 2023, the coronation bank holiday (proclaimed,
        // so recorded as data): r12(2) gives Tuesday 9 May
        WorkingDays withCoronation = new WorkingDays(List.of(new WorkingDays.Change(LocalDate.of(2023, 5, 8), true, "coronation")));
        assertThat(StatutoryClock.appealDeadline(LocalDate.of(2023, 3, 8), null, ENGLAND)).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(StatutoryClock.appealDeadline(LocalDate.of(2023, 3, 8), null, withCoronation)).isEqualTo(LocalDate.of(2023, 5, 9));
    }

    // ---- Exceptions: is the limit binding? -------------------------------------------------

    private static final LocalDate DUE = LocalDate.of(2026, 9, 1);

    @Test
    void bindingWithNoExceptions() {
        for (TimeLimit limit : TimeLimit.values()) {
            assertThat(StatutoryClock.isBinding(limit, DUE, List.of())).as(limit.name()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} due 2026-09-01, {1} from {2} to {3}: binding {4}")
    @CsvSource(textBlock = """
            # limit checked,      recorded reason,                    from,       to,         binding
            # summer closure before the due date: not binding
            FINAL_PLAN,            SETTING_CLOSED,                     2026-07-15, 2026-09-02, false
            # started on the due date itself: not binding
            FINAL_PLAN,            ABSENT_FROM_AREA,                   2026-09-01, ,           false
            # started the day after the due date: too late, still binding
            FINAL_PLAN,            ABSENT_FROM_AREA,                   2026-09-02, ,           true
            # reg 5(4), docs/law.md s0 item 7: the 6 weeks run 21 July to 1 September; an exception
            # ending inside them overlaps, though it began before the request
            DECISION_TO_ASSESS,    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, 2026-07-01, 2026-07-31, false
            # reg 5(4): ended on the start date itself: one day in common
            DECISION_TO_ASSESS,    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, 2026-07-01, 2026-07-21, false
            # reg 5(4): ended the day before the limit began: excuses nothing
            DECISION_TO_ASSESS,    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, 2026-07-01, 2026-07-20, true
            # reg 13(3): the 20 weeks run 14 April to 1 September; a period over by 13 April is no excuse
            FINAL_PLAN,            ABSENT_FROM_AREA,                   2026-02-01, 2026-04-13, true
            # reg 13(3): began before the request, still open: overlaps
            FINAL_PLAN,            ABSENT_FROM_AREA,                   2026-02-01, ,           false
            # reg 8(2): advice asked 21 July, due 1 September
            ADVICE,                MISSED_APPOINTMENT,                 2026-08-10, 2026-08-10, false
            ADVICE,                MISSED_APPOINTMENT,                 2026-07-20, 2026-07-20, true
            # reg 10(4) (and the spent 2020 coronavirus rule): 16 weeks run 12 May to 1 September
            DECISION_NOT_TO_ISSUE, CORONAVIRUS,                        2026-08-01, ,           false
            DECISION_NOT_TO_ISSUE, ABSENT_FROM_AREA,                   2026-04-01, 2026-05-11, true
            """)
    void bindingForOneRecordedException(TimeLimit limit, ExceptionReason reason, LocalDate from,
                                        LocalDate to, boolean binding) {
        List<RecordedException> recorded = List.of(new RecordedException(limit, reason, from, to));
        assertThat(StatutoryClock.isBinding(limit, DUE, recorded)).isEqualTo(binding);
    }

    @ParameterizedTest(name = "advice asked {0}, due {1}; exception {2} to {3}: binding {4}")
    @CsvSource(textBlock = """
            # reg 8(2): the adviser's own 6 weeks, from the day asked, are the period to overlap
            # asked,     due,        from,       to,         binding
            2026-05-01, 2026-06-12, 2026-04-01, 2026-04-30, true
            2026-05-01, 2026-06-12, 2026-04-01, 2026-05-01, false
            2026-05-01, 2026-06-12, 2026-06-12, ,           false
            2026-05-01, 2026-06-12, 2026-06-13, ,           true
            """)
    void adviceExceptionsOverlapTheAdvisersOwnPeriod(LocalDate asked, LocalDate due, LocalDate from,
                                                     LocalDate to, boolean binding) {
        List<RecordedException> recorded = List.of(new RecordedException(TimeLimit.ADVICE,
                ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, from, to));
        assertThat(StatutoryClock.isBinding(TimeLimit.ADVICE, asked, due, recorded)).isEqualTo(binding);
    }

    @Test
    void anExceptionOnAnotherLimitDoesNotCount() {
        List<RecordedException> recorded = List.of(new RecordedException(TimeLimit.ADVICE,
                ExceptionReason.MISSED_APPOINTMENT, LocalDate.of(2026, 8, 1), null));
        assertThat(StatutoryClock.isBinding(TimeLimit.FINAL_PLAN, DUE, recorded)).isTrue();
        assertThat(StatutoryClock.isBinding(TimeLimit.ADVICE, DUE, recorded)).isFalse();
    }

    @Test
    void oneApplicableExceptionAmongSeveralIsEnough() {
        List<RecordedException> recorded = List.of(
                new RecordedException(TimeLimit.FINAL_PLAN, ExceptionReason.ABSENT_FROM_AREA,
                        LocalDate.of(2026, 10, 1), null),
                new RecordedException(TimeLimit.FINAL_PLAN, ExceptionReason.SETTING_CLOSED,
                        LocalDate.of(2026, 7, 15), LocalDate.of(2026, 9, 2)));
        assertThat(StatutoryClock.isBinding(TimeLimit.FINAL_PLAN, DUE, recorded)).isFalse();
    }

    @Test
    void familysAndSchoolsWindowsAreAlwaysBinding() {
        List<RecordedException> recorded = List.of(new RecordedException(TimeLimit.FINAL_PLAN,
                ExceptionReason.SETTING_CLOSED, LocalDate.of(2026, 7, 15), null));
        assertThat(StatutoryClock.isBinding(TimeLimit.DRAFT_COMMENTS, DUE, recorded)).isTrue();
        assertThat(StatutoryClock.isBinding(TimeLimit.SCHOOL_CONSULTATION, DUE, recorded))
                .isTrue();
    }

    // ---- Days left and RAG -----------------------------------------------------------------

    @ParameterizedTest(name = "{0} to {1}: {2} days")
    @CsvSource(textBlock = """
            2026-02-22, 2026-03-01,  7
            2026-03-01, 2026-03-01,  0
            2026-03-03, 2026-03-01, -2
            2028-02-28, 2028-03-01,  2
            2027-02-28, 2027-03-01,  1
            2026-12-20, 2027-05-09, 140
            # across the October clock change: still whole days
            2026-10-24, 2026-10-26,  2
            """)
    void daysLeft(LocalDate today, LocalDate due, long days) {
        assertThat(StatutoryClock.daysLeft(today, due)).isEqualTo(days);
    }

    @ParameterizedTest(name = "today {0}, due 2026-03-01, done {1}, binding {2}: {3}")
    @CsvSource(textBlock = """
            # today,     done on,    binding, rag
            2026-02-01,  ,           true,    GREEN
            # 8 days left: still green; 7 days left: amber
            2026-02-21,  ,           true,    GREEN
            2026-02-22,  ,           true,    AMBER
            # the due date itself is the last day on time
            2026-03-01,  ,           true,    AMBER
            2026-03-02,  ,           true,    RED
            2026-04-01,  ,           true,    RED
            2026-04-01,  2026-03-01, true,    DONE_ON_TIME
            2026-04-01,  2026-02-10, true,    DONE_ON_TIME
            2026-04-01,  2026-03-02, true,    DONE_LATE
            # an exception applies: late is not a breach
            2026-04-01,  2026-03-02, false,   EXCEPTION
            2026-03-10,  ,           false,   EXCEPTION
            2026-02-01,  ,           false,   EXCEPTION
            # done on time even though an exception was recorded
            2026-04-01,  2026-02-27, false,   DONE_ON_TIME
            """)
    void rag(LocalDate today, LocalDate doneOn, boolean binding, Rag expected) {
        assertThat(StatutoryClock.rag(today, LocalDate.of(2026, 3, 1), doneOn, binding))
                .isEqualTo(expected);
    }
}
