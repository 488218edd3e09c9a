package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.forms.RenderedForm;
import uk.ehctracker.support.Delivery;
import uk.ehctracker.support.NeedType;
import uk.ehctracker.support.ReviewOutcome;
import uk.ehctracker.support.SenSupportNames;
import uk.ehctracker.support.SenSupportService;
import uk.ehctracker.support.SpecialistKind;
import uk.ehctracker.support.SupportCommands;
import uk.ehctracker.ui.common.Dates;

/**
 * The school and the LA see each other's part: the SENCO finds the educational advice asked of
 * the school on their home page and on the pupil's page, with its due date, and gives it there;
 * the caseworker reads the pupil's SEN support, read only, on a case the school requested.
 */
class SchoolEvidenceReachesTheLaTest extends KaribuTest {

    @Autowired SenSupportService support;
    @Autowired RuntimeService runtime;

    private final List<Long> records = new ArrayList<>();

    @AfterEach
    void endSupportProcesses() {
        for (long recordId : records) {
            runtime.createProcessInstanceQuery().processDefinitionKey(SenSupportNames.PROCESS)
                    .processInstanceBusinessKey(Long.toString(recordId)).list()
                    .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test finished"));
        }
    }

    static String textOfId(String id) {
        return KaribuTest.textOf(_get(Component.class, s -> s.withId(id)));
    }

    @Test
    void theSencoSeesTheAdviceAskedOfTheSchool_withItsDueDate_andGivesItThere() {
        AssessmentCase c = cases().at(CaseStage.GATHERING_ADVICE);
        LocalDate due = cases().queries.advice(c.getId(), cases().people.user("caseworker")).stream()
                .filter(a -> a.getKind() == uk.ehctracker.assessment.AdviceKind.EDUCATIONAL).findFirst().orElseThrow().getDueOn();
        signIn("senco");
        navigate("school");
        String asked = textOfId("asked-of-school");
        assertThat(asked).contains("Asked of the school by the local authority")
                .contains("Give the educational advice for \u2068" + c.getChild().getFullName() + "\u2069")
                .contains("due " + Dates.full(due));

        navigate("school/pupil/" + c.getChild().getId());
        String onPupil = textOfId("asked-about-pupil");
        assertThat(onPupil).contains("Give the educational advice").contains("due " + Dates.full(due));
        Anchor give = _get(_get(Component.class, s -> s.withId("asked-about-pupil")), Anchor.class);
        navigate(give.getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Educational advice for " + c.getChild().getFullName());
        RenderedForm form = _get(RenderedForm.class);
        setValue(form, "advice", "Reading age 6 at age 8; phonics daily has helped a little.");
        _click(_get(Button.class, s -> s.withId("submit")));

        navigate("school");
        assertThat(textOfId("asked-of-school")).doesNotContain(c.getChild().getFullName());
        // another school's SENCO is asked nothing about this pupil
        signIn("senco2");
        navigate("school");
        assertThat(textOfId("asked-of-school")).doesNotContain(c.getChild().getFullName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setValue(RenderedForm form, String key, Object value) {
        LocatorJ._setValue((HasValue) form.field(key).orElseThrow(), value);
    }

    @Test
    void theCaseworkerReadsThePupilsSenSupport_onACaseTheSchoolRequested() {
        CurrentUser senco = cases().people.user("senco");
        LocalDate today = cases().today();
        long pupil = cases().people.newChildOfParent(today.minusYears(8)).getId();
        records.add(support.placeOnSenSupport(pupil, new SupportCommands.Place(today, today, List.of(NeedType.SPLD)), senco).getId());
        support.addProvision(pupil, new SupportCommands.AddProvision("Phonics group for three", Delivery.GROUP, "Daily", "TA",
                today, null, new BigDecimal("1200")), senco);
        support.assess(pupil, new SupportCommands.Assess("Reading well below age.", "Reading age 6.",
                "I like the phonics group.", "We want her to enjoy books."), senco);
        support.plan(pupil, new SupportCommands.Plan("Read CVC words.", "Daily phonics.", today.plusWeeks(8)), senco);
        support.bringReviewForward(pupil, senco);
        support.review(pupil, new SupportCommands.Review(ReviewOutcome.INVOLVE_SPECIALIST, "Little progress."), senco);
        support.agreeSpecialist(pupil, new SupportCommands.AgreeSpecialist(SpecialistKind.EDUCATIONAL_PSYCHOLOGIST, true, today), senco);
        support.recordSpecialistAdvice(pupil, new SupportCommands.SpecialistAdvice("Weak working memory; chunk instructions.", today), senco);
        support.assess(pupil, new SupportCommands.Assess("Still below age.", null, null, null), senco);
        support.plan(pupil, new SupportCommands.Plan("Read short texts.", "Daily phonics.", today.plusWeeks(8)), senco);
        AssessmentCase c = support.requestAssessment(pupil, "Needs beyond what the school can provide.", senco);
        assertThat(c.getRequestedBy()).isEqualTo(RequestedBy.SCHOOL);

        signIn("caseworker");
        navigate("cases/" + c.getId());
        String evidence = textOfId("sen-support");
        assertThat(evidence).contains("SEN support at school (from the SENCO)")
                .contains("Cycle 1").contains("Cycle 2")
                .contains("The pupil's views: I like the phonics group.")
                .contains("The parents' views: We want her to enjoy books.")
                .contains("Phonics group for three").contains("£1,200.00")
                .contains("within the £6,000.00")
                .contains("Educational psychologist").contains("Weak working memory; chunk instructions.");

        // the family's page and an adviser's carry no copy of the school's record
        signIn("parent");
        navigate("cases/" + c.getId());
        assertThat(_find(Component.class, s -> s.withId("sen-support"))).isEmpty();
        signIn("caseworker2");
        navigate("cases/" + c.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Case not found");
        assertThat(KaribuTest.textOf(UI.getCurrent().getCurrentView())).doesNotContain("Phonics group for three");
    }

    @Test
    void aRequestTheFamilyMadeShowsNoSchoolRecord() {
        AssessmentCase c = cases().requested();
        signIn("caseworker");
        navigate("cases/" + c.getId());
        assertThat(_find(Component.class, s -> s.withId("sen-support"))).isEmpty();
    }
}
