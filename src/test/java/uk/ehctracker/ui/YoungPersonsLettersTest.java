package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.Commands;
import uk.ehctracker.assessment.DecisionOutcome;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.directory.Child;
import uk.ehctracker.letters.Letter;
import uk.ehctracker.letters.LetterService;
import uk.ehctracker.letters.NoticeType;
import uk.ehctracker.letters.RecipientRole;
import uk.ehctracker.testing.TestPeople;

/**
 * A young person over compulsory school age decides who is sent their letters (CFA s80, s83(2)):
 * they are, always; their parent only if they agree; the parent reads only the copies sent to them.
 */
class YoungPersonsLettersTest extends KaribuTest {

    private TestPeople people() {
        return context.getBean(TestPeople.class);
    }

    /** A request for a 17-year-old of the demo parent's family, made by the parent. */
    private AssessmentCase youngPersonsCase(Child child) {
        return context.getBean(AssessmentService.class).submitRequest(new Commands.NewRequest(child.getId(), RequestedBy.PARENT,
                null, "He cannot cope with college without support.", null, null), people().user("parent"));
    }

    private List<Letter> decisionLetters(long caseId) {
        return context.getBean(LetterService.class).lettersFor(caseId).stream()
                .filter(l -> l.getNoticeType() == NoticeType.DECISION_TO_ASSESS).toList();
    }

    @Test
    void theYoungPersonAsksForTheirParentToBeCopied_andTheParentReadsOnlyTheCopy() {
        Child child = people().newChildOfParent(cases().today().minusYears(17));
        AssessmentCase c = youngPersonsCase(child);
        String youngPerson = people().accountOfYoungPerson(child);
        // a younger sibling's case waits for the family's views: the parent's task, not the young person's
        AssessmentCase sibling = cases().at(uk.ehctracker.assessment.CaseStage.GATHERING_ADVICE);

        // the parent sees who is sent the letters, and cannot change it
        signIn("parent");
        navigate("cases/" + c.getId());
        Component panel = _get(Component.class, s -> s.withId("young-person"));
        assertThat(textOf(panel)).contains("Who is sent the young person's letters")
                .contains("The parent is not sent copies: the young person has not asked for that.");
        assertThat(_find(panel, Button.class)).isEmpty();

        // the young person gives their e-mail and asks for their parent to be copied
        signIn(youngPerson);
        navigate("cases/" + c.getId());
        panel = _get(Component.class, s -> s.withId("young-person"));
        assertThat(textOf(panel)).contains("Who is sent your letters").contains("the letters go to you");
        assertThat(context.getBean(uk.ehctracker.casework.CasePages.class).tasks(people().user(youngPerson)))
                .as("no task of the sibling's case").noneMatch(t -> t.caseId() == sibling.getId());
        _get(panel, EmailField.class, s -> s.withLabel("Your e-mail address")).setValue("me@young.example");
        _get(panel, Checkbox.class, s -> s.withLabel("Send copies of my letters to my parent")).setValue(true);
        _click(_get(panel, Button.class, s -> s.withId("save-young-person")));
        assertThat(textOf(_get(Component.class, s -> s.withId("young-person")))).contains("Saved.");

        // the next notice goes to the young person at their address, and a copy to the parent
        context.getBean(AssessmentService.class).decideWhetherToAssess(c.getId(), new Commands.DecideWhetherToAssess(
                DecisionOutcome.ASSESS, true, true, Set.of("ATTAINMENT_AND_PROGRESS"), Set.of(), "He may need a plan.",
                cases().today()), people().user("caseworker"));
        List<Letter> sent = decisionLetters(c.getId());
        assertThat(sent).filteredOn(l -> l.getRecipientRole() == RecipientRole.YOUNG_PERSON)
                .singleElement().extracting(Letter::getRecipientEmail).isEqualTo("me@young.example");
        assertThat(sent).filteredOn(l -> l.getRecipientRole() == RecipientRole.PARENT).hasSize(1);

        // the parent's case page lists the copy sent to them, not the young person's own letter
        signIn("parent");
        navigate("cases/" + c.getId());
        assertThat(textOf(_get(Component.class, s -> s.withId("young-person"))))
                .contains("The parent is sent copies, as the young person agreed.");
        assertThat(context.getBean(uk.ehctracker.access.AccessPolicy.class).readableLetters(people().user("parent")))
                .contains(RecipientRole.PARENT).doesNotContain(RecipientRole.YOUNG_PERSON);
    }

    @Test
    void withoutTheYoungPersonsAgreement_theParentIsNotSentTheNotice() {
        Child child = people().newChildOfParent(cases().today().minusYears(17));
        AssessmentCase c = youngPersonsCase(child);
        context.getBean(AssessmentService.class).decideWhetherToAssess(c.getId(), new Commands.DecideWhetherToAssess(
                DecisionOutcome.ASSESS, true, true, Set.of("ATTAINMENT_AND_PROGRESS"), Set.of(), "He may need a plan.",
                cases().today()), people().user("caseworker"));
        assertThat(decisionLetters(c.getId())).extracting(Letter::getRecipientRole)
                .contains(RecipientRole.YOUNG_PERSON).doesNotContain(RecipientRole.PARENT);
    }

    @Test
    void theCaseworkerRecordsWhoActsForAYoungPersonWhoLacksCapacity() {
        Child child = people().newChildOfParent(cases().today().minusYears(19));
        AssessmentCase c = youngPersonsCase(child);
        signIn("caseworker");
        navigate("cases/" + c.getId());
        Component panel = _get(Component.class, s -> s.withId("young-person"));
        _get(panel, com.vaadin.flow.component.textfield.TextField.class,
                s -> s.withLabel("Deputy or attorney acting for them (only if they lack capacity)")).setValue("Farah Khan (deputy)");
        _get(panel, EmailField.class, s -> s.withLabel("Their e-mail address")).setValue("not an address");
        _click(_get(panel, Button.class, s -> s.withId("save-young-person")));
        assertThat(textOf(_get(Component.class, s -> s.withId("young-person"))))
                .contains("There is a problem").contains("Representative's e-mail address must be an e-mail address");
        assertThat(context.getBean(uk.ehctracker.directory.DirectoryService.class).findChildByName(child.getFirstName(), "Khan")
                .orElseThrow().getRepresentativeName()).as("nothing written").isNull();
        panel = _get(Component.class, s -> s.withId("young-person"));
        _get(panel, EmailField.class, s -> s.withLabel("Their e-mail address")).setValue("farah@example.org");
        _click(_get(panel, Button.class, s -> s.withId("save-young-person")));
        assertThat(textOf(_get(Component.class, s -> s.withId("young-person")))).contains("Saved.");
        assertThat(context.getBean(uk.ehctracker.directory.DirectoryService.class).findChildByName(child.getFirstName(), "Khan")
                .orElseThrow().getRepresentativeName()).isEqualTo("Farah Khan (deputy)");
    }

    @Test
    void aChildUnderCompulsorySchoolAgeHasNoSuchPanel() {
        AssessmentCase c = cases().requested();
        signIn("caseworker");
        navigate("cases/" + c.getId());
        assertThat(_find(Component.class, s -> s.withId("young-person"))).isEmpty();
    }
}
