package uk.ehctracker.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExceptionReasonTest {

    @ParameterizedTest(name = "{0} excuses: DTA {1}, ADVICE {2}, DNTI {3}, DRAFT {4}, SCHOOL {5}, FINAL {6}")
    @CsvSource(textBlock = """
            # reason,                           DTA,   ADVICE, DNTI,  DRAFT, SCHOOL, FINAL
            SETTING_CLOSED,                     true,  true,   true,  false, false,  true
            EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, true,  true,   true,  false, false,  true
            ABSENT_FROM_AREA,                   true,  true,   true,  false, false,  true
            MISSED_APPOINTMENT,                 false, true,   false, false, false,  false
            CORONAVIRUS,                        true,  true,   true,  false, false,  true
            """)
    void appliesTo(ExceptionReason reason, boolean dta, boolean advice, boolean dnti,
                   boolean draft, boolean school, boolean finalPlan) {
        assertThat(reason.appliesTo(TimeLimit.DECISION_TO_ASSESS)).isEqualTo(dta);
        assertThat(reason.appliesTo(TimeLimit.ADVICE)).isEqualTo(advice);
        assertThat(reason.appliesTo(TimeLimit.DECISION_NOT_TO_ISSUE)).isEqualTo(dnti);
        assertThat(reason.appliesTo(TimeLimit.DRAFT_COMMENTS)).isEqualTo(draft);
        assertThat(reason.appliesTo(TimeLimit.SCHOOL_CONSULTATION)).isEqualTo(school);
        assertThat(reason.appliesTo(TimeLimit.FINAL_PLAN)).isEqualTo(finalPlan);
    }

    @ParameterizedTest(name = "{0} cites {1}, historic {2}")
    @CsvSource(textBlock = """
            SETTING_CLOSED,                     reg 10(4)(a)/(b), false
            EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, reg 10(4)(c),     false
            ABSENT_FROM_AREA,                   reg 10(4)(d),     false
            MISSED_APPOINTMENT,                 reg 8(2),         false
            CORONAVIRUS,                        reg 2A,           true
            """)
    void citationAndHistoric(ExceptionReason reason, String citation, boolean historic) {
        assertThat(reason.citation()).isEqualTo(citation);
        assertThat(reason.historicOnly()).isEqualTo(historic);
    }

    @Test
    void noReasonExcusesTheFamilysOrTheSchoolsWindow() {
        for (ExceptionReason reason : ExceptionReason.values()) {
            assertThat(reason.appliesTo(TimeLimit.DRAFT_COMMENTS)).as(reason.name()).isFalse();
            assertThat(reason.appliesTo(TimeLimit.SCHOOL_CONSULTATION)).as(reason.name()).isFalse();
        }
    }

    @Test
    void familyExplanationsArePlainSentences() {
        assertThat(ExceptionReason.SETTING_CLOSED.familyExplanation())
                .isEqualTo("Because your child's school was closed for the summer holiday when we"
                        + " asked it for advice, the usual time limit does not apply.");
        for (ExceptionReason reason : ExceptionReason.values()) {
            assertThat(reason.familyExplanation()).as(reason.name())
                    .startsWith("Because").endsWith(".").doesNotContain("reg ");
        }
        assertThat(ExceptionReason.values()).extracting(ExceptionReason::familyExplanation)
                .doesNotHaveDuplicates();
    }
}
