package uk.ehctracker.referral;

import uk.ehctracker.assessment.CaseSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentCase;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.assessment.RequestedBy;
import uk.ehctracker.common.BadInputException;
import uk.ehctracker.common.ConflictException;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.Role;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.TestPeople;
import uk.ehctracker.workflow.ProcessNames;

/** The routes to a request that do not start in school: the family's own, and a child brought to the LA's attention. */
@ApplicationTest
class ReferralRoutesTest {

    @Autowired FamilyRequests familyRequests;
    @Autowired Referrals referrals;
    @Autowired AssessmentService assessments;
    @Autowired AssessmentQueries queries;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired TestPeople people;
    @Autowired Clock clock;

    CurrentUser parent;
    CurrentUser caseworker;

    @BeforeEach
    void setUp() {
        ClockUtil.reset();
        parent = people.user("parent");
        caseworker = people.user("caseworker");
    }

    LocalDate today() {
        return StatutoryClock.today(clock);
    }

    // ---- the family's own request (CFA s36(1)) ----

    @Test
    void aParentRequestsWithoutTheSchool_andTheClockStartsToday() {
        Child child = people.newChildOfParent(LocalDate.of(2016, 4, 4));
        AssessmentCase c = familyRequests.request(child.getId(), "Our son is not making progress despite help.", parent);

        AssessmentCase seen = assessments.visibleCase(c.getId(), caseworker);
        assertThat(seen.getRequestedBy()).isEqualTo(RequestedBy.PARENT);
        assertThat(seen.getReceivedOn()).isEqualTo(today());
        assertThat(seen.getReasons()).isEqualTo("Our son is not making progress despite help.");
        assertThat(seen.getEvidenceGaps()).isNull();
        assertCaseworkerDecides(c.getId());
    }

    @Test
    void aYoungPersonRequestsForThemselves() {
        Child self = people.newChildOfParent(LocalDate.now().minusYears(17));
        CurrentUser youngPerson = new CurrentUser(-1, "yp-test", "Young Person", Role.PARENT, null, null, null,
                parent.familyId(), self.getId(), null);
        AssessmentCase c = familyRequests.request(self.getId(), "I need support to finish college.", youngPerson);

        assertThat(assessments.visibleCase(c.getId(), caseworker).getRequestedBy()).isEqualTo(RequestedBy.YOUNG_PERSON);
    }

    @Test
    void onlyTheChildsOwnFamilyMayRequest_andReasonsAreNeeded() {
        Child child = people.newChildOfParent(LocalDate.of(2016, 4, 4));
        assertThatThrownBy(() -> familyRequests.request(child.getId(), "Reasons.", people.user("parent2")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> familyRequests.request(child.getId(), "Reasons.", people.user("senco")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> familyRequests.request(child.getId(), "  ", parent)).isInstanceOf(BadInputException.class);
        familyRequests.request(child.getId(), "Reasons.", parent);
        assertThatThrownBy(() -> familyRequests.request(child.getId(), "Again.", parent)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theSameRequestSentTwiceAtOnce_isRecordedOnce_andTheOtherIsTold() throws Exception {
        // a family's retry reaching a second node while the first is still working on it
        for (int attempt = 0; attempt < 3; attempt++) {
            Child child = people.newChildOfParent(LocalDate.of(2017, 9, 9));
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.Callable<String> send = () -> {
                together.await();
                try {
                    familyRequests.request(child.getId(), "Sent twice.", parent);
                    return "recorded";
                } catch (ConflictException e) {
                    return "already open";
                }
            };
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var answers = two.invokeAll(java.util.List.of(send, send));
                assertThat(java.util.List.of(answers.get(0).get(), answers.get(1).get()))
                        .containsExactlyInAnyOrder("recorded", "already open");
            } finally {
                two.shutdownNow();
            }
            assertThat(queries.casesOfChild(child.getId(), caseworker)).hasSize(1);
        }
    }

    // ---- brought to the LA's attention (CFA s24) ----

    @Test
    void treatedAsARequest_everyLimitRunsFromTheDayTheLaWasTold() {
        Child child = people.newChildOfParent(LocalDate.of(2021, 6, 1));
        Referral referral = referrals.record(new Referrals.NewReferral(child.getId(), "Dr Jane Lee", "Community paediatrician, NHS",
                today().minusDays(20), "Global developmental delay; likely to need support on entry to school (CFA s23)."), caseworker);
        assertThat(referrals.awaitingDecision(caseworker)).extracting(Referral::getId).contains(referral.getId());

        LocalDate decidedOn = today().minusDays(3);
        AssessmentCase c = referrals.treatAsRequest(referral.getId(), decidedOn, caseworker);

        AssessmentCase seen = assessments.visibleCase(c.getId(), caseworker);
        assertThat(seen.getRequestedBy()).isEqualTo(RequestedBy.OTHER);
        // CFA s24; reg 5(1)(b): the LA became responsible the day it was told, so every limit runs
        // from the referral's received date, not from the later day of this decision
        LocalDate told = today().minusDays(20);
        assertThat(seen.getReceivedOn()).isEqualTo(told);
        assertThat(seen.getDecisionToAssessDue()).isEqualTo(told.plusDays(42));
        assertThat(seen.getDecisionNotToIssueDue()).isEqualTo(told.plusDays(112));
        assertThat(seen.getFinalPlanDue()).isEqualTo(told.plusDays(140));
        assertThat(seen.getRequesterName()).isEqualTo("Dr Jane Lee (Community paediatrician, NHS)");
        assertThat(seen.getReasons()).contains("developmental delay");
        Referral decided = referrals.get(referral.getId(), caseworker);
        assertThat(decided.getStatus()).isEqualTo(ReferralStatus.TREATED_AS_REQUEST);
        assertThat(decided.getCaseId()).isEqualTo(c.getId());
        assertThat(decided.getDecidedOn()).isEqualTo(decidedOn);
        assertThat(referrals.awaitingDecision(caseworker)).extracting(Referral::getId).doesNotContain(referral.getId());
        assertCaseworkerDecides(c.getId());
        assertThatThrownBy(() -> referrals.decline(referral.getId(), today(), "Changed our mind.", caseworker))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void declined_theReasonIsRecorded_andNoCaseIsMade() {
        Child child = people.newChildOfParent(LocalDate.of(2019, 2, 1));
        Referral referral = referrals.record(new Referrals.NewReferral(child.getId(), "Sam Green", "Family friend",
                today().minusDays(5), "Worried about speech."), caseworker);
        assertThatThrownBy(() -> referrals.decline(referral.getId(), today(), " ", caseworker)).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> referrals.treatAsRequest(referral.getId(), today().minusDays(6), caseworker))
                .isInstanceOf(BadInputException.class).hasMessageContaining("decidedOn");

        Referral declined = referrals.decline(referral.getId(), today(), "The school is meeting needs at SEN support; advised the parents of their own right to request.", caseworker);

        assertThat(declined.getStatus()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(declined.getDeclineReason()).startsWith("The school is meeting needs");
        assertThat(declined.getCaseId()).isNull();
        assertThat(queries.casesOfChild(child.getId(), caseworker)).isEmpty();
    }

    @Test
    void onlyTheLasStaffSeeAndDecide() {
        Child child = people.newChildOfParent(LocalDate.of(2019, 2, 1));
        assertThatThrownBy(() -> referrals.record(new Referrals.NewReferral(child.getId(), "A", "B", today(), "C"), people.user("senco")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> referrals.record(new Referrals.NewReferral(child.getId(), "A", "B", today(), "C"), people.user("caseworker2")))
                .isInstanceOf(NotFoundException.class);
        Referral referral = referrals.record(new Referrals.NewReferral(child.getId(), "A", "B", today(), "C"), caseworker);
        assertThatThrownBy(() -> referrals.get(referral.getId(), people.user("caseworker2"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> referrals.treatAsRequest(referral.getId(), today(), people.user("caseworker2")))
                .isInstanceOf(NotFoundException.class);
        assertThat(referrals.all(people.user("caseworker2"))).noneMatch(n -> n.getId().equals(referral.getId()));
    }

    private void assertCaseworkerDecides(long caseId) {
        assertThat(tasks.createTaskQuery().processDefinitionKey(ProcessNames.ASSESSMENT_PROCESS)
                .processInstanceBusinessKey(Long.toString(caseId))
                .taskDefinitionKey(CaseSteps.DECIDE_WHETHER_TO_ASSESS)
                .taskCandidateGroup("la:LA1:caseworker").count()).isEqualTo(1);
    }
}
