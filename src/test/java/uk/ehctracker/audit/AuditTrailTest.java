package uk.ehctracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.common.NotFoundException;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.ApplicationTest;
import uk.ehctracker.testing.Http;
import uk.ehctracker.testing.TestPeople;

/** Reads and changes of a case are on its audit trail, which only the LA's managers see. */
@ApplicationTest
class AuditTrailTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestPeople people;
    @Autowired
    AuditLog audit;
    @Autowired
    AssessmentQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aCaseworkersReadAppearsInTheManagersViewAndAParentCannotSeeIt() throws Exception {
        long caseId = newCase();
        Http http = new Http(port);
        assertThat(http.getJson("/api/assessment-requests/" + caseId, "caseworker", "caseworker").statusCode()).isEqualTo(200);

        HttpResponse<String> trail = http.getJson("/api/assessment-requests/" + caseId + "/audit", "manager", "manager");
        assertThat(trail.statusCode()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode e : JSON.readTree(trail.body())) {
            lines.add(e.get("username").asText() + " " + e.get("role").asText() + " " + e.get("action").asText());
            assertThat(e.get("at").asText()).isNotBlank();
        }
        assertThat(lines).contains("caseworker LA_CASEWORKER CREATE", "caseworker LA_CASEWORKER READ");

        assertThat(http.getJson("/api/assessment-requests/" + caseId + "/audit", "parent", "parent").statusCode()).isEqualTo(404);
        assertThat(http.getJson("/api/assessment-requests/" + caseId + "/audit", "caseworker", "caseworker").statusCode()).isEqualTo(404);
        assertThat(http.getJson("/api/assessment-requests/" + caseId + "/audit", "caseworker2", "caseworker2").statusCode()).isEqualTo(404);
    }

    @Test
    void oneRequestThatReadsACaseSeveralTimesMakesOneReadEntry() throws Exception {
        long caseId = newCase();
        long before = reads(caseId, "parent");
        // the case view reads the case, its milestones, decisions and exceptions
        assertThat(new Http(port).getJson("/api/assessment-requests/" + caseId, "parent", "parent").statusCode()).isEqualTo(200);
        assertThat(reads(caseId, "parent")).isEqualTo(before + 1);
        assertThat(new Http(port).getJson("/api/assessment-requests/" + caseId, "parent", "parent").statusCode()).isEqualTo(200);
        assertThat(reads(caseId, "parent")).isEqualTo(before + 2);
    }

    @Test
    void aReadRolledBackWithItsEntry_isRecordedByTheNextReadInTheSameRequest(@Autowired PlatformTransactionManager transactions) {
        long caseId = newCase();
        long before = reads(caseId, "caseworker");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            TransactionTemplate read = new TransactionTemplate(transactions);
            read.setReadOnly(true);
            read.executeWithoutResult(status -> {
                audit.record(people.user("caseworker"), caseId, AuditActions.READ, null);
                status.setRollbackOnly();
            });
            read.executeWithoutResult(status -> audit.record(people.user("caseworker"), caseId, AuditActions.READ, null));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(reads(caseId, "caseworker")).isEqualTo(before + 1);
    }

    @Test
    void readsOutsideAWebRequestAreRecordedToo() {
        long caseId = newCase();
        queries.visibleCase(caseId, people.user("senco"));
        queries.milestones(caseId, people.user("senco"));
        assertThat(reads(caseId, "senco")).isEqualTo(2);
    }

    @Test
    void aWholeCaseReadForAPageIsOneReadEntry_evenOutsideAWebRequest() {
        long caseId = newCase();
        var record = queries.record(caseId, people.user("senco"));
        assertThat(record.milestones()).isNotEmpty();
        assertThat(record.letters()).isNotEmpty();
        assertThat(reads(caseId, "senco")).isEqualTo(1);
        assertThatThrownBy(() -> queries.record(caseId, people.user("senco2"))).isInstanceOf(NotFoundException.class);
        assertThat(reads(caseId, "senco2")).isZero();
    }

    @Test
    void aRefusedCommandLeavesNoEntryClaimingItHappened() {
        long caseId = newCase();
        Http http = new Http(port);
        long entries = count(caseId);
        // a decision dated tomorrow is refused: the decision, its audit entry and the read inside it all roll back
        String tomorrow = StatutoryClock.today(clock).plusDays(1).toString();
        int status = post(caseId, "{\"decision\":\"ASSESS\",\"decidedOn\":\"" + tomorrow + "\",\"reasons\":\"r\"}");
        assertThat(status).isEqualTo(400);
        assertThat(count(caseId)).isEqualTo(entries);
        assertThat(http.getJson("/api/assessment-requests/" + caseId, "caseworker", "caseworker").statusCode()).isEqualTo(200);
        assertThat(count(caseId)).isEqualTo(entries + 1);
    }

    @Test
    void theTrailIsForTheLasManagersOnly() {
        long caseId = newCase();
        assertThat(queries.auditTrail(caseId, people.user("manager"))).isNotEmpty();
        for (String user : List.of("caseworker", "caseworker2", "senco", "parent", "professional", "admin")) {
            assertThatThrownBy(() -> queries.auditTrail(caseId, people.user(user))).as(user).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void theTrailCannotBeChangedThroughTheApplication() {
        assertThat(AuditEntryRepository.class.getMethods()).extracting(m -> m.getName())
                .noneMatch(n -> n.startsWith("delete") || n.startsWith("update") || n.startsWith("saveAll"));
    }

    private long newCase() {
        long childId = people.newChildOfParent(StatutoryClock.today(clock).minusYears(7)).getId();
        HttpResponse<String> created = postJson("/api/assessment-requests",
                "{\"childId\":" + childId + ",\"requestedBy\":\"PARENT\",\"reasons\":\"Audit test\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        try {
            return JSON.readTree(created.body()).get("id").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int post(long caseId, String json) {
        return postJson("/api/assessment-requests/" + caseId + "/decision-to-assess", json).statusCode();
    }

    private HttpResponse<String> postJson(String path, String json) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + path))
                    .header("Authorization", Http.basic("caseworker", "caseworker"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long reads(long caseId, String username) {
        return jdbc.queryForObject("select count(*) from audit_entry where case_id = ? and username = ? and action = 'READ'",
                Long.class, caseId, username);
    }

    private long count(long caseId) {
        return jdbc.queryForObject("select count(*) from audit_entry where case_id = ?", Long.class, caseId);
    }
}
