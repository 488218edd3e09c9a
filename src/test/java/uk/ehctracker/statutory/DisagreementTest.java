package uk.ehctracker.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.ehctracker.statutory.Disagreement.OrderKind;
import uk.ehctracker.statutory.Disagreement.Step;

/**
 * The dates after a disagreement, checked by hand against the law (docs/law.md s7): the mediation
 * certificate in working days (reg 34; reg 39; reg 2(1)), the 30 days to arrange mediation, and
 * the clocks of a Tribunal order (reg 44) or a concession (reg 45), in calendar weeks.
 */
class DisagreementTest {

    final WorkingDays days = new WorkingDays(WorkingDaysTest.KNOWN);

    @ParameterizedTest(name = "{0}: {1} -> certificate by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # what                                              | contact or mediation ended | certificate by
            # an ordinary week: Monday -> Thursday
            ordinary week                                       | 2026-03-02 | 2026-03-05
            # Christmas Day and Boxing Day, then the weekend
            Christmas 2025                                      | 2025-12-23 | 2025-12-30
            # 2026: Boxing Day on a Saturday, its substitute Monday 28 December
            Christmas 2026 with a substitute day                | 2026-12-24 | 2026-12-31
            # Good Friday (3 April) and Easter Monday (6 April)
            Easter 2026                                         | 2026-04-02 | 2026-04-09
            # the summer bank holiday, Monday 31 August
            August bank holiday 2026                            | 2026-08-28 | 2026-09-03
            # one-off: the coronation, Monday 8 May 2023
            coronation 2023                                     | 2023-05-05 | 2023-05-11
            # one-off: the state funeral, Monday 19 September 2022
            state funeral 2022                                  | 2022-09-15 | 2022-09-21
            """)
    void theCertificate_comesWithinThreeWorkingDays_ofTheContactOrOfTheMediationEnding(String what, LocalDate from, LocalDate due) {
        assertThat(Disagreement.certificateAfterDecliningDue(from, days)).isEqualTo(due);
        assertThat(Disagreement.certificateAfterMediationDue(from, days)).isEqualTo(due);
    }

    @Test
    void aOneOffDayCounts_onlyOnceItIsRecorded() {
        // without the proclamation, Monday 8 May 2023 would be a working day
        assertThat(Disagreement.certificateAfterDecliningDue(LocalDate.of(2023, 5, 5), new WorkingDays(List.of())))
                .isEqualTo(LocalDate.of(2023, 5, 10));
    }

    @ParameterizedTest(name = "told {0} -> mediation by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # calendar days: Christmas is not skipped
            2025-12-01 | 2025-12-31
            # across a short February
            2026-01-30 | 2026-03-01
            """)
    void mediation_takesPlaceWithinThirtyDays_ofTheLaBeingTold(LocalDate told, LocalDate due) {
        assertThat(Disagreement.mediationDue(told)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind     | order made | due dates in order
            # to assess: 2 weeks to tell the family, 10 weeks for a decision not to issue, 14 weeks for the final plan
            ASSESS     | 2025-12-19 | 2026-01-02 2026-02-27 2026-03-27
            # 2 weeks ends on New Year's Day 2027: calendar weeks, the day does not move
            ASSESS     | 2026-12-18 | 2027-01-01 2027-02-26 2027-03-26
            # to make a plan: draft in 5 weeks, final in 11
            MAKE_PLAN  | 2026-03-27 | 2026-05-01 2026-06-12
            # 5 weeks ends on the August bank holiday, and stays there
            MAKE_PLAN  | 2026-07-27 | 2026-08-31 2026-10-12
            # an amended plan within 5 weeks
            AMEND_PLAN | 2026-08-03 | 2026-09-07
            # reg 44(2)(f): only the setting in section I: the amended plan within 2 weeks, across Christmas
            NAME_SETTING | 2026-12-21 | 2027-01-04
            """)
    void anOrder_setsItsClocks_inCalendarWeeksFromTheOrder(OrderKind kind, LocalDate orderedOn, String dues) {
        assertThat(Disagreement.steps(kind, orderedOn)).extracting(Step::due)
                .containsExactlyElementsOf(java.util.Arrays.stream(dues.split(" ")).map(LocalDate::parse).toList());
        assertThat(Disagreement.firstStep(kind, orderedOn).due()).isEqualTo(LocalDate.parse(dues.split(" ")[0]));
    }

    @Test
    void aConcession_countsTheSameLimits_fromTheDayTheLaToldTheTribunal() {
        // reg 45: the LA told the Tribunal on Thursday 2 April 2026 it would not oppose an appeal against a refusal to assess
        LocalDate told = LocalDate.of(2026, 4, 2);
        assertThat(Disagreement.steps(OrderKind.ASSESS, told)).extracting(Step::due).containsExactly(
                LocalDate.of(2026, 4, 16), LocalDate.of(2026, 6, 11), LocalDate.of(2026, 7, 9));
    }
}
