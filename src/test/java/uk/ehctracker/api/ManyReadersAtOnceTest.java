package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.assessment.AssessmentQueries;
import uk.ehctracker.casework.CasePages;

/**
 * More people reading cases at once than the database pool has connections: each read and its
 * audit entry share one connection, and a letter's first rendering is kept after the read has
 * given its connection back, so nobody waits for a second one that every other reader holds.
 */
class ManyReadersAtOnceTest extends ApiTest {

    @Value("${spring.datasource.hikari.maximum-pool-size}")
    int poolSize;

    @Test
    void fiveTimesThePoolReadACaseAtOnce_everyReadAnsweredAndOnTheTrail() throws Exception {
        long caseId = fixtures.khanCase();
        long readsBefore = reads(caseId);
        int readers = poolSize * 5;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < readers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return new ApiClient(port).get("/api/assessment-requests/" + caseId, "caseworker");
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> r = answer.get();
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(ApiClient.json(r).get("id").asLong()).isEqualTo(caseId);
            }
        } finally {
            pool.shutdownNow();
        }
        // each request's read is on the case's audit trail, written with the read
        assertThat(reads(caseId) - readsBefore).isEqualTo(readers);
    }

    @Test
    void fiveTimesThePoolDownloadALetterAtOnce_everyoneGetsTheSamePdf(@Autowired CasePages pages,
            @Autowired AssessmentQueries queries) throws Exception {
        long caseId = fixtures.khanCase();
        CurrentUser caseworker = people.user("caseworker");
        long letterId = queries.letters(caseId, caseworker).get(0).getId();
        int readers = poolSize * 5;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<byte[]>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < readers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return pages.letterPdf(caseId, letterId, caseworker);
                }));
            }
            start.countDown();
            Set<String> documents = new HashSet<>();
            for (Future<byte[]> answer : answers) {
                byte[] pdf = answer.get();
                assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                documents.add(Base64.getEncoder().encodeToString(pdf));
            }
            // rendered once and kept: every download is the same document
            assertThat(documents).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private long reads(long caseId) {
        return jdbc.queryForObject("select count(*) from audit_entry where case_id = ? and username = 'caseworker' and action = 'READ'",
                Long.class, caseId);
    }
}
