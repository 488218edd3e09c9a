package uk.ehctracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.ehctracker.testing.EngineTime.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.ProcessDiagram;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.audit.AuditEntry;
import uk.ehctracker.letters.Letter;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.HistoryCleanupRuns;
import uk.ehctracker.testing.TestPeople;

/**
 * What a records officer relies on (decision 0011): the engine's history of a finished process is
 * deleted by history cleanup once its time to live has passed since the process ended, and not a
 * day before; the case's own record (the case, its decisions, letters, timeline and audit trail)
 * is never touched. The engine clock is moved, nothing sleeps.
 */
@ApplicationTest
class EngineHistoryCleanupTest {

    /** Decision 0011: every model keeps its engine history 7 years (2,555 days) after its instance ends. */
    static final int DAYS_KEPT = 2555;

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;
    @Autowired HistoryService history;
    @Autowired AssessmentService assessments;
    @Autowired AssessmentQueries queries;
    @Autowired TestPeople people;
    @Autowired DataSource dataSource;

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
        new HistoryCleanupRuns(engine, new JdbcTemplate(dataSource)).waitForTheNextWindow();
    }

    @Test
    void everyModelKeepsItsEngineHistorySevenYears() {
        List<ProcessDefinition> models = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(models).extracting(ProcessDefinition::getKey).contains(ProcessNames.ASSESSMENT_PROCESS, ProcessNames.ANNUAL_REVIEW_PROCESS,
                ProcessNames.CEASE_PROCESS, ProcessNames.COMPLAINT_PROCESS, ProcessNames.DISAGREEMENT_PROCESS,
                ProcessNames.MISSED_DEADLINE_PROCESS, ProcessNames.TRANSFER_PROCESS, "sen-support");
        assertThat(models).allSatisfy(m -> assertThat(m.getHistoryTimeToLive()).as(m.getKey()).isEqualTo(DAYS_KEPT));
    }

    @Test
    void aFinishedCaseLosesItsEngineHistoryAfterSevenYears_andKeepsItsRecord() {
        CurrentUser caseworker = people.user("caseworker");
        CurrentUser manager = people.user("manager");
        today(LocalDate.of(2026, 3, 2));
        long child = people.newChildOfParent(LocalDate.of(2018, 5, 14)).getId();
        AssessmentCase c = assessments.submitRequest(new Commands.NewRequest(child, RequestedBy.PARENT, LocalDate.of(2026, 3, 2),
                "Her reading has not moved in two years despite SEN support.", "Aisha Khan", null), caseworker);
        today(LocalDate.of(2026, 3, 31));
        assessments.decideWhetherToAssess(c.getId(), new Commands.DecideWhetherToAssess(DecisionOutcome.DO_NOT_ASSESS, true, false,
                Set.of("ATTAINMENT_AND_PROGRESS"), Set.of(), "The school's support is working: she need not have a plan.",
                LocalDate.of(2026, 3, 31)), caseworker);

        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessNames.ASSESSMENT_PROCESS)
                .processInstanceBusinessKey(Long.toString(c.getId())).singleResult();
        assertThat(ended.getEndTime()).as("the refusal ends the process").isNotNull();
        Instant removal = ended.getEndTime().toInstant().plus(Duration.ofDays(DAYS_KEPT));
        assertThat(ended.getRemovalTime()).isEqualTo(Date.from(removal));
        assertThat(engineHistoryRows(ended.getId())).isPositive();
        assertThat(queries.diagram(c.getId(), caseworker).nodes()).extracting(ProcessDiagram.Node::state).contains(ProcessDiagram.State.DONE);
        Record before = record(c.getId(), caseworker, manager);
        assertThat(before.letters()).isNotEmpty();
        assertThat(before.timeline()).isNotEmpty();
        assertThat(before.audit()).isNotEmpty();

        HistoryCleanupRuns cleanup = new HistoryCleanupRuns(engine, new JdbcTemplate(dataSource));
        ClockUtil.setCurrentTime(Date.from(removal.minus(Duration.ofDays(1))));
        cleanup.runUntilDone(100);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(ended.getId()).count())
                .as("a day before its time the engine history stays").isOne();

        ClockUtil.setCurrentTime(Date.from(removal.plus(Duration.ofHours(1))));
        cleanup.runUntilDone(100);
        assertThat(engineHistoryRows(ended.getId())).as("the engine's history of the ended process").isZero();

        Record after = record(c.getId(), caseworker, manager);
        assertThat(after.stage()).isEqualTo(CaseStage.NOT_ASSESSED);
        assertThat(after.decisions()).isEqualTo(before.decisions());
        assertThat(after.letters()).isEqualTo(before.letters());
        assertThat(after.timeline()).isEqualTo(before.timeline());
        assertThat(after.audit()).containsAll(before.audit());
        // the drawing's states came from the engine's history (decision 0009): the page shows the steps in words alone
        assertThat(queries.diagram(c.getId(), caseworker).isEmpty()).isTrue();
    }

    /** The case's own record as its pages read it: stage, decisions, letters, timeline and audit trail. */
    private Record record(long caseId, CurrentUser caseworker, CurrentUser manager) {
        return new Record(queries.visibleCase(caseId, caseworker).getStage(),
                queries.decisions(caseId, caseworker).stream().map(d -> tuple(d.getOutcome(), d.getReasons(), d.getDecidedOn())).toList(),
                queries.letters(caseId, caseworker).stream().map(l -> tuple(l.getId(), l.getNoticeType(), l.getHtml())).toList(),
                queries.timeline(caseId, caseworker).stream().map(e -> tuple(e.getHappenedAt(), e.getKind(), e.getText())).toList(),
                queries.auditTrail(caseId, manager).stream().map(AuditEntry::getId).toList());
    }

    private record Record(CaseStage stage, List<Tuple> decisions, List<Tuple> letters, List<Tuple> timeline, List<Long> audit) {
    }

    /** Rows the engine keeps about one process instance after it ends (history level full). */
    private long engineHistoryRows(String processInstanceId) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count()
                + history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).count()
                + history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).count()
                + history.createHistoricVariableInstanceQuery().processInstanceIdIn(processInstanceId).count()
                + history.createHistoricDetailQuery().processInstanceId(processInstanceId).count()
                + history.createHistoricJobLogQuery().processInstanceId(processInstanceId).count();
    }
}
