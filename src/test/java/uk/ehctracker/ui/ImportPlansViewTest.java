package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.EngineTime;
import uk.ehctracker.ui.cases.CaseView;
import uk.ehctracker.ui.manager.ImportPlansView;
import uk.ehctracker.ui.manager.ManagerHomeView;

/**
 * A manager uploads the council's existing plans, sees the rows go by and the report of the row
 * refused; the plan imported opens on its case page for a caseworker, with its next review.
 */
@ApplicationTest
class ImportPlansViewTest extends KaribuTest {

    @Autowired AssessmentQueries cases;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aManagerImportsAFile_andReadsWhichRowWasRefusedAndWhy() throws InterruptedException {
        var manager = signIn("manager");
        EngineTime.today(LocalDate.of(2026, 6, 1));
        navigate("manager");
        assertThat(textOf(_get(ManagerHomeView.class))).contains("Import the council's existing EHC plans");
        navigate("manager/import-plans");
        ImportPlansView view = _get(ImportPlansView.class);
        assertThat(textOf(view)).contains("Import Northbridge Council's existing EHC plans").contains("upn_or_local_id")
                .contains("ASD, DS, OTH");

        // a spreadsheet's "CSV UTF-8": a byte order mark, then the header
        String csv = "\uFEFFfirst_name,last_name,date_of_birth,upn_or_local_id,school_urn,plan_date,last_review_date,primary_need\n"
                + "Ivy,Screenimport,14/05/2018,NB-UI-1,100001,01/02/2024,10/03/2026,SLCN\n"
                + "Jack,Screenrefused,14/05/2018,NB-UI-2,100001,01/02/2024,,ABC\n";
        UploadKt._upload(_get(view, Upload.class), "plans.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        Component report = _get(Component.class, s -> s.withId("import-report"));
        for (int i = 0; i < 300 && textOf(report).isEmpty(); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
        assertThat(textOf(report)).contains("1 plan of 2 imported; 1 row refused.");
        Component refused = _get(Component.class, s -> s.withId("refused-rows"));
        assertThat(textOf(refused)).contains("Row").contains("Column").contains("3").contains("primary_need")
                .contains("The primary need must be one of the SEN2 codes");
        assertThat(_get(view, Upload.class).isVisible()).isTrue();

        long caseId = cases.importedPlan(manager.laId(), "NB-UI-1").orElseThrow().getId();
        signIn("caseworker");
        EngineTime.today(LocalDate.of(2026, 6, 1));
        navigate("cases/" + caseId);
        // the case page of an imported plan, unchanged: the plan and its next review, due 12 months from the last (CFA s44(1))
        assertThat(textOf(_get(CaseView.class))).contains("Ivy Screenimport")
                .contains("Made before the tracker; recorded from the council's records").contains("Final plan issued on")
                .contains("10 March 2027");
    }
}
