package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.NotNamingGround;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.SettingEntry;
import uk.ehctracker.forms.RenderedForm;
import uk.ehctracker.ui.common.Dates;

/**
 * The consultation on the screens: the caseworker's decision after a setting's "cannot" (CFA
 * s39(4)), a setting picked from the directory by its URN, and the draft meeting on the process map
 * (reg 13(1)(a)(ii)).
 */
class ConsultationScreensTest extends KaribuTest {

    @Test
    void afterACannot_theCaseworkerConsultsAnotherWithItsGround_pickedFromTheDirectoryByUrn() {
        AssessmentCase c = cases().at(CaseStage.CONSULTING_SCHOOL);
        cases().assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(false,
                "We cannot meet the needs in section F.", cases().today()), cases().people.user("senco2"));

        RenderedForm form = open(c, CaseSteps.DECIDE_AFTER_CONSULTATION);
        assertThat(_get(H1.class).getText()).startsWith("The setting says it cannot meet");
        set(form, "afterConsultation", "CONSULT_ANOTHER");
        set(form, "reasons", "Hillcrest has no provision for a hearing impairment.");
        submit();
        // CFA s39(4): the family asked for Hillcrest: not naming it needs a ground, shown under its field
        assertThat(invalid(form, "notNamingGround")).isTrue();
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.CONSULTING_SCHOOL);
        set(form, "notNamingGround", "UNSUITABLE");
        submit();
        AssessmentCase choosing = cases().reload(c);
        assertThat(choosing.getStage()).isEqualTo(CaseStage.CHOOSING_SETTING);
        assertThat(choosing.getNotNamingGround()).isEqualTo(NotNamingGround.UNSUITABLE);

        // the directory is offered with what tells same-named schools apart; the URN is what is chosen
        form = open(c, CaseSteps.CHOOSE_SETTING_TO_CONSULT);
        SettingEntry meadow = context.getBean(DirectoryService.class).settingEntries("Meadow View", 0, 5).get(0);
        assertThat(meadow.label()).isEqualTo("Meadow View Primary School (URN 100003, Primary, Southvale Council)");
        @SuppressWarnings("unchecked")
        ComboBox<SettingEntry> picker = _get(ComboBox.class, s -> s.withId("directory-settingToConsult"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(picker, meadow);
        assertThat(form.values()).containsEntry("settingToConsult", "100003");
        submit();
        AssessmentCase consulting = cases().reload(c);
        assertThat(consulting.getStage()).isEqualTo(CaseStage.CONSULTING_SCHOOL);
        assertThat(consulting.getConsultedSetting()).isEqualTo("Meadow View Primary School");

        // the final plan's form starts from the setting consulted last
        cases().assessments.respondToConsultation(c.getId(), new Commands.RespondToConsultation(true, "We can.", cases().today()),
                cases().people.user("caseworker"));
        form = open(c, CaseSteps.ISSUE_FINAL_PLAN);
        assertThat(form.values()).containsEntry("namedPlacement", "Meadow View Primary School");
        assertThat(_find(ComboBox.class, s -> s.withId("directory-namedPlacement"))).hasSize(1);
    }

    @Test
    void theDraftMeeting_isOnTheProcessMap_notNeededWhenNotAsked_withItsDateWhenHeld() {
        AssessmentCase none = cases().at(CaseStage.FINALISING_PLAN);
        signIn("caseworker");
        navigate("cases/" + none.getId());
        assertThat(meetingStep()).contains("Not needed");

        AssessmentCase asked = cases().at(CaseStage.DRAFT_WITH_FAMILY);
        signIn("parent");
        navigate("cases/" + asked.getId());
        assertThat(meetingStep()).contains("A meeting with us about the draft").contains("To do");
        cases().assessments.commentOnDraft(asked.getId(), new Commands.CommentOnDraft("Can we talk about section F?",
                "Hillcrest Academy", true, false), cases().people.user("parent"));
        signIn("caseworker");
        navigate("cases/" + asked.getId());
        assertThat(meetingStep()).contains("reg 13(1)(a)(ii)").contains("Current step");
        cases().assessments.arrangeDraftPlanMeeting(asked.getId(), new Commands.ArrangeDraftPlanMeeting(cases().today()),
                cases().people.user("caseworker"));
        // the family's own map, in their words, with the day it was held
        signIn("parent");
        navigate("cases/" + asked.getId());
        assertThat(meetingStep()).contains("Held on " + Dates.full(cases().today()));
    }

    private RenderedForm open(AssessmentCase c, String step) {
        signIn("caseworker");
        navigate("tasks/" + cases().task(c, step, "caseworker").id());
        return _get(RenderedForm.class);
    }

    private static String meetingStep() {
        return _find(ListItem.class).stream()
                .filter(li -> CaseSteps.ARRANGE_MEETING_TO_DISCUSS_DRAFT_PLAN.equals(li.getElement().getAttribute("data-step")))
                .findFirst().map(KaribuTest::textOf).orElseThrow(() -> new AssertionError("no meeting step on the map"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(RenderedForm form, String key, Object value) {
        Component field = form.field(key).orElseThrow(() -> new AssertionError("no field " + key));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue((HasValue) field, value);
    }

    private static void submit() {
        _click(_get(Button.class, s -> s.withId("submit")));
    }

    private static boolean invalid(RenderedForm form, String key) {
        return ((HasValidation) form.field(key).orElseThrow()).isInvalid();
    }
}
