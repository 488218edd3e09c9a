package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.ui.caseworker.CaseworkerHomeView;
import uk.ehctracker.casework.CaseSearch.CaseRow;
import uk.ehctracker.casework.CasePages.TaskRow;
import uk.ehctracker.assessment.CaseSteps;

/** The caseworker's work list and case list, per LA. */
class CaseworkerHomeViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    static Grid<TaskRow> taskGrid() {
        return _get(Grid.class, s -> s.withId("tasks"));
    }

    @SuppressWarnings("unchecked")
    static Grid<CaseRow> caseGrid() {
        return _get(Grid.class, s -> s.withId("cases"));
    }

    @Test
    void theCaseworkerSeesTheNewRequest_claimsIt_andHandsItBack() {
        AssessmentCase c = cases().requested();
        signIn("caseworker");
        navigate("caseworker");
        assertThat(com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView()).isEqualTo(CaseworkerHomeView.class);
        // nothing of this case is mine yet
        _get(Tabs.class).setSelectedIndex(0);
        assertThat(_findAll(taskGrid())).noneMatch(t -> t.caseId() == c.getId());
        _get(Tabs.class).setSelectedIndex(1);
        TaskRow decide = _findAll(taskGrid()).stream().filter(t -> t.caseId() == c.getId()).findFirst().orElseThrow();
        assertThat(decide.task().taskKey()).isEqualTo(CaseSteps.DECIDE_WHETHER_TO_ASSESS);
        assertThat(KaribuTest.textOf(taskGrid())).isNotNull();
        int row = _findAll(taskGrid()).indexOf(decide);
        com.vaadin.flow.component.button.Button claim = (com.vaadin.flow.component.button.Button) GridKt._getCellComponent(taskGrid(), row, "action");
        assertThat(claim.getText()).isEqualTo("Take it");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(claim);
        _get(Tabs.class).setSelectedIndex(0);
        assertThat(_findAll(taskGrid())).anyMatch(t -> t.caseId() == c.getId());
        TaskRow mine = _findAll(taskGrid()).stream().filter(t -> t.caseId() == c.getId()).findFirst().orElseThrow();
        com.vaadin.flow.component.button.Button release = (com.vaadin.flow.component.button.Button)
                GridKt._getCellComponent(taskGrid(), _findAll(taskGrid()).indexOf(mine), "action");
        assertThat(release.getText()).isEqualTo("Hand back");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(release);
        assertThat(_findAll(taskGrid())).noneMatch(t -> t.caseId() == c.getId());
    }

    @Test
    void aCaseworkerWithNoTaskOfTheirOwn_seesTheTeamsTasksFirst() {
        AssessmentCase c = cases().requested();
        var people = context.getBean(uk.ehctracker.testing.TestPeople.class);
        var userTasks = context.getBean(uk.ehctracker.workflow.UserTasks.class);
        var caseworker = people.user("caseworker");
        // hand back whatever earlier tests left with this caseworker
        context.getBean(uk.ehctracker.casework.CasePages.class).tasks(caseworker).stream()
                .filter(t -> t.isAssignedTo(caseworker)).forEach(t -> userTasks.release(t.id(), caseworker));
        signIn("caseworker");
        navigate("caseworker");

        Tabs tabs = _get(Tabs.class);
        assertThat(tabs.getSelectedIndex()).isEqualTo(1);
        assertThat(tabs.getTabAt(0).getLabel()).isEqualTo("My tasks (0)");
        assertThat(_findAll(taskGrid())).anyMatch(t -> t.caseId() == c.getId());
        tabs.setSelectedIndex(0);
        assertThat(taskGrid().getEmptyStateText()).startsWith("You have no tasks of your own: ").endsWith(" in My team's tasks");
    }

    @Test
    void theCaseListHoldsTheLasCases_withTheDueDateInWords_andFilters() {
        AssessmentCase c = cases().requested();
        signIn("caseworker");
        navigate("caseworker");
        List<CaseRow> rows = _findAll(caseGrid());
        CaseRow row = rows.stream().filter(r -> r.id() == c.getId()).findFirst().orElseThrow();
        assertThat(row.next().what()).isEqualTo("Decision to assess");
        assertThat(row.next().due()).isEqualTo(c.getDecisionToAssessDue());
        int index = rows.indexOf(row);
        String next = KaribuTest.textOf(GridKt._getCellComponent(caseGrid(), index, "next"));
        assertThat(next).startsWith("Decision to assess due ").contains("42 days left").contains("On track");
        // nearest statutory date first, with the list's total
        assertThat(rows.stream().filter(r -> r.next() != null).map(r -> r.next().due()).toList()).isSorted();
        assertThat(KaribuTest.textOf(_get(Component.class, s -> s.withId("case-total")))).isEqualTo(rows.size() + " cases.");

        CaseworkerHomeView view = (CaseworkerHomeView) com.vaadin.flow.component.UI.getCurrent().getCurrentView();
        _setValue(view_overdue(), true);
        assertThat(_findAll(caseGrid())).noneMatch(r -> r.id() == c.getId());
        _setValue(view_overdue(), false);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<CaseStage> stage = _get(com.vaadin.flow.component.select.Select.class, s -> s.withLabel("Stage"));
        _setValue(stage, CaseStage.DRAFTING_PLAN);
        assertThat(_findAll(caseGrid())).noneMatch(r -> r.id() == c.getId());
        _setValue(stage, CaseStage.DECIDING_WHETHER_TO_ASSESS);
        assertThat(_findAll(caseGrid())).anyMatch(r -> r.id() == c.getId()).allMatch(r -> r.stage() == CaseStage.DECIDING_WHETHER_TO_ASSESS);
        assertThat(view).isNotNull();
    }

    @Test
    void theManagersBreakdownByCaseworker_opensTheCasesBehindEachNumber() {
        // a request received 50 days ago, assigned to the caseworker: its decision was due 8 days ago (reg 5(1))
        uk.ehctracker.common.ClockTravel travel = context.getBean(uk.ehctracker.common.ClockTravel.class);
        AssessmentCase late;
        travel.to(cases().today().minusDays(50));
        try {
            late = cases().requested();
            cases().assessments.assign(late.getId(), "caseworker", context.getBean(uk.ehctracker.testing.TestPeople.class).user("manager"));
        } finally {
            travel.back();
        }
        signIn("manager");
        navigate("manager");
        Component table = _get(Component.class, s -> s.withId("by-caseworker"));
        assertThat(KaribuTest.textOf(table)).contains("Cases by caseworker").contains("Sam Okafor").contains("Not assigned");
        com.vaadin.flow.dom.Element samsRow = table.getElement().getChildren().flatMap(e -> e.getChildren())
                .flatMap(e -> e.getChildren()).filter(e -> "caseworker".equals(e.getAttribute("data-caseworker")))
                .findFirst().orElseThrow();
        List<String> links = samsRow.getChildren().flatMap(e -> e.getChildren()).map(e -> e.getAttribute("href"))
                .filter(java.util.Objects::nonNull).toList();
        assertThat(links).as("Sam's overdue figure opens his overdue cases")
                .anyMatch(h -> h.startsWith("caseworker?") && h.contains("assignedTo=caseworker") && h.contains("show=overdue"));

        com.vaadin.flow.component.UI.getCurrent().navigate("caseworker",
                com.vaadin.flow.router.QueryParameters.fromString("assignedTo=caseworker&show=overdue"));
        assertThat(view_overdue().getValue()).isTrue();
        assertThat(KaribuTest.textOf(_get(Component.class, s -> s.withId("assigned-note"))))
                .isEqualTo("Showing only the cases assigned to \u2068Sam Okafor\u2069.");
        assertThat(_findAll(caseGrid())).anyMatch(r -> r.id() == late.getId())
                .allMatch(r -> "caseworker".equals(r.assignedTo()));
        com.vaadin.flow.component.UI.getCurrent().navigate("caseworker", com.vaadin.flow.router.QueryParameters.fromString("assignedTo=nobody"));
        assertThat(_findAll(caseGrid())).noneMatch(r -> r.id() == late.getId()).allMatch(r -> r.assignedTo() == null);
    }

    static com.vaadin.flow.component.checkbox.Checkbox view_overdue() {
        return _get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withLabel("Overdue"));
    }

    @Test
    void theDisagreementsStepsAndTheOrdersAmendedPlan_areInTheWorkList_withTheirDates_andOnlyForTheCasesLa() {
        java.time.LocalDate today = cases().today();
        long mediation = cases().disagreedWith(true);
        long amending = cases().planIssued().getId();
        var disagreements = context.getBean(uk.ehctracker.disagreement.DisagreementService.class);
        var people = context.getBean(uk.ehctracker.testing.TestPeople.class);
        disagreements.start(amending, uk.ehctracker.disagreement.DecisionDisagreed.PLACEMENT_ONLY, people.user("parent"));
        disagreements.registerAppeal(amending, today, today.plusWeeks(6), null, people.user("parent"));
        signIn("caseworker");
        navigate("caseworker");
        _get(Tabs.class).setSelectedIndex(1);
        // the LA must arrange mediation within 30 days; its response is due when the Tribunal said
        TaskRow arrange = row(mediation, "arrangeMediation");
        assertThat(arrange.due()).isEqualTo(today.plusDays(30));
        assertThat(link(arrange)).isEqualTo("cases/" + mediation);
        assertThat(row(amending, "respondToAppeal").due()).isEqualTo(today.plusWeeks(6));

        disagreements.recordOutcome(amending, uk.ehctracker.disagreement.TribunalOutcome.CONCEDED, today, people.user("caseworker"));
        navigate("cases/" + amending);
        navigate("caseworker");
        _get(Tabs.class).setSelectedIndex(1);
        // reg 45(5): an appeal only about the setting: the amended plan within 2 weeks of the concession, done with its form
        TaskRow amend = row(amending, CaseSteps.ISSUE_AMENDED_PLAN);
        assertThat(amend.due()).isEqualTo(today.plusWeeks(2));
        assertThat(link(amend)).startsWith("tasks/");
        assertThat(_findAll(taskGrid())).noneMatch(t -> t.caseId() == amending && t.task().taskKey().equals("respondToAppeal"));

        signIn("caseworker2");
        navigate("caseworker");
        _get(Tabs.class).setSelectedIndex(1);
        assertThat(_findAll(taskGrid())).noneMatch(t -> t.caseId() == mediation || t.caseId() == amending);
    }

    private static TaskRow row(long caseId, String taskKey) {
        return _findAll(taskGrid()).stream().filter(t -> t.caseId() == caseId && t.task().taskKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + taskKey + " on case " + caseId));
    }

    private static String link(TaskRow t) {
        int index = _findAll(taskGrid()).indexOf(t);
        return ((com.vaadin.flow.component.html.Anchor) GridKt._getCellComponent(taskGrid(), index, "task")).getHref();
    }

    @Test
    void anotherLasCaseworkerSeesNeitherTheTaskNorTheCase() {
        AssessmentCase c = cases().requested();
        signIn("caseworker2");
        navigate("caseworker");
        _get(Tabs.class).setSelectedIndex(1);
        assertThat(_findAll(taskGrid())).noneMatch(t -> t.caseId() == c.getId());
        assertThat(_findAll(caseGrid())).noneMatch(r -> r.id() == c.getId());
    }

}
