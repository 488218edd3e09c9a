package uk.ehctracker.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeLimitTest {

    @ParameterizedTest(name = "{0} from {1} is due {2}")
    @CsvSource(textBlock = """
            # limit,              start,      last day on time
            # ordinary request received mid-January 2026
            DECISION_TO_ASSESS,    2026-01-15, 2026-02-26
            ADVICE,                2026-01-15, 2026-02-26
            DECISION_NOT_TO_ISSUE, 2026-01-15, 2026-05-07
            FINAL_PLAN,            2026-01-15, 2026-06-04
            DRAFT_COMMENTS,        2026-01-15, 2026-01-29
            SCHOOL_CONSULTATION,   2026-01-15, 2026-01-29
            # leap year: 6 weeks from 18 January 2028 lands on 29 February
            DECISION_TO_ASSESS,    2028-01-18, 2028-02-29
            ADVICE,                2028-01-18, 2028-02-29
            DECISION_NOT_TO_ISSUE, 2028-01-18, 2028-05-09
            FINAL_PLAN,            2028-01-18, 2028-06-06
            # received on 29 February 2028
            DECISION_TO_ASSESS,    2028-02-29, 2028-04-11
            FINAL_PLAN,            2028-02-29, 2028-07-18
            # draft served across the end of February: non-leap and leap
            DRAFT_COMMENTS,        2026-02-20, 2026-03-06
            DRAFT_COMMENTS,        2028-02-20, 2028-03-05
            # month end: received 31 August 2026
            DECISION_TO_ASSESS,    2026-08-31, 2026-10-12
            DECISION_NOT_TO_ISSUE, 2026-08-31, 2026-12-21
            FINAL_PLAN,            2026-08-31, 2027-01-18
            DRAFT_COMMENTS,        2026-08-31, 2026-09-14
            # year end: received 20 December 2026
            DECISION_TO_ASSESS,    2026-12-20, 2027-01-31
            ADVICE,                2026-12-20, 2027-01-31
            DECISION_NOT_TO_ISSUE, 2026-12-20, 2027-04-11
            FINAL_PLAN,            2026-12-20, 2027-05-09
            DRAFT_COMMENTS,        2026-12-20, 2027-01-03
            SCHOOL_CONSULTATION,   2026-12-20, 2027-01-03
            # across the clock changes (dates are calendar days; the hour change does not matter)
            DECISION_TO_ASSESS,    2026-03-01, 2026-04-12
            DECISION_TO_ASSESS,    2026-09-20, 2026-11-01
            """)
    void dueDateFromStart(TimeLimit limit, LocalDate start, LocalDate due) {
        assertThat(limit.dueFrom(start)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} from {1}: remind {2} (due {3})")
    @CsvSource(textBlock = """
            # limit,              start,      reminder,   due
            DECISION_TO_ASSESS,    2026-01-15, 2026-02-19, 2026-02-26
            # week 4 chaser for advice
            ADVICE,                2026-01-15, 2026-02-12, 2026-02-26
            DECISION_NOT_TO_ISSUE, 2026-01-15, 2026-04-30, 2026-05-07
            # week 17: the draft must be out
            FINAL_PLAN,            2026-01-15, 2026-05-14, 2026-06-04
            DRAFT_COMMENTS,        2026-01-15, 2026-01-22, 2026-01-29
            SCHOOL_CONSULTATION,   2026-01-15, 2026-01-22, 2026-01-29
            DECISION_TO_ASSESS,    2028-01-18, 2028-02-22, 2028-02-29
            FINAL_PLAN,            2026-12-20, 2027-04-18, 2027-05-09
            """)
    void reminderDate(TimeLimit limit, LocalDate start, LocalDate reminder, LocalDate due) {
        assertThat(limit.reminderFrom(start)).isEqualTo(reminder);
        assertThat(limit.dueFrom(start)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: {1} days reminder, exceptions {2}, cites {3}")
    @CsvSource(textBlock = """
            DECISION_TO_ASSESS,     7, true,  reg 5(1)
            ADVICE,                14, true,  reg 8
            DECISION_NOT_TO_ISSUE,  7, true,  reg 10(1)
            DRAFT_COMMENTS,         7, false, reg 13(1)
            SCHOOL_CONSULTATION,    7, false, 'CFA s39, s40'
            FINAL_PLAN,            21, true,  reg 13(2)
            """)
    void attributes(TimeLimit limit, int reminderDays, boolean exceptions, String citation) {
        assertThat(limit.reminderDaysBefore()).isEqualTo(reminderDays);
        assertThat(limit.exceptionsCanApply()).isEqualTo(exceptions);
        assertThat(limit.citation()).isEqualTo(citation);
    }

    @Test
    void finalPlanReminderIsWeekSeventeen() {
        LocalDate received = LocalDate.of(2026, 1, 15);
        assertThat(TimeLimit.FINAL_PLAN.reminderFrom(received))
                .isEqualTo(received.plusWeeks(17));
    }

    @Test
    void everyLimitHasALabel() {
        assertThat(TimeLimit.DECISION_TO_ASSESS.label()).isEqualTo("Decision whether to assess");
        for (TimeLimit limit : TimeLimit.values()) {
            assertThat(limit.label()).as(limit.name()).isNotBlank();
        }
        assertThat(TimeLimit.values()).extracting(TimeLimit::label).doesNotHaveDuplicates();
    }
}
