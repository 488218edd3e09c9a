package uk.ehctracker.existingplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.CaseOrigin;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.audit.AuditLog;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.review.ReviewService;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.EngineTime;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.workflow.ProcessNames;
import uk.ehctracker.support.SupportCommands;
import uk.ehctracker.support.SenSupportService;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.directory.Child;

/**
 * An LA imports its caseload: each good row becomes the case of an existing plan with its next
 * review and timers, each bad row is reported by row and column with nothing written, and the same
 * file imported again adds nothing. Today is Monday 1 June 2026.
 */
@ApplicationTest
class ExistingPlanImportTest {

    static final String HEADER = "first_name,last_name,date_of_birth,upn_or_local_id,school_urn,plan_date,last_review_date,primary_need,family_email\n";

    @Autowired ExistingPlanImport importer;
    @Autowired AssessmentQueries cases;
    @Autowired ReviewService reviews;
    @Autowired uk.ehctracker.review.ReviewWorklist reviewList;
    @Autowired AuditLog audit;
    @Autowired TestPeople people;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired SenSupportService support;

    CurrentUser manager;
    long la;

    @BeforeEach
    void today() {
        EngineTime.today(LocalDate.of(2026, 6, 1));
        manager = people.user("manager");
        la = manager.laId();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void goodRowsAreImportedWithTheirReviews_badRowsAreReportedByRowAndColumn_andASecondImportAddsNothing() {
        String csv = HEADER
                // row 2: reviewed on 10 March 2026, so the next review is due by 10 March 2027 (CFA s44(1))
                + "Ada,Lovelace,2018-05-14,A123456789012,100001,2024-02-01,2026-03-10,ASD,ada.family@example.org\n"
                // row 3: the plan before the child was born, and a need code SEN2 does not have
                + "Grace,Hopperx,2019-01-01,NB-0001,100001,2018-06-01,,XYZ,\n"
                // row 4: a school of another council (Southvale's Meadow View)
                + "Alan,Turingx,2017-03-01,NB-0002,100003,2024-09-01,,SLCN,\n"
                // row 5: no 31 February
                + "Mary,Somervillex,2016-04-04,NB-0003,100002,31/02/2025,,MLD,\n"
                // row 6: row 2's child again
                + "Ada,Lovelace,2018-05-14,A 1234 5678 9012,100001,2024-02-01,2026-03-10,ASD,\n"
                // row 7: never reviewed: the first review is due 12 months from the plan, 15 January 2027
                + "Dorothy,Hodgkinx,2019-09-01,NB-0042,100002,15/01/2026,,SEMH,\n"
                // row 8: a review before the plan
                + "Rosalind,Franklinx,2015-07-25,NB-0004,100001,2025-05-01,2025-04-01,HI,\n";
        List<Integer> progress = new ArrayList<>();

        ExistingPlanImport.Report report = importer.importCsv(la, new StringReader(csv), manager, progress::add);

        assertThat(report.rows()).isEqualTo(7);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(report.refusals()).extracting(ExistingPlanImport.Refusal::row, ExistingPlanImport.Refusal::field).containsExactly(
                tuple(3L, "plan_date"), tuple(3L, "primary_need"), tuple(4L, "school_urn"), tuple(5L, "plan_date"),
                tuple(6L, "upn_or_local_id"), tuple(8L, "last_review_date"));
        assertThat(report.refusals()).extracting(ExistingPlanImport.Refusal::reason).containsExactly(
                "The plan's date cannot be before the child's date of birth (1 January 2019)",
                "The primary need must be one of the SEN2 codes: SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, DS, OTH",
                "No school with URN 100003 is in Northbridge Council's directory",
                "\"31/02/2025\" is not a date: write it as 31/03/2025 or 2025-03-31",
                "The same child is on row 2 of this file",
                "The last review's date cannot be before the plan's date (1 May 2025)");
        assertThat(report.refusedRows()).isEqualTo(5);
        // nothing of a refused row is written: no child, no family
        assertThat(jdbc.queryForObject("SELECT count(*) FROM child WHERE last_name LIKE '%x' AND last_name <> 'Hodgkinx'", Integer.class))
                .isZero();

        var ada = cases.importedPlan(la, "A123456789012").orElseThrow();
        assertThat(ada.getOrigin()).isEqualTo(CaseOrigin.IMPORTED);
        assertThat(ada.getStage()).isEqualTo(CaseStage.PLAN_ISSUED);
        assertThat(ada.getFinalPlanIssuedOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(ada.getPrimaryNeed()).isEqualTo("ASD");
        ReviewService.View adaReview = reviews.view(ada.getId(), people.user("caseworker")).orElseThrow();
        assertThat(adaReview.countedFrom()).isEqualTo(LocalDate.of(2026, 3, 10));
        // CFA s44(1): within 12 months of the last review; Ada (born May 2018) moves school only in 2029
        assertThat(adaReview.dueOn()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(adaReview.reviewDueBy()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(instance(adaReview.id())).isNotNull();
        assertThat(management.createJobQuery().processInstanceId(instance(adaReview.id()).getId()).activityId("reviewWindowOpens")
                .count()).isEqualTo(1);
        assertThat(audit.entriesOf(ada.getId())).filteredOn(e -> "manager".equals(e.getUsername())).extracting(e -> e.getDetail())
                .containsExactly("Existing EHC plan recorded (case " + ada.getId() + ")");

        var dorothy = cases.importedPlan(la, "NB-0042").orElseThrow();
        ReviewService.View dorothyReview = reviews.view(dorothy.getId(), manager).orElseThrow();
        assertThat(dorothyReview.cycle()).isEqualTo(1);
        assertThat(dorothyReview.countedFrom()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(dorothyReview.dueOn()).isEqualTo(LocalDate.of(2027, 1, 15));

        int casesBefore = jdbc.queryForObject("SELECT count(*) FROM assessment_case", Integer.class);
        int reviewsBefore = jdbc.queryForObject("SELECT count(*) FROM annual_review", Integer.class);
        ExistingPlanImport.Report again = importer.importCsv(la, new StringReader(csv), manager, n -> { });
        assertThat(again.imported()).isZero();
        assertThat(again.refusals()).filteredOn(r -> r.row() == 2 || r.row() == 7).extracting(ExistingPlanImport.Refusal::reason)
                .containsExactly("A plan for A123456789012 is already on the tracker (" + ada.reference() + ")",
                        "A plan for NB-0042 is already on the tracker (" + dorothy.reference() + ")");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM assessment_case", Integer.class)).isEqualTo(casesBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM annual_review", Integer.class)).isEqualTo(reviewsBefore);
    }

    @Test
    void aReviewAlreadyOverdue_isListedForTheCaseworkers_butItsMissedDateIsNotEscalatedToTheManagers() {
        // reviewed on 10 January 2025: the next was due by 10 January 2026, before the tracker held the plan
        String csv = HEADER + "Kit,Marlowe,2017-11-20,NB-OVERDUE-1,100001,2023-01-05,2025-01-10,PD,\n";
        ExistingPlanImport.Report report = importer.importCsv(la, new StringReader(csv), manager, n -> { });
        assertThat(report.imported()).isEqualTo(1);
        long caseId = cases.importedPlan(la, "NB-OVERDUE-1").orElseThrow().getId();
        ReviewService.View review = reviews.view(caseId, manager).orElseThrow();
        assertThat(review.reviewDueBy()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(reviewList.rows(people.user("caseworker"), uk.ehctracker.review.ReviewWorklist.ReviewList.OVERDUE, 0, 1000))
                .filteredOn(r -> r.caseId() == caseId).singleElement()
                .satisfies(r -> assertThat(r.lists()).contains(uk.ehctracker.review.ReviewWorklist.ReviewList.OVERDUE));

        // the timers are all past: the window opens, the reminder is sent, and the due timer fires with no manager's review
        fireAllDue(review.id());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.MISSED_DEADLINE_PROCESS)
                .processInstanceBusinessKey(Long.toString(caseId)).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance(review.id()).getId()).activityIdIn("arrangeReviewMeeting")
                .count()).isEqualTo(1);
    }

    @Test
    void aChildOnSenSupport_leavesItWhenTheirPlanIsImported() {
        // docs/law.md s1: a plan's provision replaces SEN support (census code E, not K)
        LocalDate today = LocalDate.of(2026, 6, 1);
        Child pupil = people.newChildOfParent(LocalDate.of(2017, 4, 2));
        support.placeOnSenSupport(pupil.getId(), new SupportCommands.Place(LocalDate.of(2025, 9, 10), LocalDate.of(2025, 9, 10),
                List.of(NeedType.SPLD)), people.user("senco"));
        assertThat(supportStatus(pupil)).isEqualTo("ON_SEN_SUPPORT");

        String csv = HEADER + pupil.getFirstName() + ",Khan,2017-04-02,NB-SUP-" + pupil.getId() + ",100001,2025-01-20,,SPLD,\n";
        assertThat(importer.importCsv(la, new StringReader(csv), manager, n -> { }).imported()).isEqualTo(1);

        // left on the day the plan was recorded (1 June 2026), with the plan's own date in the reason
        assertThat(supportStatus(pupil)).isEqualTo("LEFT");
        assertThat(jdbc.queryForObject("SELECT left_on FROM sen_support_record WHERE child_id = ?", LocalDate.class, pupil.getId()))
                .isEqualTo(today);
        assertThat(jdbc.queryForObject("SELECT left_reason FROM sen_support_record WHERE child_id = ?", String.class, pupil.getId()))
                .startsWith("An EHC plan of 20 January 2025, made before the tracker, was recorded (EHC-");
    }

    private String supportStatus(Child pupil) {
        return jdbc.queryForObject("SELECT status FROM sen_support_record WHERE child_id = ?", String.class, pupil.getId());
    }

    @Test
    void onlyTheLasManagersImport() {
        String csv = HEADER + "Ann,Other,2017-11-20,NB-ACCESS-1,100001,2023-01-05,,PD,\n";
        assertThatThrownBy(() -> importer.importCsv(la, new StringReader(csv), people.user("caseworker2"), n -> { }))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importer.importCsv(la, new StringReader(csv), people.user("caseworker"), n -> { }))
                .isInstanceOf(NotFoundException.class);
        assertThat(cases.importedPlan(la, "NB-ACCESS-1")).isEmpty();
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedWhole() {
        assertThatThrownBy(() -> importer.importCsv(la, new StringReader("name,dob\nAnn,2017-11-20\n"), manager, n -> { }))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("it has no first_name, last_name, date_of_birth")));
    }

    private ProcessInstance instance(long reviewId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessNames.ANNUAL_REVIEW_PROCESS)
                .processInstanceBusinessKey(Long.toString(reviewId)).singleResult();
    }

    private void fireAllDue(long reviewId) {
        EngineTime.now(LocalDate.of(2026, 6, 1), LocalTime.of(9, 30));
        for (int i = 0; i < 10; i++) {
            List<Job> due = management.createJobQuery().processInstanceId(instance(reviewId).getId()).timers()
                    .duedateLowerThan(ClockUtil.getCurrentTime()).list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }
}
