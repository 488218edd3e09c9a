package uk.ehctracker.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.disagreement.DecisionDisagreed;
import uk.ehctracker.disagreement.DisagreementFigures;
import uk.ehctracker.disagreement.DisagreementService;
import uk.ehctracker.disagreement.TribunalOutcome;
import uk.ehctracker.testing.TestPeople;

/**
 * The manager sees how the LA's decisions fared when families disagreed: a refusal to assess taken
 * to mediation and appeal, then conceded, counts once in each column it reached; another LA's staff
 * do not count it.
 */
class ManagerDisagreementsTest extends KaribuTest {

    @Autowired DisagreementService disagreements;
    @Autowired DisagreementFigures figures;
    @Autowired TestPeople people;

    @Test
    void aConcededAppealCountsAsMediatedAppealedConcededAndOverturned_forItsOwnLaOnly() {
        CurrentUser manager = people.user("manager");
        CurrentUser otherLa = people.user("caseworker2");
        DisagreementFigures.ByDecision before = refusalsToAssess(figures.byDecision(manager));
        DisagreementFigures.ByDecision otherBefore = refusalsToAssess(figures.byDecision(otherLa));

        LocalDate today = cases().today();
        long caseId = cases().refusedOn(today.minusDays(40), 9);
        CurrentUser parent = people.user("parent");
        CurrentUser caseworker = people.user("caseworker");
        disagreements.start(caseId, DecisionDisagreed.NOT_TO_ASSESS, parent);
        disagreements.recordAdviserContact(caseId, today.minusDays(35), true, caseworker);
        disagreements.recordMediationHeld(caseId, today.minusDays(20), caseworker);
        disagreements.recordCertificate(caseId, today.minusDays(18), caseworker);
        disagreements.registerAppeal(caseId, today.minusDays(10), today.plusDays(20), null, caseworker);
        disagreements.recordOutcome(caseId, TribunalOutcome.CONCEDED, today.minusDays(2), caseworker);

        DisagreementFigures.ByDecision after = refusalsToAssess(figures.byDecision(manager));
        assertThat(after.recorded() - before.recorded()).isEqualTo(1);
        assertThat(after.mediated() - before.mediated()).isEqualTo(1);
        assertThat(after.appealed() - before.appealed()).isEqualTo(1);
        assertThat(after.conceded() - before.conceded()).isEqualTo(1);
        assertThat(after.overturned() - before.overturned()).isEqualTo(1);
        assertThat(after.dismissed()).isEqualTo(before.dismissed());
        assertThat(refusalsToAssess(figures.byDecision(otherLa))).isEqualTo(otherBefore);
        assertThat(figures.byDecision(parent)).isEmpty();

        signIn("manager");
        navigate("manager");
        String row = textOf(_get(Component.class, s -> s.withId("disagreements")));
        assertThat(row).contains("Mediation and appeals").contains("The decision not to carry out an EHC needs assessment")
                .contains("Overturned");
    }

    private static DisagreementFigures.ByDecision refusalsToAssess(List<DisagreementFigures.ByDecision> rows) {
        return rows.stream().filter(r -> r.decision() == DecisionDisagreed.NOT_TO_ASSESS).findFirst().orElseThrow();
    }
}
