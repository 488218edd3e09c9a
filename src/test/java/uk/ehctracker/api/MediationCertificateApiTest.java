package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.common.DateFormats;
import uk.ehctracker.letters.Letter;
import uk.ehctracker.letters.LetterService;
import uk.ehctracker.letters.NoticeType;
import uk.ehctracker.letters.RecipientRole;
import uk.ehctracker.testing.EngineTime;

/**
 * A mediation certificate moves the appeal deadline to 1 month after it when that is later than
 * 2 months after the decision notice (HESC Rules r20), on the case, in the API and in a letter.
 */
class MediationCertificateApiTest extends ApiTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    LetterService letters;

    /** Every date below is worked out by hand from this day, a Sunday, on which the tests run. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @BeforeEach
    void onTheTwentyNinthOfNovember() {
        EngineTime.today(TODAY);
    }

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    /** A request refused on the day it was decided, {@code daysAgo} days ago: its notice was sent that day. */
    private long refused(int daysAgo) {
        return refused(daysAgo, 8);
    }

    private long refused(int daysAgo, int age) {
        return new uk.ehctracker.ui.UiCases(context).refusedOn(fixtures.today().minusDays(daysAgo), age);
    }

    private HttpResponse<String> certificate(long caseId, String user, String json) {
        return api.postJson("/api/assessment-requests/" + caseId + "/mediation-certificate", user, json);
    }

    private List<Letter> certificateLetters(long caseId) {
        return letters.lettersFor(caseId).stream().filter(l -> l.getNoticeType() == NoticeType.APPEAL_DEADLINE_AFTER_MEDIATION).toList();
    }

    @Test
    void aCertificateMonthsAfterTheNotice_movesTheDeadlineToAMonthAfterIt() {
        long caseId = refused(50);
        // HESC Rules r20: 2 months from the notice sent 50 days ago, on 10 October: Thursday 10 December
        assertThat(ApiClient.json(api.get("/api/assessment-requests/" + caseId, "parent")).get("appealDeadline").asText())
                .isEqualTo("2026-12-10");

        HttpResponse<String> r = certificate(caseId, "parent", "{\"issuedOn\":\"" + TODAY + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        // ...or 1 month from the certificate, whichever is later: 29 December, one of the days from
        // 25 December to 1 January, so r12(3)(a): the first working day after Friday 1 January 2027
        // (a bank holiday) is Monday 4 January
        LocalDate later = LocalDate.of(2027, 1, 4);
        assertThat(ApiClient.json(r).get("appealDeadline").asText()).isEqualTo(later.toString());

        // the family is told the new date in a letter
        List<Letter> told = certificateLetters(caseId);
        assertThat(told).extracting(Letter::getRecipientRole).containsExactly(RecipientRole.PARENT);
        assertThat(told.get(0).getHtml()).contains("until " + DateFormats.full(later))
                .contains("mediation certificate dated " + DateFormats.full(fixtures.today()));
    }

    @Test
    void aCertificateSoonAfterTheNotice_leavesTheTwoMonths() {
        long caseId = refused(3);
        LocalDate sent = TODAY.minusDays(3);
        HttpResponse<String> r = certificate(caseId, "caseworker", "{\"issuedOn\":\"" + sent.plusDays(1) + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        // the certificate's month ends on 27 December, before the notice's two months (sent 26
        // November: Tuesday 26 January 2027): the two months stand
        assertThat(ApiClient.json(r).get("appealDeadline").asText()).isEqualTo("2027-01-26");
    }

    @Test
    void badInputNamesTheField_andWritesNothing() {
        long caseId = refused(10);
        LocalDate sent = fixtures.today().minusDays(10);
        for (String json : List.of("{}", "{\"issuedOn\":null}", "{\"issuedOn\":[2026,11,20]}", "{\"issuedOn\":\"20/11/2026\"}",
                "{\"issuedOn\":\"" + fixtures.today().plusDays(1) + "\"}", "{\"issuedOn\":\"" + sent.minusDays(1) + "\"}")) {
            HttpResponse<String> r = certificate(caseId, "parent", json);
            assertThat(r.statusCode()).as(json + " " + r.body()).isEqualTo(400);
            assertThat(ApiClient.json(r).get("errors").get(0).get("field").asText()).as(json).isEqualTo("issuedOn");
        }
        // sent 19 November: 2 months end on Tuesday 19 January 2027
        assertThat(ApiClient.json(api.get("/api/assessment-requests/" + caseId, "parent")).get("appealDeadline").asText())
                .as("nothing written").isEqualTo("2027-01-19");
        assertThat(certificateLetters(caseId)).as("no letter").isEmpty();
    }

    @Test
    void aYoungPersonsCertificateIsTheirs_notTheirParents() {
        // CFA s80, s83(2): over compulsory school age the appeal is the young person's own
        long caseId = refused(5, 17);
        HttpResponse<String> byParent = certificate(caseId, "parent", "{\"issuedOn\":\"" + fixtures.today() + "\"}");
        assertThat(byParent.statusCode()).as(byParent.body()).isEqualTo(400);
        assertThat(byParent.body()).contains("young person");
        assertThat(certificateLetters(caseId)).isEmpty();
        assertThat(certificate(caseId, "caseworker", "{\"issuedOn\":\"" + fixtures.today() + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void aCaseWithNoDecisionToAppeal_isRefusedNamingTheField() {
        long caseId = fixtures.khanCase();
        HttpResponse<String> r = certificate(caseId, "caseworker", "{\"issuedOn\":\"" + fixtures.today() + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(ApiClient.json(r).get("errors").get(0).get("field").asText()).isEqualTo("issuedOn");
        assertThat(r.body()).contains("no decision on this case that can be appealed");
        // an adviser or another LA may not record one
        assertThat(certificate(refused(5), "caseworker2", "{\"issuedOn\":\"" + fixtures.today() + "\"}").statusCode()).isEqualTo(404);
    }
}
