package uk.ehctracker.disagreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.MediationCertificateService;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.complaint.ComplaintService;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.ui.UiCases;

/**
 * CFA s80, s83(2) (docs/law.md s8): once the child is over compulsory school age, disagreeing with a
 * decision, mediation and the appeal are the young person's own. Their parent, signed in for the
 * family, is refused at every step the family records, by either door to it (the disagreement's own
 * and the case's certificate), with the words and the field, and nothing is written; the young
 * person, signed in for themselves, or LA staff for them, record each step. A complaint is not a right
 * under Part 3: the parent may still make one.
 */
@ApplicationTest
class YoungPersonsDisagreementTest {

    @Autowired ApplicationContext context;
    @Autowired DisagreementService disagreements;
    @Autowired MediationCertificateService certificates;
    @Autowired ComplaintService complaints;
    @Autowired TestPeople people;
    @Autowired JdbcTemplate jdbc;
    @Autowired DirectoryService directory;

    @Test
    void theParentOfAYoungPerson_isRefusedAtEveryStep_theYoungPersonAndTheCouncilRecordThem() {
        UiCases cases = new UiCases(context);
        LocalDate today = cases.today();
        // a young person of 17 (over compulsory school age since the last Friday of June of the year they turned 16)
        long caseId = cases.refusedOn(today.minusDays(20), 17);
        long childId = jdbc.queryForObject("SELECT child_id FROM assessment_case WHERE id = ?", Long.class, caseId);
        CurrentUser parent = people.user("parent");
        CurrentUser youngPerson = people.user(people.accountOfYoungPerson(directory.findChild(childId).orElseThrow()));
        CurrentUser caseworker = people.user("caseworker");

        assertThat(disagreements.mayRecord(caseId, parent)).isFalse();
        assertThat(disagreements.youngPersonsOwn(caseId, parent)).hasValueSatisfying(why -> assertThat(why)
                .contains("is a young person (over compulsory school age)").contains("records each step"));
        assertThat(disagreements.mayRecord(caseId, youngPerson)).isTrue();
        assertThat(disagreements.youngPersonsOwn(caseId, youngPerson)).isEmpty();
        assertThat(disagreements.mayRecord(caseId, caseworker)).isTrue();
        assertThat(complaints.mayRecord(caseId, parent)).isTrue();

        // 1. that they disagree
        refused(() -> disagreements.start(caseId, DecisionDisagreed.NOT_TO_ASSESS, parent), "decision");
        assertThat(disagreements.view(caseId, caseworker)).isEmpty();
        disagreements.start(caseId, DecisionDisagreed.NOT_TO_ASSESS, youngPerson);

        // 2. the mediation adviser contacted: they want mediation
        refused(() -> disagreements.recordAdviserContact(caseId, today.minusDays(10), true, parent), "contactedOn");
        assertThat(view(caseId).mediationContactOn()).isNull();
        disagreements.recordAdviserContact(caseId, today.minusDays(10), true, youngPerson);

        // 3. the mediation held
        refused(() -> disagreements.recordMediationHeld(caseId, today.minusDays(3), parent), "heldOn");
        assertThat(view(caseId).mediationHeldOn()).isNull();
        disagreements.recordMediationHeld(caseId, today.minusDays(3), caseworker);

        // 4. the certificate, by the disagreement's door and by the case's own
        refused(() -> disagreements.recordCertificate(caseId, today.minusDays(1), parent), "issuedOn");
        refused(() -> certificates.record(caseId, today.minusDays(1), parent), "issuedOn");
        assertThat(view(caseId).certificateOn()).isNull();
        disagreements.recordCertificate(caseId, today.minusDays(1), youngPerson);

        // 5. the appeal the Tribunal registered
        refused(() -> disagreements.registerAppeal(caseId, today, today.plusWeeks(6), null, parent), "registeredOn");
        assertThat(view(caseId).appealRegisteredOn()).isNull();
        disagreements.registerAppeal(caseId, today, today.plusWeeks(6), null, youngPerson);
        disagreements.recordResponse(caseId, today, caseworker);

        // 6. how it ended: withdrawn
        refused(() -> disagreements.recordOutcome(caseId, TribunalOutcome.WITHDRAWN, today, parent), "outcome");
        assertThat(view(caseId).outcome()).isNull();
        disagreements.recordOutcome(caseId, TribunalOutcome.WITHDRAWN, today, youngPerson);
        assertThat(view(caseId).outcome()).isEqualTo(TribunalOutcome.WITHDRAWN);
    }

    @Test
    void theParentOfAChild_stillRecordsEachStep() {
        UiCases cases = new UiCases(context);
        long caseId = cases.refusedOn(cases.today().minusDays(20), 15);
        CurrentUser parent = people.user("parent");
        assertThat(disagreements.mayRecord(caseId, parent)).isTrue();
        assertThat(disagreements.youngPersonsOwn(caseId, parent)).isEmpty();
        disagreements.start(caseId, DecisionDisagreed.NOT_TO_ASSESS, parent);
        disagreements.recordAdviserContact(caseId, cases.today(), false, parent);
        assertThat(view(caseId).mediationContactOn()).isEqualTo(cases.today());
    }

    private DisagreementService.View view(long caseId) {
        return disagreements.view(caseId, people.user("caseworker")).orElseThrow();
    }

    /** Refused beside the command's field, in words that say whose right it is. */
    private static void refused(ThrowingCallable command, String field) {
        assertThatThrownBy(command).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.problems()).extracting(p -> p.field()).containsExactly(field);
            assertThat(e.problems().get(0).message()).contains("is a young person (over compulsory school age), so disagreeing with"
                    + " a decision, mediation and an appeal are").contains("or the council records it on their behalf");
        });
    }
}
