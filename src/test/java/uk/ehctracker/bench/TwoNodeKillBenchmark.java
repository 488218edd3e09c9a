package uk.ehctracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.ehctracker.assessment.AssessmentService;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.statutory.StatutoryClock;

/**
 * Two nodes on one database; one is killed with SIGKILL while timers fire and requests arrive
 * through the API. Node A is this JVM; node B a second JVM. Clients send each request to node B
 * and, when B does not answer, send the same request to node A, as a client would retry: a 201
 * or a 409 ("already an open request") from A both mean the request is on record.
 *
 * <p>Then: every child asked for has exactly one case, every case its process instance, no
 * letter twice (case, notice type, recipient), no timer fired twice (engine job log and case
 * timeline), and every timer fired (node A takes over B's locked jobs when their lock expires).
 */
@BenchmarkTest
class TwoNodeKillBenchmark {

    private static final int REQUESTS = BenchSettings.intProp("bench.kill.requests", 150);
    private static final int TIMERS = BenchSettings.intProp("bench.kill.timers", 4000);
    private static final int CLIENTS = BenchSettings.intProp("bench.clients", 4);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchSettings.database(registry);
    }

    @LocalServerPort int portA;
    @Autowired AssessmentService assessments;
    @Autowired DirectoryService directory;
    @Autowired UserDetailsService users;
    @Autowired PlatformTransactionManager transactions;
    @Autowired PasswordEncoder passwords;
    @Autowired DataSource dataSource;
    @Autowired ManagementService management;
    @Autowired Clock clock;
    @Autowired ProcessEngine engine;

    @Test
    void killOneNodeWhileTimersAndRequestsAreInFlight() throws Exception {
        BenchWorld world = new BenchWorld(directory, users, transactions, passwords);
        world.ensure();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DueTimers timers = new DueTimers(management, jdbc, new TransactionTemplate(transactions), assessments, world);
        String run = "kill-" + System.currentTimeMillis();

        SecondNode b = SecondNode.start("node-b");
        Report.line("KILL TEST: node A = this JVM (port %d), node B = %s", portA, SecondNode.describe(b));
        try {
            timers.create(run, TIMERS, CLIENTS, StatutoryClock.today(clock));
            timers.awaitNoBacklog(120_000);
            List<Long> children = world.children(REQUESTS, StatutoryClock.today(clock));
            ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(children);
            Map<Long, String> outcome = new ConcurrentHashMap<>();
            AtomicInteger onB = new AtomicInteger();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString((BenchWorld.CASEWORKER + ":" + BenchWorld.PASSWORD).getBytes(StandardCharsets.UTF_8));

            timers.release();
            long released = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new java.util.ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(pool.submit(() -> {
                    Long child;
                    while ((child = queue.poll()) != null) {
                        String result = post(http, b.port(), child, auth);
                        if (result.startsWith("201")) {
                            onB.incrementAndGet();
                            outcome.put(child, "B:" + result);
                        } else {
                            // B did not answer (killed): the client sends the same request to A
                            outcome.put(child, "B:" + result + " -> A:" + post(http, portA, child, auth));
                        }
                    }
                    return null;
                }));
            }
            // kill B mid-way: when half the timers have fired or B has answered a third of the requests
            int total = timers.count(run);
            while (onB.get() < REQUESTS / 3 && timers.waiting(run) > total / 2 && System.nanoTime() - released < 60_000_000_000L) {
                Thread.sleep(100);
            }
            int lockedByB = jdbc.queryForObject("SELECT count(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL AND LOCK_OWNER_ <> ?",
                    Integer.class, lockOwnerA());
            int waitingAtKill = timers.waiting(run);
            b.kill();
            Report.line("node B killed (kill -9) %.1f s after the timers were released: %,d of %,d timers still waiting, %d jobs locked by B, %d requests answered by B",
                    (System.nanoTime() - released) / 1e9, waitingAtKill, timers.count(run), lockedByB, onB.get());
            for (Future<?> f : clients) {
                f.get();
            }
            pool.shutdown();
            double seconds = timers.releaseAndTime(run, 600_000);
            Report.line("all timers fired %.1f s after the clients finished (B's locked jobs wait for their lock to expire: lock-time 60 s)", seconds);

            // ---- the checks ----
            String ids = children.stream().map(String::valueOf).collect(Collectors.joining(","));
            int lost = jdbc.queryForObject("SELECT count(*) FROM child ch WHERE ch.id IN (" + ids + ")"
                    + " AND NOT EXISTS (SELECT 1 FROM assessment_case c WHERE c.child_id = ch.id)", Integer.class);
            int doubled = jdbc.queryForObject("SELECT count(*) FROM (SELECT child_id FROM assessment_case WHERE child_id IN (" + ids + ")"
                    + " GROUP BY child_id HAVING count(*) > 1) t", Integer.class);
            int noProcess = jdbc.queryForObject("SELECT count(*) FROM assessment_case c WHERE c.child_id IN (" + ids + ")"
                    + " AND NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST p WHERE p.BUSINESS_KEY_ = CAST(c.id AS VARCHAR)"
                    + " AND p.PROC_DEF_KEY_ = 'ehc-needs-assessment')", Integer.class);
            int lettersTwice = jdbc.queryForObject("SELECT count(*) FROM (SELECT l.case_id FROM letter l WHERE l.case_id IN"
                    + " (SELECT id FROM assessment_case WHERE child_id IN (" + ids + ") UNION SELECT case_id FROM bench_timer WHERE run = ?)"
                    + " GROUP BY l.case_id, l.notice_type, l.recipient_role, l.recipient_name HAVING count(*) > 1) t", Integer.class, run);
            int noLetter = jdbc.queryForObject("SELECT count(*) FROM assessment_case c WHERE c.child_id IN (" + ids + ")"
                    + " AND NOT EXISTS (SELECT 1 FROM letter l WHERE l.case_id = c.id AND l.notice_type = 'CONSIDERING_ASSESSMENT')", Integer.class);
            Map<String, Long> kinds = outcome.values().stream().collect(Collectors.groupingBy(
                    v -> v.replaceAll("[0-9]{4,}", "#").replaceAll("\\s+", " ").substring(0, Math.min(60, v.length())), Collectors.counting()));
            Report.line("KILL TEST requests: %d sent; outcomes %s", REQUESTS, kinds);
            Report.line("KILL TEST result: lost requests %d, requests recorded twice %d, cases without a process %d, letters sent twice %d,"
                    + " cases without their first letter %d, timers still waiting %d, failed %d; %s",
                    lost, doubled, noProcess, lettersTwice, noLetter, timers.waiting(run), timers.failed(run), timers.firings(run));
            assertThat(lost).isZero();
            assertThat(doubled).isZero();
            assertThat(noProcess).isZero();
            assertThat(lettersTwice).isZero();
            assertThat(timers.firedTwice(run)).isZero();
            assertThat(timers.waiting(run)).isZero();
        } finally {
            b.close();
        }
    }

    /** Node A's job executor lock owner (a UUID per executor); any other owner is node B. */
    private String lockOwnerA() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().getLockOwner();
    }

    private static String post(HttpClient http, int port, long child, String auth) {
        String body = "{\"childId\":" + child + ",\"requestedBy\":\"PARENT\",\"reasons\":\"Benchmark: request during a node kill.\","
                + "\"requesterName\":\"Bench family\"}";
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/assessment-requests"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + "";
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }
}
