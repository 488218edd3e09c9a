package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.assessment.CaseSteps;
import uk.ehctracker.ui.cases.CaseView;

/** LA staff see the model the case follows, drawn, with the steps done and the step open now; the family does not. */
class ProcessDiagramTest extends KaribuTest {

    @Test
    void theCaseworkerSeesTheModel_withTheDecisionDoneAndTheDraftOpenNow() throws Exception {
        AssessmentCase c = cases().at(CaseStage.DRAFTING_PLAN);
        signIn("caseworker");
        navigate("cases/" + c.getId());
        String svg = _get(_get(Component.class, s -> s.withId("process-diagram")), Svg.class, s -> { }).getElement()
                .getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"")
                .contains("data-element=\"" + CaseSteps.DECIDE_WHETHER_TO_ASSESS + "\" data-state=\"done\"")
                .contains("data-element=\"" + CaseSteps.WRITE_DRAFT_PLAN + "\" data-state=\"now\"")
                // a step after this one is drawn but not reached
                .contains("data-element=\"" + CaseSteps.COMMENT_ON_DRAFT_PLAN + "\" data-state=\"not-reached\"")
                .contains("<polyline");
        // kept for a person to look at, like the journeys' screenshots
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/journeys"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/journeys/process-diagram-drafting.svg"), svg);
    }

    @Test
    void theFamilyReadsTheStepsInWords_withoutTheModel() {
        AssessmentCase c = cases().requested();
        signIn("parent");
        navigate("cases/" + c.getId());
        _get(CaseView.class);
        assertThat(_find(Component.class, s -> s.withId("process-diagram"))).isEmpty();
    }
}
