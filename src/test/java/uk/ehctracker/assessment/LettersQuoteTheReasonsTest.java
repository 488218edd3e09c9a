package uk.ehctracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.ehctracker.letters.Letter;
import uk.ehctracker.letters.LetterService;
import uk.ehctracker.letters.NoticeType;
import uk.ehctracker.letters.RecipientRole;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;

/**
 * Each decision's form says its reasons are quoted in the letter to the family: the decision to
 * assess and not to assess (reg 5), to issue (with the draft) and not to issue (reg 10(3)), and
 * the final plan's changes from the draft (reg 13(1), 14).
 */
@ApplicationTest
class LettersQuoteTheReasonsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AssessmentService assessments;
    @Autowired
    LetterService letters;
    @Autowired
    TestPeople people;

    private UiCases cases() {
        return new UiCases(context);
    }

    private String familyLetter(AssessmentCase c, NoticeType type) {
        return letters.lettersFor(c.getId()).stream()
                .filter(l -> l.getNoticeType() == type && l.getRecipientRole() == RecipientRole.PARENT)
                .map(Letter::getHtml).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + type + " letter to the family"));
    }

    @Test
    void decisionToAssess_andToIssue_quoteTheirReasons() {
        AssessmentCase c = cases().at(CaseStage.DRAFT_WITH_FAMILY);
        assertThat(familyLetter(c, NoticeType.DECISION_TO_ASSESS)).contains("Progress well below expectations despite support.");
        assertThat(familyLetter(c, NoticeType.DRAFT_PLAN)).contains("Why we decided to issue a plan",
                "The provision needed is beyond what the school can provide.");
    }

    @Test
    void decisionNotToAssess_quotesItsReasons() {
        AssessmentCase c = cases().requested();
        assessments.decideWhetherToAssess(c.getId(), new Commands.DecideWhetherToAssess(DecisionOutcome.DO_NOT_ASSESS, false, false,
                Set.of("ATTAINMENT_AND_PROGRESS"), Set.of(), "Good progress with the support the school gives now.", cases().today()),
                people.user("caseworker"));
        assertThat(familyLetter(c, NoticeType.DECISION_NOT_TO_ASSESS)).contains("Good progress with the support the school gives now.");
    }

    @Test
    void decisionNotToIssue_quotesItsReasons() {
        AssessmentCase c = cases().at(CaseStage.DECIDING_WHETHER_TO_ISSUE);
        assessments.decideWhetherToIssue(c.getId(), new Commands.DecideWhetherToIssue(DecisionOutcome.DO_NOT_ISSUE, false,
                "The school can meet the needs from its own resources.", cases().today()), people.user("caseworker"));
        assertThat(familyLetter(c, NoticeType.DECISION_NOT_TO_ISSUE)).contains("The school can meet the needs from its own resources.");
    }

    @Test
    void finalPlan_quotesWhatChangedAndWhy() {
        AssessmentCase c = cases().at(CaseStage.FINALISING_PLAN);
        assessments.issueFinalPlan(c.getId(), new Commands.IssueFinalPlan("Hillcrest Academy",
                Map.of(PlanSectionName.F, "Daily phonics, 1:1, 45 minutes, by a specialist teacher."),
                Map.of(PlanSectionName.F, "Longer sessions with a specialist, as you asked."), cases().today()),
                people.user("caseworker"));
        assertThat(familyLetter(c, NoticeType.FINAL_PLAN)).contains("The final plan names Hillcrest Academy in section I.",
                "Section F: Longer sessions with a specialist, as you asked.");
    }
}
