package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.directory.AppUser;
import uk.ehctracker.directory.Child;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.directory.Family;
import uk.ehctracker.directory.School;
import uk.ehctracker.statutory.StatutoryClock;
import uk.ehctracker.testing.TestPeople;

/** Fresh children and cases for API tests: a child has one open request at a time, so each case gets its own child. */
final class ApiFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ApiClient api;
    private final TestPeople people;
    private final DirectoryService directory;
    private final TransactionTemplate tx;
    private final Clock clock;

    ApiFixtures(ApiClient api, TestPeople people, DirectoryService directory, PlatformTransactionManager transactions, Clock clock) {
        this.api = api;
        this.people = people;
        this.directory = directory;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Today as the services see it (the engine clock may have been moved by other tests). */
    LocalDate today() {
        return StatutoryClock.today(clock);
    }

    /** A new child of the Khan family (demo user parent), at Riverside (senco's school), in LA1. */
    long khanChild() {
        return people.newChildOfParent(today().minusYears(8)).getId();
    }

    /** A new child in LA2 (caseworker2's LA), at Meadow View, in a new family of LA2. */
    long la2Child() {
        return tx.execute(status -> {
            AppUser caseworker2 = directory.findUser("caseworker2").orElseThrow();
            School meadow = directory.findSetting("100003", "school").orElseThrow();
            Family family = directory.save(new Family("Api" + SEQUENCE.incrementAndGet() + " family", null, "SV9 9ZZ"));
            Child child = new Child("Api" + SEQUENCE.get(), "Wilson", today().minusYears(9), family,
                    caseworker2.getLocalAuthority(), meadow);
            return directory.save(child).getId();
        });
    }

    /** A case for the child, requested through the API by {@code user} (LA staff record it as from the parent). */
    long newCase(long childId, String user) {
        HttpResponse<String> created = api.postJson("/api/assessment-requests", user,
                "{\"childId\":" + childId + ",\"requestedBy\":\"PARENT\",\"reasons\":\"Slow progress despite SEN support\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asLong();
    }

    long khanCase() {
        return newCase(khanChild(), "caseworker");
    }

    long la2Case() {
        return newCase(la2Child(), "caseworker2");
    }

    /** A new Khan child at Riverside placed on SEN support by its SENCO, with its first cycle assessed (the plan is next). */
    long pupilInACycle() {
        long childId = khanChild();
        String pupil = "/api/pupils/" + childId + "/sen-support";
        HttpResponse<String> placed = api.postJson(pupil, "senco",
                "{\"placedOn\":\"" + today() + "\",\"parentsToldOn\":\"" + today() + "\",\"needs\":[\"SPLD\"]}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        HttpResponse<String> assessed = api.postJson(pupil + "/assess", "senco", "{\"notes\":\"Reading well below age\"}");
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
        return childId;
    }

    /** A request for an assessment made by Riverside's SENCO for a new Khan child; the case's id. */
    long schoolCase() {
        HttpResponse<String> created = api.postJson("/api/pupils/" + khanChild() + "/assessment-request", "senco",
                "{\"reasons\":\"Little progress despite support\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asLong();
    }

    /** A child brought to the attention of {@code user}'s LA today, waiting for a decision; the referral's id. */
    long referral(long childId, String user) {
        HttpResponse<String> created = api.postJson("/api/referrals", user, "{\"childId\":" + childId
                + ",\"notifierName\":\"Dr Shah\",\"notifierRole\":\"Paediatrician\",\"receivedOn\":\"" + today()
                + "\",\"concerns\":\"Speech delay\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asLong();
    }

    /** The caseworkers' open task of this kind on the case. */
    String taskOf(long caseId, String taskKey, String user) {
        JsonNode tasks = ApiClient.json(api.get("/api/tasks", user));
        for (JsonNode t : tasks) {
            if (t.get("caseId").asLong() == caseId && t.get("taskKey").asText().equals(taskKey)) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("No " + taskKey + " task for case " + caseId + " in " + user + "'s list: " + tasks);
    }
}
