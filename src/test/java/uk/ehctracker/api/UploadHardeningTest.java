package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.documents.SampleFiles;
import uk.ehctracker.testing.TestPeople;

/** Office files are checked as archives (no "zip bombs"), and the same file on the same case is kept once. */
class UploadHardeningTest extends ApiTest {

    private long newCase() {
        return new ApiFixtures(new ApiClient(port), people, directory, transactions, clock).khanCase();
    }

    private long documents(long caseId) {
        return jdbc.queryForObject("select count(*) from case_document where case_id = ?", Long.class, caseId);
    }

    /** A Word document whose word/document.xml expands to {@code expandedBytes} of spaces. */
    static byte[] docxBomb(long expandedBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < expandedBytes; written += spaces.length) {
                zip.write(spaces, 0, (int) Math.min(spaces.length, expandedBytes - written));
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A Word document with very many (empty) entries. */
    static byte[] docxWithEntries(int entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("word/media/x" + i + ".xml"));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aDocxThatExpandsTo200MbIsRefusedNamingTheFile() throws IOException {
        long caseId = newCase();
        byte[] bomb = docxBomb(200L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        HttpResponse<String> r = new ApiClient(port).upload("/api/assessment-requests/" + caseId + "/documents", "caseworker",
                "advice.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bomb, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode error = ApiClient.json(r).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("file");
        assertThat(error.get("message").asText()).contains("advice.docx");
        assertThat(documents(caseId)).isZero();
    }

    @Test
    void aDocxWithTooManyPartsIsRefused() throws IOException {
        long caseId = newCase();
        HttpResponse<String> r = new ApiClient(port).upload("/api/assessment-requests/" + caseId + "/documents", "caseworker",
                "many.docx", "application/octet-stream", docxWithEntries(20_000), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(ApiClient.json(r).get("errors").findValuesAsText("field")).containsExactly("file");
        assertThat(documents(caseId)).isZero();
    }

    @Test
    void anOrdinaryDocxIsStillKept() throws IOException {
        long caseId = newCase();
        // a small file may compress very well: below 1 MB expanded the ratio is not judged
        HttpResponse<String> r = new ApiClient(port).upload("/api/assessment-requests/" + caseId + "/documents", "caseworker",
                "report.docx", "application/octet-stream", SampleFiles.docx(), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(documents(caseId)).isEqualTo(1);
    }

    @Test
    void tenIdenticalUploadsAtOnceKeepOneDocument() throws Exception {
        long caseId = newCase();
        byte[] pdf = (new String(SampleFiles.pdf(), StandardCharsets.US_ASCII) + "% " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return new ApiClient(port).upload("/api/assessment-requests/" + caseId + "/documents", "caseworker",
                            "report.pdf", "application/pdf", pdf, "The school's report");
                }));
            }
            start.countDown();
            Set<Long> ids = new HashSet<>();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> r = answer.get();
                statuses.add(r.statusCode());
                ids.add(ApiClient.json(r).get("id").asLong());
                if (r.statusCode() == 200) {
                    // the copy already kept, and where it is
                    assertThat(r.headers().firstValue("Content-Location")).as(r.body())
                            .hasValue("/api/assessment-requests/" + caseId + "/documents/" + ApiClient.json(r).get("id").asLong());
                }
            }
            assertThat(ids).hasSize(1);
            // one upload made the document (201 Created); the nine others were told it was already kept (200)
            assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(documents(caseId)).isEqualTo(1);
        // the same file on another case is that case's own document
        long otherCase = newCase();
        HttpResponse<String> other = new ApiClient(port).upload("/api/assessment-requests/" + otherCase + "/documents", "caseworker",
                "report.pdf", "application/pdf", pdf, null);
        assertThat(other.statusCode()).isEqualTo(201);
        assertThat(documents(otherCase)).isEqualTo(1);
    }
}
