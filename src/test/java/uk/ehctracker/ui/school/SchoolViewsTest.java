package uk.ehctracker.ui.school;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.PlanSectionName;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.SenStatus;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.support.SenSupportNames;
import uk.ehctracker.support.SenSupportRecord;
import uk.ehctracker.support.SenSupportQueries;
import uk.ehctracker.support.SenSupportService;
import uk.ehctracker.support.SupportCommands;
import uk.ehctracker.support.SupportViews;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.KaribuTest;
import uk.ehctracker.ui.UiCases;

/**
 * The SENCO's screens in Karibu-Testing: the register and its filters (filtered to the SENCO's
 * school in the query), the pupil page, placing a pupil, and a request with its evidence checklist.
 */
@ApplicationTest
class SchoolViewsTest extends KaribuTest {

    @Autowired SenSupportService support;
    @Autowired SenSupportQueries supportQueries;
    @Autowired AssessmentService assessments;
    @Autowired RuntimeService runtime;
    @Autowired TestPeople people;

    private final List<Long> records = new ArrayList<>();

    @AfterEach
    void endSupportProcesses() {
        // leave no open SENCO tasks behind for other tests' work lists
        for (long recordId : records) {
            runtime.createProcessInstanceQuery().processDefinitionKey(SenSupportNames.PROCESS)
                    .processInstanceBusinessKey(Long.toString(recordId)).list()
                    .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test finished"));
        }
    }

    // ---- the register ----

    @Test
    void theRegister_listsTheSchoolsPupils_withOneHeading_andFilters() {
        CurrentUser senco = signIn("senco");
        UI.getCurrent().navigate("school");
        assertThat(_find(H1.class)).hasSize(1);
        assertThat(_get(H1.class).getText()).isEqualTo("Our pupils: the SEN register");
        SencoHomeView view = _get(SencoHomeView.class);
        assertThat(names(view)).contains("Amira Khan", "Isla Jones").doesNotContain("Yusuf Khan", "Maya Patel");
        SupportViews.RegisterRow amira = row(view, "Amira Khan");
        assertThat(amira.cyclesCompleted()).isEqualTo(2);
        assertThat(amira.yearlyCost()).isEqualByComparingTo("4800.00");
        assertThat(amira.primaryNeed()).isEqualTo(NeedType.SPLD);

        _setValue(view.need, NeedType.SPLD);
        assertThat(names(view)).contains("Amira Khan").doesNotContain("Isla Jones");
        _setValue(view.need, NeedType.SEMH);
        assertThat(names(view)).contains("Isla Jones").doesNotContain("Amira Khan");
        _setValue(view.need, null);

        _setValue(view.yearGroup, amira.yearGroup());
        assertThat(rows(view)).allMatch(r -> r.yearGroup() == amira.yearGroup());
        assertThat(names(view)).contains("Amira Khan").doesNotContain("Isla Jones");
        _setValue(view.yearGroup, null);

        _setValue(view.status, SenStatus.EHC_PLAN);
        assertThat(rows(view)).allMatch(r -> r.senStatus() == SenStatus.EHC_PLAN);
        assertThat(names(view)).doesNotContain("Amira Khan");
        _setValue(view.status, SenStatus.SEN_SUPPORT);
        assertThat(names(view)).contains("Amira Khan", "Isla Jones");
        _setValue(view.status, null);

        // a pupil whose review is a week away is due; Amira's (six weeks) is not
        Child due = people.newChildOfParent(LocalDate.now().minusYears(8));
        placeWithPlan(due, senco, LocalDate.now().plusDays(7));
        _setValue(_get(Checkbox.class, s -> s.withId("reviewDue")), true);
        assertThat(names(view)).contains(due.getFullName()).doesNotContain("Amira Khan");
        assertThat(rows(view)).allMatch(SupportViews.RegisterRow::reviewDue);
        assertThat(_get(Paragraph.class, s -> s.withId("count")).getText()).endsWith("pupil" + (rows(view).size() == 1 ? "" : "s"));
    }

    @Test
    void aSencoOfAnotherSchool_seesNoneOfRiversidesPupils() {
        CurrentUser senco = signIn("senco");
        List<SupportViews.RegisterRow> riverside = supportQueries.register(SupportViews.RegisterFilter.all(), senco);
        long amiraId = riverside.stream().filter(r -> r.name().equals("Amira Khan")).findFirst().orElseThrow().childId();

        CurrentUser senco2 = signIn("senco2");
        UI.getCurrent().navigate("school");
        SencoHomeView view = _get(SencoHomeView.class);
        List<Long> seen = rows(view).stream().map(SupportViews.RegisterRow::childId).toList();
        assertThat(seen).doesNotContainAnyElementsOf(riverside.stream().map(SupportViews.RegisterRow::childId).toList());
        assertThat(names(view)).doesNotContain("Amira Khan", "Isla Jones");
        assertThat(supportQueries.provisionMap(senco2)).noneMatch(r -> r.pupil().equals("Amira Khan"));

        UI.getCurrent().navigate("school/pupil/" + amiraId);
        assertThat(_get(H1.class).getText()).isEqualTo("Pupil not found");
        assertThat(page()).doesNotContain("Amira").doesNotContain("£4,800");
        UI.getCurrent().navigate("school/pupil/" + amiraId + "/request");
        assertThat(_get(H1.class).getText()).isEqualTo("Pupil not found");
        assertThat(page()).doesNotContain("Amira");
    }

    // ---- the pupil page ----

    @Test
    void thePupilPage_showsCyclesProvisionAgainstTheThresholdSpecialistsAndMeetings() {
        CurrentUser senco = signIn("senco");
        long amiraId = supportQueries.register(SupportViews.RegisterFilter.all(), senco).stream()
                .filter(r -> r.name().equals("Amira Khan")).findFirst().orElseThrow().childId();
        UI.getCurrent().navigate("school/pupil/" + amiraId);

        assertThat(_find(H1.class)).hasSize(1);
        assertThat(_get(H1.class).getText()).isEqualTo("Amira Khan");
        assertThat(_get(Paragraph.class, s -> s.withId("yearlyCost")).getText()).contains("£4,800.00").contains("£6,000.00")
                .doesNotContain("Over the threshold");
        assertThat(grid("cycles").getListDataView().getItemCount()).isEqualTo(3);
        assertThat(grid("meetings").getListDataView().getItemCount()).isEqualTo(3);
        assertThat(grid("specialists").getListDataView().getItems()
                .map(i -> (uk.ehctracker.support.SpecialistInvolvement) i).toList())
                .anySatisfy(i -> assertThat(i.getAdvice()).contains("phonological"));
        assertThat(page()).contains("Review now").contains("Request an EHC needs assessment");
    }

    @Test
    void placingAPupil_thenAssessing_movesThePageToTheNextStep_andErrorsAreShownByTheirFields() {
        signIn("senco");
        Child child = people.newChildOfParent(LocalDate.now().minusYears(7));
        UI.getCurrent().navigate("school/pupil/" + child.getId());
        assertThat(page()).contains("Not on the SEN register").contains("Place on SEN support");

        _click(_get(Button.class, s -> s.withId("place")));
        assertThat(_get(DatePicker.class, s -> s.withId("placedOn")).isInvalid()).isTrue();
        assertThat(_get(DatePicker.class, s -> s.withId("placedOn")).getErrorMessage()).contains("required");
        assertThat(page()).contains("There is a problem");

        _setValue(_get(DatePicker.class, s -> s.withId("placedOn")), LocalDate.now());
        _setValue(_get(DatePicker.class, s -> s.withId("parentsToldOn")), LocalDate.now());
        @SuppressWarnings("unchecked")
        Select<NeedType> primary = _get(Select.class, s -> s.withId("primaryNeed"));
        _setValue(primary, NeedType.SLCN);
        _click(_get(Button.class, s -> s.withId("place")));
        records.add(supportQueries.pupil(child.getId(), people.user("senco")).record().getId());

        assertThat(page()).contains("Now: assess the pupil's needs").contains("Placed on SEN support");
        _setValue(_get(TextArea.class, s -> s.withId("assessNotes")), "Limited vocabulary; finds instructions hard.");
        _setValue(_get(TextArea.class, s -> s.withId("pupilViews")), "I like lego.");
        _click(_get(Button.class, s -> s.withId("saveAssess")));
        assertThat(page()).contains("Now: plan the outcomes, provision and review date");
        assertThat(grid("cycles").getListDataView().getItemCount()).isEqualTo(1);
    }

    // ---- the request and its evidence checklist ----

    @Test
    void theRequest_showsWhatIsMissing_andTheGapsTravelWithIt() {
        CurrentUser senco = signIn("senco");
        Child child = people.newChildOfParent(LocalDate.now().minusYears(9));
        placeWithPlan(child, senco, LocalDate.now().plusWeeks(6));
        UI.getCurrent().navigate("school/pupil/" + child.getId() + "/request");

        assertThat(_find(H1.class)).hasSize(1);
        assertThat(_get(H1.class).getText()).isEqualTo("Request an EHC needs assessment for " + child.getFullName());
        List<ListItem> items = _find(ListItem.class, s -> s.withPredicate(li -> li.getElement().hasAttribute("data-kind")));
        assertThat(items).hasSize(5);
        assertThat(itemText(items, "CYCLES")).startsWith("Missing: At least two cycles").contains("0 completed");
        assertThat(itemText(items, "SPECIALIST_ADVICE")).startsWith("Missing:");
        assertThat(itemText(items, "ATTAINMENT")).startsWith("Included:");
        assertThat(itemText(items, "PUPIL_VIEWS")).startsWith("Included:");
        assertThat(itemText(items, "PARENT_VIEWS")).startsWith("Missing:");
        assertThat(_get(Paragraph.class, s -> s.withId("missing")).getText()).contains("Missing before you send: 3 of 5");

        _click(_get(Button.class, s -> s.withId("send")));
        assertThat(_get(TextArea.class, s -> s.withId("reasons")).isInvalid()).isTrue();

        _setValue(_get(TextArea.class, s -> s.withId("reasons")), "Language needs beyond what the school can meet.");
        _click(_get(Button.class, s -> s.withId("send")));
        assertThat(page()).contains("Request sent");
        assertThat(_get(Button.class, s -> s.withId("send")).isEnabled()).isFalse();

        SenSupportRecord record = supportQueries.pupil(child.getId(), senco).record();
        AssessmentCase c = assessments.visibleCase(record.getRequestCaseId(), people.user("caseworker"));
        assertThat(c.getRequestedBy()).isEqualTo(RequestedBy.SCHOOL);
        assertThat(c.getReasons()).isEqualTo("Language needs beyond what the school can meet.");
        assertThat(c.getEvidenceGaps()).contains("two cycles").contains("specialist").contains("parents' views").doesNotContain("Attainment");
    }

    @Test
    void aPupilWithAPlan_showsThePlansOutcomesProvisionAndFirstReviewDate_notSenSupportForms() {
        AssessmentCase c = cases().at(CaseStage.CHOOSING_SETTING);
        CurrentUser caseworker = people.user("caseworker");
        // the plan names the pupil's own school, consulted first (CFA s39)
        assessments.chooseSettingToConsult(c.getId(), new Commands.ChooseSettingToConsult("Riverside Primary School"), caseworker);
        assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true, "We can meet the needs.",
                cases().today()), caseworker);
        LocalDate issuedOn = cases().today();
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Riverside Primary School", issuedOn), caseworker);

        signIn("senco");
        UI.getCurrent().navigate("school/pupil/" + c.getChild().getId());
        String plan = textOf(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("ehc-plan")));
        assertThat(plan).contains("Final EHC plan issued on " + Formats.day(issuedOn))
                .contains("naming Riverside Primary School")
                .contains(UiCases.draft().get(PlanSectionName.E))
                .contains(UiCases.draft().get(PlanSectionName.F))
                // CFA s44(1): within 12 months of the plan being made (worked out here, not by the code)
                .contains("by " + Formats.day(issuedOn.plusYears(1)));
        String page = textOf(_get(PupilView.class));
        assertThat(page).doesNotContain("Place on SEN support").doesNotContain("Request an EHC needs assessment");
    }

    @Test
    void theProvisionMap_isTheSchools() {
        signIn("senco");
        UI.getCurrent().navigate("school/provision");
        assertThat(_get(H1.class).getText()).isEqualTo("Provision map");
        assertThat(grid("provisionMap").getListDataView().getItems().map(r -> ((SupportViews.ProvisionMapRow) r).intervention()).toList())
                .contains("Multisensory literacy programme", "Nurture group");
        assertThat(page()).contains("Total recorded");
    }

    // ---- helpers ----

    private void placeWithPlan(Child child, CurrentUser senco, LocalDate reviewDate) {
        SenSupportRecord r = support.placeOnSenSupport(child.getId(),
                new SupportCommands.Place(LocalDate.now(), LocalDate.now(), List.of(NeedType.SLCN)), senco);
        records.add(r.getId());
        support.assess(child.getId(), new SupportCommands.Assess("Needs assessed.", "Working towards.", "I like school.", null), senco);
        support.plan(child.getId(), new SupportCommands.Plan("Outcome.", "Provision.", reviewDate), senco);
    }

    private static String itemText(List<ListItem> items, String kind) {
        return items.stream().filter(li -> kind.equals(li.getElement().getAttribute("data-kind"))).findFirst().orElseThrow().getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    private static List<SupportViews.RegisterRow> rows(SencoHomeView view) {
        return view.grid.getListDataView().getItems().toList();
    }

    private static List<String> names(SencoHomeView view) {
        return rows(view).stream().map(SupportViews.RegisterRow::name).toList();
    }

    private static SupportViews.RegisterRow row(SencoHomeView view, String name) {
        return rows(view).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static String page() {
        return _find(com.vaadin.flow.component.Component.class).stream()
                .map(c -> c.getElement().getText() + " " + c.getElement().getProperty("label", "") + " " + c.getElement().getProperty("summary", ""))
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
