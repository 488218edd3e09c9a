package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.github.mvysny.kaributesting.v10.UploadKt;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.CaseStage;
import uk.ehctracker.statutory.ExceptionReason;
import uk.ehctracker.statutory.TimeLimit;

/** The case page, per role: who sees it, what they see, and the LA's actions. */
class CaseViewTest extends KaribuTest {

    static String text(Component c) {
        return KaribuTest.textOf(c);
    }

    static String page() {
        return KaribuTest.textOf(UI.getCurrent().getCurrentView());
    }

    @Test
    void caseworkerSeesTheWholeCase_withTheStatutoryDatesAndActions() {
        AssessmentCase c = cases().requested();
        signIn("caseworker");
        navigate("cases/" + c.getId());
        // the name is isolated (U+2068 ... U+2069), so a name written right to left keeps its own direction
        assertThat(_get(H1.class).getText()).isEqualTo("\u2068" + c.getChild().getFullName() + "\u2069: EHC needs assessment");
        String page = page();
        assertThat(page).contains("Reference " + c.reference())
                .contains("Deciding whether to assess")
                .contains("Decision whether to assess (reg 5(1))")
                .contains("Reading has not moved")
                .contains("Record an exception")
                .contains("Decide whether to assess");
        assertThat(_get(Component.class, s -> s.withId("process")).getElement().toString()).contains("aria-current=\"step\"");
        assertThat(_find(Component.class, s -> s.withId("actions"))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"caseworker2", "senco2", "parent2", "health"})
    void othersAreToldTheCaseIsNotFound(String username) {
        AssessmentCase c = cases().requested();
        signIn(username);
        navigate("cases/" + c.getId());
        assertThat(_get(H1.class).getText()).isEqualTo("Case not found");
        assertThat(page()).doesNotContain(c.getChild().getFullName()).doesNotContain("Reading has not moved");
    }

    @Test
    void theFamilySeesTheirCaseInTheirWords_withoutStaffActions() {
        AssessmentCase c = cases().requested();
        signIn("parent");
        navigate("cases/" + c.getId());
        assertThat(page()).contains("We are deciding whether to carry out an assessment")
                .contains("Where your request is")
                .doesNotContain("Record an exception");
        assertThat(_find(Component.class, s -> s.withId("actions"))).isEmpty();
        // regulation numbers are for staff: the family reads each step in words
        assertThat(textOf(_get(Component.class, s -> s.withId("milestones")))).contains("Decision whether to assess")
                .doesNotContain("reg ").doesNotContain("CFA");
    }

    @Test
    void onceThePlanIsToBeIssued_theLimitForADecisionNotToIssueReadsNotNeeded() {
        AssessmentCase c = cases().at(CaseStage.DRAFTING_PLAN);
        signIn("caseworker");
        navigate("cases/" + c.getId());
        // reg 10(1) limits a decision not to issue; "done on time" would say the LA decided not to
        Component dates = _get(Component.class, s -> s.withId("milestones"));
        assertThat(textOf(dates)).contains("Decision not to issue a plan (reg 10(1))");
        // within that step's own row (not crossing into the next)
        assertThat(dates.getElement().toString())
                .containsPattern("data-limit=\"DECISION_NOT_TO_ISSUE\"[^>]*>((?!</tr>)(?s:.))*No longer needed");
    }

    @Test
    void theSchoolOfThePupilSeesTheCase() {
        AssessmentCase c = cases().requested();
        signIn("senco");
        navigate("cases/" + c.getId());
        assertThat(_get(H1.class).getText()).contains(c.getChild().getFullName());
    }

    @Test
    void aCaseworkerRecordsAnException_andTheStepShowsIt() {
        AssessmentCase c = cases().requested();
        signIn("caseworker");
        navigate("cases/" + c.getId());
        _click(_get(Button.class, s -> s.withId("record-exception")));
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        Select<TimeLimit> limit = _get(dialog, Select.class, s -> s.withLabel("Time limit"));
        @SuppressWarnings("unchecked")
        Select<ExceptionReason> reason = _get(dialog, Select.class, s -> s.withLabel("Reason"));
        // nothing chosen: each field says what is missing
        _click(_get(dialog, Button.class, s -> s.withId("save-exception")));
        assertThat(limit.isInvalid()).isTrue();
        _setValue(limit, TimeLimit.DECISION_TO_ASSESS);
        _setValue(reason, ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES);
        _setValue(_get(dialog, DatePicker.class, s -> s.withLabel("From")), cases().today());
        _setValue(_get(dialog, TextArea.class, s -> s.withLabel("Note and evidence")), "Family bereavement; evidence on file.");
        _click(_get(dialog, Button.class, s -> s.withId("save-exception")));
        assertThat(page()).contains("Exceptions to the time limits").contains("Exceptional personal circumstances")
                .contains("Exception applies");
        // reg 5(4): while the exception binds, the step is due as soon as practicable, never "overdue" or counted down
        assertThat(textOf(_get(Component.class, s -> s.withId("tasks-on-case")))).contains("now as soon as practicable")
                .contains("Exception applies").doesNotContain("days left");
        assertThat(textOf(_get(Component.class, s -> s.withId("milestones")))).contains("now as soon as practicable")
                .doesNotContain("days left");
        // and the family is promised no date the LA is excused from: "as soon as we can", with the reason
        signIn("parent");
        navigate("");
        assertThat(page()).contains("We will tell you as soon as we can whether we will carry out an assessment.")
                .contains("exceptional personal circumstances");
    }

    @Test
    void aCaseworkerWithdrawsTheRequest() {
        AssessmentCase c = cases().requested();
        signIn("caseworker");
        navigate("cases/" + c.getId());
        _click(_get(Button.class, s -> s.withId("withdraw")));
        Dialog dialog = _get(Dialog.class);
        _setValue(_get(dialog, TextArea.class), "The family moved away.");
        _click(_get(dialog, Button.class, s -> s.withId("confirm-withdraw")));
        assertThat(cases().reload(c).getStage()).isEqualTo(CaseStage.WITHDRAWN);
        assertThat(page()).contains("This case is closed");
    }

    @Test
    void lettersOpenInADialog_andDownloadAsPdf() {
        AssessmentCase c = cases().requested();
        signIn("parent");
        navigate("cases/" + c.getId());
        Component letters = _get(Component.class, s -> s.withId("letters"));
        assertThat(text(letters)).contains("We are considering an EHC needs assessment");
        _click(_find(letters, Button.class, s -> s.withText("Read")).get(0));
        assertThat(_get(_get(Dialog.class), IFrame.class).getSrcdoc().orElse("")).contains("<");
        Anchor pdf = _find(letters, Anchor.class, s -> s.withText("Download PDF")).get(0);
        byte[] bytes = DownloadKt.download(pdf);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void documentsAreUploadedAndListed() {
        AssessmentCase c = cases().requested();
        signIn("parent");
        navigate("cases/" + c.getId());
        Component documents = _get(Component.class, s -> s.withId("documents-" + c.getId()));
        Upload upload = _get(documents, Upload.class);
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        UploadKt._upload(upload, "report.png", "image/png", png);
        assertThat(text(documents)).contains("Document added: report.png");
        // the same file again, under another name: told it is already there, and listed once
        UploadKt._upload(upload, "report-copy.png", "image/png", png);
        assertThat(text(documents)).contains("This file is already with the case, as report.png. It was not added twice.")
                .doesNotContain("report-copy.png");
        UploadKt._upload(upload, "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(text(documents)).contains("There is a problem").contains("This file is not a PDF");
    }
}
