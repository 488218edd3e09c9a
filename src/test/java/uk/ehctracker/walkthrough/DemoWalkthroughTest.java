package uk.ehctracker.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.ehctracker.directory.Child;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.Http;
import uk.ehctracker.testing.TestPeople;

/**
 * A case walked from request to final plan by the demo users through the REST API, each doing
 * their own step from their own task list, exactly as an LA's portal or case system would.
 */
@ApplicationTest
class DemoWalkthroughTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired TestPeople people;
    @Autowired Clock clock;

    @Test
    void demoUsersTakeARequestToAFinalPlan() throws Exception {
        Http http = new Http(port);
        String today = StatutoryClock.today(clock).toString();
        Child child = people.newChildOfParent(LocalDate.of(2017, 1, 20));

        // the parent asks for an assessment; the server dates it today (CFA s24)
        HttpResponse<String> created = http.postJson("/api/assessment-requests", json(Map.of(
                "childId", child.getId(), "requestedBy", "PARENT",
                "reasons", "Reading has not improved after two years of SEN support.")), "parent", "parent");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long caseId = JSON.readTree(created.body()).get("id").asLong();
        assertThat(JSON.readTree(created.body()).get("receivedOn").asText()).isEqualTo(today);

        complete("caseworker", caseId, "decideWhetherToAssess", Map.of(
                "assessDecision", "ASSESS", "mayHaveSen", true, "mayNeedPlan", true,
                "evidenceWeighed", new String[] {"ATTAINMENT_AND_PROGRESS", "ACTION_BY_SETTING"},
                "reasons", "She may have SEN and may need provision through a plan (s36(8)).", "decidedOn", today));

        // reg 6(1): each adviser gives advice from their own task list
        for (String adviser : new String[] {"parent", "senco", "health", "professional", "socialcare"}) {
            complete(adviser, caseId, "giveAdvice", Map.of("advice", "Advice from " + adviser + ".", "adviceDate", today));
        }

        complete("caseworker", caseId, "decideWhetherToIssuePlan", Map.of(
                "issueDecision", "ISSUE", "necessaryTestMet", true,
                "reasons", "The provision she needs is beyond the school's own resources.", "decidedOn", today));
        complete("caseworker", caseId, "writeDraftPlan", Map.of(
                "sectionB", "Specific learning difficulty (reading).", "sectionE", "Reads independently by year 6.",
                "sectionF", "Daily 1:1 structured literacy, 30 minutes.", "sectionI", "Mainstream primary school",
                "servedOn", today));
        complete("parent", caseId, "commentOnDraftPlan", Map.of(
                "comments", "We agree; we would like Hillcrest Academy.", "requestedSchool", "Hillcrest Academy",
                "wantsMeeting", true));
        complete("senco2", caseId, "respondToConsultation", Map.of(
                "canMeetNeeds", "YES", "response", "We can meet the needs in section F.", "respondedOn", today));
        // reg 13(1)(a)(ii): the meeting the family asked for is arranged before the plan is final
        complete("caseworker", caseId, "arrangeMeetingToDiscussDraftPlan", Map.of("meetingOn", today));
        complete("caseworker", caseId, "issueFinalPlan", Map.of("namedPlacement", "Hillcrest Academy", "issuedOn", today));

        JsonNode theCase = JSON.readTree(http.getJson("/api/assessment-requests/" + caseId, "parent", "parent").body());
        assertThat(theCase.get("status").asText()).isEqualTo("PLAN_ISSUED");
    }

    private void complete(String username, long caseId, String taskKey, Map<String, Object> values) throws Exception {
        Http http = new Http(port);
        JsonNode tasks = JSON.readTree(http.getJson("/api/tasks", username, username).body());
        JsonNode task = null;
        for (JsonNode t : tasks.isArray() ? tasks : tasks.get("content")) {
            if (t.get("caseId").asLong() == caseId && taskKey.equals(t.get("taskKey").asText())) {
                task = t;
                break;
            }
        }
        assertThat(task).as(username + " has a " + taskKey + " task for case " + caseId + " in " + tasks).isNotNull();
        HttpResponse<String> done = http.postJson("/api/tasks/" + task.get("id").asText() + "/complete", json(values), username, username);
        assertThat(done.statusCode()).as(taskKey + " by " + username + ": " + done.body()).isIn(200, 204);
    }

    private static String json(Object value) throws Exception {
        return JSON.writeValueAsString(value);
    }
}
