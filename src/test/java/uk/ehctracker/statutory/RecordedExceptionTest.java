package uk.ehctracker.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordedExceptionTest {

    private static final LocalDate FROM = LocalDate.of(2026, 7, 15);

    @ParameterizedTest(name = "{1} cannot excuse {0}")
    @CsvSource(textBlock = """
            # MISSED_APPOINTMENT is for advice only (reg 8(2))
            DECISION_TO_ASSESS,    MISSED_APPOINTMENT
            DECISION_NOT_TO_ISSUE, MISSED_APPOINTMENT
            FINAL_PLAN,            MISSED_APPOINTMENT
            DRAFT_COMMENTS,        MISSED_APPOINTMENT
            # the family's and the school's 15-day windows have no exceptions
            DRAFT_COMMENTS,        SETTING_CLOSED
            DRAFT_COMMENTS,        EXCEPTIONAL_PERSONAL_CIRCUMSTANCES
            SCHOOL_CONSULTATION,   ABSENT_FROM_AREA
            SCHOOL_CONSULTATION,   CORONAVIRUS
            """)
    void reasonNotApplyingToTheLimitIsRejected(TimeLimit limit, ExceptionReason reason) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordedException(limit, reason, FROM, null))
                .withMessageContaining("reason")
                .withMessageContaining(reason.name())
                .withMessageContaining(limit.name());
    }

    @ParameterizedTest(name = "{1} may excuse {0}")
    @CsvSource(textBlock = """
            ADVICE,                MISSED_APPOINTMENT
            ADVICE,                SETTING_CLOSED
            DECISION_TO_ASSESS,    SETTING_CLOSED
            DECISION_NOT_TO_ISSUE, ABSENT_FROM_AREA
            FINAL_PLAN,            EXCEPTIONAL_PERSONAL_CIRCUMSTANCES
            FINAL_PLAN,            CORONAVIRUS
            """)
    void reasonApplyingToTheLimitIsAccepted(TimeLimit limit, ExceptionReason reason) {
        RecordedException e = new RecordedException(limit, reason, FROM, FROM.plusWeeks(6));
        assertThat(e.limit()).isEqualTo(limit);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.isOpen()).isFalse();
    }

    @Test
    void openEndedIsAllowed() {
        RecordedException e = new RecordedException(TimeLimit.FINAL_PLAN,
                ExceptionReason.ABSENT_FROM_AREA, FROM, null);
        assertThat(e.to()).isNull();
        assertThat(e.isOpen()).isTrue();
    }

    @Test
    void oneDayExceptionIsAllowed() {
        assertThat(new RecordedException(TimeLimit.ADVICE, ExceptionReason.MISSED_APPOINTMENT,
                FROM, FROM).to()).isEqualTo(FROM);
    }

    @Test
    void toBeforeFromIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordedException(TimeLimit.FINAL_PLAN,
                        ExceptionReason.SETTING_CLOSED, FROM, FROM.minusDays(1)))
                .withMessageContaining("to")
                .withMessageContaining("from")
                .withMessageContaining("2026-07-14");
    }

    // ---- within the limit's period (docs/law.md s0 item 7, s4) ---------------------------

    @ParameterizedTest(name = "{0} {1} from {2} to {3}, limit {4} to {5}, done {6}: refused under {7}")
    @CsvSource(textBlock = """
            # limit,               reason,                             from,       to,         start,      due,        done on,    refused field
            # reg 5(4): the 6 weeks run 2 March to 13 April; inside them: accepted
            DECISION_TO_ASSESS,    ABSENT_FROM_AREA,                   2026-03-16, 2026-04-24, 2026-03-02, 2026-04-13, ,           ''
            # reg 5(4): began before the request, still running at it: accepted
            DECISION_TO_ASSESS,    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, 2026-02-01, 2026-03-02, 2026-03-02, 2026-04-13, ,           ''
            # reg 5(4): open-ended, beginning on the due date: accepted
            DECISION_TO_ASSESS,    ABSENT_FROM_AREA,                   2026-04-13, ,           2026-03-02, 2026-04-13, ,           ''
            # reg 5(4): ended the day before the request: refused under 'to'
            DECISION_TO_ASSESS,    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, 2026-02-01, 2026-03-01, 2026-03-02, 2026-04-13, ,           to
            # reg 5(4): begins the day after the due date: refused under 'from'
            DECISION_TO_ASSESS,    ABSENT_FROM_AREA,                   2026-04-14, ,           2026-03-02, 2026-04-13, ,           from
            # reg 8(2): advice asked 16 March, due 27 April; a missed appointment on 15 March is before it
            ADVICE,                MISSED_APPOINTMENT,                 2026-03-15, 2026-03-15, 2026-03-16, 2026-04-27, ,           to
            ADVICE,                MISSED_APPOINTMENT,                 2026-04-20, 2026-04-20, 2026-03-16, 2026-04-27, ,           ''
            # reg 10(4): the decision not to issue was made on time: a limit met cannot be excepted
            DECISION_NOT_TO_ISSUE, SETTING_CLOSED,                     2026-05-01, ,           2026-03-02, 2026-06-22, 2026-06-19, limit
            # reg 13(3): met on its last day: still met
            FINAL_PLAN,            ABSENT_FROM_AREA,                   2026-05-01, ,           2026-03-02, 2026-07-20, 2026-07-20, limit
            # reg 13(3): done late: an exception may still explain the lateness
            FINAL_PLAN,            ABSENT_FROM_AREA,                   2026-05-01, 2026-07-01, 2026-03-02, 2026-07-20, 2026-07-28, ''
            """)
    void mustOverlapTheLimitsPeriodAndTheLimitMustNotBeMet(TimeLimit limit, ExceptionReason reason,
            LocalDate from, LocalDate to, LocalDate start, LocalDate due, LocalDate doneOn, String field) {
        RecordedException e = new RecordedException(limit, reason, from, to);
        var refusal = e.refusal(start, due, doneOn);
        if (field.isEmpty()) {
            assertThat(refusal).isEmpty();
            assertThat(e.overlaps(start, due)).isTrue();
        } else {
            assertThat(refusal).get().extracting(RecordedException.Refusal::field).isEqualTo(field);
            assertThat(refusal.get().message()).isNotBlank();
        }
        if (field.equals("to") || field.equals("from")) {
            assertThat(e.overlaps(start, due)).isFalse();
        }
    }

    @Test
    void nullsAreRejectedNamingTheField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordedException(null, ExceptionReason.SETTING_CLOSED,
                        FROM, null))
                .withMessage("limit must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordedException(TimeLimit.FINAL_PLAN, null, FROM, null))
                .withMessage("reason must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordedException(TimeLimit.FINAL_PLAN,
                        ExceptionReason.SETTING_CLOSED, null, null))
                .withMessage("from must not be null");
    }
}
