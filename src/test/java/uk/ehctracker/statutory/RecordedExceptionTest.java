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
