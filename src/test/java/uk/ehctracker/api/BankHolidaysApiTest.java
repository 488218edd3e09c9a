package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The bank holidays the working-day count uses: the proclaimed ones are in the database, and an admin adds a new one. */
class BankHolidaysApiTest extends ApiTest {

    private String yearOf(int year, String user) {
        HttpResponse<String> r = api.get("/api/bank-holidays?year=" + year, user);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ApiClient.json(r).get("holidays").toString();
    }

    @Test
    void theSeededProclamationsCount() {
        // the coronation and the state funeral are holidays only by proclamation (V22 seeds them)
        assertThat(yearOf(2023, "caseworker")).contains("2023-05-08");
        assertThat(yearOf(2002, "caseworker")).contains("2002-06-03", "2002-06-04").doesNotContain("2002-05-27");
        assertThat(yearOf(2022, "caseworker")).contains("2022-09-19", "2022-06-02", "2022-06-03").doesNotContain("2022-05-30");
    }

    @Test
    void anAdminRecordsANewOne_andNobodyElseMay() {
        int year = 2100 + ThreadLocalRandom.current().nextInt(90);
        LocalDate day = LocalDate.of(year, 6, 1).with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.TUESDAY));
        String body = "{\"day\":\"" + day + "\",\"added\":true,\"reason\":\"A jubilee\"}";

        assertThat(api.postJson("/api/bank-holidays", "caseworker", body).statusCode()).isEqualTo(404);
        assertThat(yearOf(year, "caseworker")).doesNotContain(day.toString());

        HttpResponse<String> added = api.postJson("/api/bank-holidays", "admin", body);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(yearOf(year, "caseworker")).contains(day.toString());

        HttpResponse<String> again = api.postJson("/api/bank-holidays", "admin", body);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(again).get("errors").get(0).get("field").asText()).isEqualTo("day");
    }

    @Test
    void badInputNamesItsField() {
        for (String[] bad : new String[][] {
                {"{\"added\":true,\"reason\":\"x\"}", "day"},
                {"{\"day\":[2031,6,3],\"added\":true,\"reason\":\"x\"}", "day"},
                {"{\"day\":\"2031-06-03\",\"reason\":\"x\"}", "added"},
                {"{\"day\":\"2031-06-03\",\"added\":true}", "reason"},
                {"{\"day\":\"2031-06-03\",\"added\":true,\"reason\":\"" + "r".repeat(201) + "\"}", "reason"},
                // a Saturday is already not a working day; an ordinary Tuesday is no regular holiday to move away
                {"{\"day\":\"2031-06-07\",\"added\":true,\"reason\":\"x\"}", "day"},
                {"{\"day\":\"2031-06-03\",\"added\":false,\"reason\":\"x\"}", "day"}}) {
            HttpResponse<String> r = api.postJson("/api/bank-holidays", "admin", bad[0]);
            assertThat(r.statusCode()).as(bad[0] + " " + r.body()).isEqualTo(400);
            assertThat(ApiClient.json(r).get("errors").get(0).get("field").asText()).as(bad[0]).isEqualTo(bad[1]);
        }
        assertThat(yearOf(2031, "admin")).doesNotContain("2031-06-03");
    }
}
