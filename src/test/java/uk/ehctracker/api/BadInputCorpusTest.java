package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import uk.ehctracker.directory.DirectoryService;
import uk.ehctracker.documents.SampleFiles;
import uk.ehctracker.testing.TestPeople;

/**
 * A corpus of malformed requests: each is answered 4xx with {@code application/problem+json}
 * naming the field, and the database is as it was before. {@code CASE} is an undecided case of
 * the Khan family, {@code CHILD} a child with no request yet, {@code TASK} the case's
 * decide-whether-to-assess task, {@code TODAY}/{@code TOMORROW}/{@code YESTERDAY} the service's dates.
 */
class BadInputCorpusTest extends ApiTest {

    static final List<String> COUNTED = List.of("assessment_case", "decision", "case_document", "milestone",
            "sen_support_record", "sen_need", "sen_support_cycle", "provision_item", "specialist_involvement", "parent_meeting",
            "referral", "disagreement");
    static final String JSON = "application/json";
    static final String REQUESTS = "/api/assessment-requests";
    static final String DECIDE = "/api/assessment-requests/CASE/decision-to-assess";
    static final String EXCEPTIONS = "/api/assessment-requests/CASE/exceptions";
    static final String WITHDRAW = "/api/assessment-requests/CASE/withdraw";
    static final String CERTIFICATE = "/api/assessment-requests/CASE/mediation-certificate";
    static final String DISAGREEMENT = "/api/assessment-requests/CASE/disagreement";
    static final String WISHES = "/api/assessment-requests/CASE/young-persons-wishes";
    static final String DOCUMENTS = "/api/assessment-requests/CASE/documents";
    static final String COMPLETE = "/api/tasks/TASK/complete";
    static final String SUPPORT = "/api/pupils/PUPIL/sen-support";
    static final String PLACE = "/api/pupils/CHILD/sen-support";
    static final String SCHOOL_REQUEST = "/api/pupils/CHILD/assessment-request";
    static final String REFERRALS = "/api/referrals";
    static final String REFERRAL = "/api/referrals/REFERRAL";
    static final String LONG = "x".repeat(20_001);
    static final String OVER_2000 = "y".repeat(2_001);

    /** The corpus's mistakes that the document cannot describe. */
    static final List<String> ONLY_THE_RULES_TELL = List.of(
            // an id that does not exist, or one not yours
            "request: unknown child", "request: negative child id", "decision: unknown case", "case: unknown", "task: unknown task",
            // who is asking, what day it is, and what the case holds
            "request: requestedBy missing (LA staff)", "request: received tomorrow", "request: received before the child was born",
            "request: reasons blank", "decision: decided tomorrow", "decision: decided before the request",
            "decision: not assessing when the s36(8) test is met", "decision: assessing when the test is not met",
            "exception: a reason that does not apply to the limit", "exception: the spent coronavirus reason",
            "certificate: issuedOn tomorrow", "certificate: no decision to appeal", "wishes: a child, not yet a young person",
            "disagreement: no refusal to appeal", "disagreement: no final plan to appeal",
            "place: placed tomorrow", "place: parents told before the placing", "place: unknown pupil", "plan: review date today",
            "specialist: decided tomorrow", "provision: ends before it starts", "meeting: held tomorrow",
            "referral: unknown child", "referral: received tomorrow", "treat as request: decided before the LA was told",
            "decline: unknown referral",
            // a task's values are checked against its form (forms/<task>.form), not a schema of the document
            "task: unknown decision", "task: 30 February", "task: reasons missing", "task: a field the form does not have",
            // an upload is judged by its bytes and size; its parts' values are not checked against the document
            "upload: an empty file", "upload: a web page named report.pdf", "upload: a ZIP without word/document.xml named .docx",
            "upload: a Windows program named .png", "upload: an SVG with a script named .png", "upload: a GIF",
            "upload: plain text", "upload: description over 2,000 characters", "upload: 21 MB", "upload: 20 MB and one byte");

    final List<String> onlyTheRulesTell = java.util.Collections.synchronizedList(new ArrayList<>());
    long caseId;
    long childId;
    String taskId;
    /** A pupil on SEN support in its first cycle (assessed; the plan is next), and a referral waiting for a decision. */
    long pupilId;
    long referralId;
    Map<String, Long> countsBefore;

    /** One malformed request. {@code body} null sends none; {@code upload} sends a multipart file instead. */
    record Bad(String name, String method, String path, String user, String contentType, byte[] body, Upload upload,
            int status, String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    record Upload(String fileName, byte[] bytes, String description) {
    }

    static Bad json(String name, String path, String json, int status, String field) {
        return new Bad(name, "POST", path, "caseworker", JSON, json.getBytes(StandardCharsets.UTF_8), null, status, field);
    }

    static Bad raw(String name, String path, String contentType, byte[] body, int status, String field) {
        return new Bad(name, "POST", path, "caseworker", contentType, body, null, status, field);
    }

    static Bad get(String name, String path, int status, String field) {
        return new Bad(name, "GET", path, "caseworker", null, null, null, status, field);
    }

    static Bad senco(String name, String path, String json, int status, String field) {
        return new Bad(name, "POST", path, "senco", JSON, json.getBytes(StandardCharsets.UTF_8), null, status, field);
    }

    static Bad upload(String name, String fileName, byte[] bytes, String description, int status, String field) {
        return new Bad(name, "UPLOAD", DOCUMENTS, "caseworker", null, null, new Upload(fileName, bytes, description), status, field);
    }

    static String request(String fields) {
        return "{\"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":\"Slow progress\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    static String decision(String fields) {
        return "{" + fields + "}";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] invalidUtf8(String before, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(before));
        out.write(0xC3);
        out.write(0x28);
        out.write(0xFF);
        out.writeBytes(bytes(after));
        return out.toByteArray();
    }

    static Stream<Bad> corpus() {
        List<Bad> c = new ArrayList<>();
        // ---- a new request ----
        c.add(json("request: empty object", REQUESTS, "{}", 400, "childId"));
        c.add(json("request: childId is text", REQUESTS, "{\"childId\":\"abc\",\"requestedBy\":\"PARENT\",\"reasons\":\"r\"}", 400, "childId"));
        c.add(json("request: childId is a boolean", REQUESTS, "{\"childId\":true,\"requestedBy\":\"PARENT\",\"reasons\":\"r\"}", 400, "childId"));
        c.add(json("request: childId is an object", REQUESTS, "{\"childId\":{},\"requestedBy\":\"PARENT\",\"reasons\":\"r\"}", 400, "childId"));
        c.add(json("request: childId missing", REQUESTS, "{\"requestedBy\":\"PARENT\",\"reasons\":\"r\"}", 400, "childId"));
        c.add(json("request: unknown child", REQUESTS, "{\"childId\":987654321,\"requestedBy\":\"PARENT\",\"reasons\":\"r\"}", 404, "childId"));
        c.add(json("request: negative child id", REQUESTS, "{\"childId\":-1,\"requestedBy\":\"PARENT\",\"reasons\":\"r\"}", 404, "childId"));
        c.add(json("request: unknown requestedBy", REQUESTS, "{\"childId\":CHILD,\"requestedBy\":\"MUM\",\"reasons\":\"r\"}", 400, "requestedBy"));
        c.add(json("request: requestedBy in lower case", REQUESTS, "{\"childId\":CHILD,\"requestedBy\":\"parent\",\"reasons\":\"r\"}", 400, "requestedBy"));
        c.add(json("request: requestedBy missing (LA staff)", REQUESTS, "{\"childId\":CHILD,\"reasons\":\"r\"}", 400, "requestedBy"));
        c.add(json("request: 30 February", REQUESTS, request("\"receivedOn\":\"2026-02-30\""), 400, "receivedOn"));
        c.add(json("request: 29 February in a common year", REQUESTS, request("\"receivedOn\":\"2025-02-29\""), 400, "receivedOn"));
        c.add(json("request: month 13", REQUESTS, request("\"receivedOn\":\"2026-13-01\""), 400, "receivedOn"));
        c.add(json("request: British date order", REQUESTS, request("\"receivedOn\":\"02/03/2026\""), 400, "receivedOn"));
        c.add(json("request: date with a time", REQUESTS, request("\"receivedOn\":\"2026-03-02T10:00:00\""), 400, "receivedOn"));
        c.add(json("request: received tomorrow", REQUESTS, request("\"receivedOn\":\"TOMORROW\""), 400, "receivedOn"));
        c.add(json("request: received before the child was born", REQUESTS, request("\"receivedOn\":\"1990-01-01\""), 400, "receivedOn"));
        c.add(json("request: reasons missing", REQUESTS, "{\"childId\":CHILD,\"requestedBy\":\"PARENT\"}", 400, "reasons"));
        c.add(json("request: reasons blank", REQUESTS, "{\"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":\"   \"}", 400, "reasons"));
        c.add(json("request: reasons over 20,000 characters", REQUESTS,
                "{\"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":\"" + LONG + "\"}", 400, "reasons"));
        c.add(json("request: reasons is an object", REQUESTS, "{\"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":{}}", 400, "reasons"));
        c.add(json("request: reasons is a list", REQUESTS, "{\"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":[\"a\"]}", 400, "reasons"));
        c.add(json("request: evidence gaps over 2,000 characters", REQUESTS, request("\"evidenceGaps\":\"" + OVER_2000 + "\""), 400, "evidenceGaps"));
        c.add(json("request: requester name over 200 characters", REQUESTS, request("\"requesterName\":\"" + "n".repeat(201) + "\""), 400, "requesterName"));
        c.add(json("request: truncated JSON", REQUESTS, "{\"childId\": CHILD, \"reasons\": \"r", 400, "reasons"));
        c.add(json("request: not JSON at all", REQUESTS, "childId=CHILD&reasons=r", 400, "body"));
        c.add(json("request: a JSON list", REQUESTS, "[]", 400, "body"));
        c.add(json("request: JSON null", REQUESTS, "null", 400, "body"));
        c.add(json("request: empty body", REQUESTS, "", 400, "body"));
        c.add(raw("request: invalid UTF-8 in reasons", REQUESTS, JSON,
                invalidUtf8("{\"childId\":CHILD,\"requestedBy\":\"PARENT\",\"reasons\":\"caf", "\"}"), 400, "reasons"));
        c.add(raw("request: text/plain", REQUESTS, "text/plain", bytes(request("")), 415, "Content-Type"));
        c.add(raw("request: XML", REQUESTS, "application/xml", bytes("<request><childId>CHILD</childId></request>"), 415, "Content-Type"));
        c.add(raw("request: a form", REQUESTS, "application/x-www-form-urlencoded", bytes("childId=CHILD&reasons=r"), 415, "Content-Type"));
        c.add(raw("request: no content type", REQUESTS, null, bytes(request("")), 415, "Content-Type"));
        c.add(new Bad("request: a parent with an unknown requestedBy", "POST", REQUESTS, "parent", JSON,
                bytes("{\"childId\":CHILD,\"requestedBy\":\"GRANDPARENT\",\"reasons\":\"r\"}"), null, 400, "requestedBy"));
        // ---- the decision whether to assess ----
        c.add(json("decision: empty object", DECIDE, "{}", 400, "decision"));
        c.add(json("decision: unknown decision", DECIDE, decision("\"decision\":\"MAYBE\",\"decidedOn\":\"TODAY\",\"reasons\":\"r\""), 400, "decision"));
        c.add(json("decision: the other decision's value", DECIDE, decision("\"decision\":\"ISSUE\",\"decidedOn\":\"TODAY\",\"reasons\":\"r\""), 400, "decision"));
        c.add(json("decision: 30 February", DECIDE, decision("\"decision\":\"ASSESS\",\"decidedOn\":\"2026-02-30\",\"reasons\":\"r\""), 400, "decidedOn"));
        c.add(json("decision: decided tomorrow", DECIDE, decision("\"decision\":\"ASSESS\",\"decidedOn\":\"TOMORROW\",\"reasons\":\"r\""), 400, "decidedOn"));
        c.add(json("decision: decided before the request", DECIDE, decision("\"decision\":\"ASSESS\",\"decidedOn\":\"YESTERDAY\",\"reasons\":\"r\""), 400, "decidedOn"));
        c.add(json("decision: decidedOn missing", DECIDE, decision("\"decision\":\"ASSESS\",\"reasons\":\"r\""), 400, "decidedOn"));
        c.add(json("decision: reasons missing", DECIDE, decision("\"decision\":\"ASSESS\",\"decidedOn\":\"TODAY\""), 400, "reasons"));
        c.add(json("decision: reasons over 20,000 characters", DECIDE,
                decision("\"decision\":\"ASSESS\",\"decidedOn\":\"TODAY\",\"reasons\":\"" + LONG + "\""), 400, "reasons"));
        c.add(json("decision: unknown evidence", DECIDE,
                decision("\"decision\":\"ASSESS\",\"decidedOn\":\"TODAY\",\"reasons\":\"r\",\"evidenceWeighed\":[\"GUT_FEELING\"]"), 400, "evidenceWeighed[0]"));
        c.add(json("decision: evidence not a list", DECIDE,
                decision("\"decision\":\"ASSESS\",\"decidedOn\":\"TODAY\",\"reasons\":\"r\",\"evidenceWeighed\":\"NATURE_OF_SEN\""), 400, "evidenceWeighed"));
        c.add(json("decision: mayHaveSen is \"yes\"", DECIDE,
                decision("\"decision\":\"ASSESS\",\"decidedOn\":\"TODAY\",\"reasons\":\"r\",\"mayHaveSen\":\"yes\""), 400, "mayHaveSen"));
        c.add(json("decision: not assessing when the s36(8) test is met", DECIDE,
                decision("\"decision\":\"DO_NOT_ASSESS\",\"decidedOn\":\"TODAY\",\"reasons\":\"r\",\"mayHaveSen\":true,\"mayNeedPlan\":true"), 400, "decision"));
        c.add(json("decision: assessing when the test is not met", DECIDE,
                decision("\"decision\":\"ASSESS\",\"decidedOn\":\"TODAY\",\"reasons\":\"r\",\"mayNeedPlan\":false"), 400, "mayHaveSen"));
        c.add(json("decision: unknown case", DECIDE.replace("CASE", "987654321"),
                decision("\"decision\":\"ASSESS\",\"decidedOn\":\"TODAY\",\"reasons\":\"r\""), 404, "id"));
        c.add(json("decision: case id is text", DECIDE.replace("CASE", "abc"),
                decision("\"decision\":\"ASSESS\",\"decidedOn\":\"TODAY\",\"reasons\":\"r\""), 400, "id"));
        c.add(raw("decision: text/plain", DECIDE, "text/plain", bytes("ASSESS"), 415, "Content-Type"));
        // ---- exceptions to a time limit ----
        c.add(json("exception: unknown limit", EXCEPTIONS, "{\"limit\":\"SIX_WEEKS\",\"reason\":\"ABSENT_FROM_AREA\",\"from\":\"TODAY\",\"note\":\"n\"}", 400, "limit"));
        c.add(json("exception: unknown reason", EXCEPTIONS, "{\"limit\":\"FINAL_PLAN\",\"reason\":\"HOLIDAY\",\"from\":\"TODAY\",\"note\":\"n\"}", 400, "reason"));
        c.add(json("exception: a reason that does not apply to the limit", EXCEPTIONS,
                "{\"limit\":\"FINAL_PLAN\",\"reason\":\"MISSED_APPOINTMENT\",\"from\":\"TODAY\",\"note\":\"n\"}", 400, "reason"));
        c.add(json("exception: the spent coronavirus reason", EXCEPTIONS,
                "{\"limit\":\"FINAL_PLAN\",\"reason\":\"CORONAVIRUS\",\"from\":\"TODAY\",\"note\":\"n\"}", 400, "reason"));
        c.add(json("exception: from missing", EXCEPTIONS, "{\"limit\":\"FINAL_PLAN\",\"reason\":\"ABSENT_FROM_AREA\",\"note\":\"n\"}", 400, "from"));
        c.add(json("exception: from is 31 April", EXCEPTIONS,
                "{\"limit\":\"FINAL_PLAN\",\"reason\":\"ABSENT_FROM_AREA\",\"from\":\"2026-04-31\",\"note\":\"n\"}", 400, "from"));
        c.add(json("exception: to is not a date", EXCEPTIONS,
                "{\"limit\":\"FINAL_PLAN\",\"reason\":\"ABSENT_FROM_AREA\",\"from\":\"TODAY\",\"to\":\"soon\",\"note\":\"n\"}", 400, "to"));
        c.add(json("exception: note missing", EXCEPTIONS, "{\"limit\":\"FINAL_PLAN\",\"reason\":\"ABSENT_FROM_AREA\",\"from\":\"TODAY\"}", 400, "note"));
        c.add(json("exception: note over 2,000 characters", EXCEPTIONS,
                "{\"limit\":\"FINAL_PLAN\",\"reason\":\"ABSENT_FROM_AREA\",\"from\":\"TODAY\",\"note\":\"" + OVER_2000 + "\"}", 400, "note"));
        // ---- withdrawal ----
        c.add(json("withdraw: reason missing", WITHDRAW, "{}", 400, "reason"));
        c.add(json("withdraw: reason over 2,000 characters", WITHDRAW, "{\"reason\":\"" + OVER_2000 + "\"}", 400, "reason"));
        c.add(json("withdraw: reason is a list", WITHDRAW, "{\"reason\":[\"moved\"]}", 400, "reason"));
        // ---- a mediation certificate (CFA s55; HESC Rules r20): CASE has no decision to appeal ----
        c.add(json("certificate: issuedOn missing", CERTIFICATE, "{}", 400, "issuedOn"));
        c.add(json("certificate: issuedOn as an array", CERTIFICATE, "{\"issuedOn\":[2026,11,20]}", 400, "issuedOn"));
        c.add(json("certificate: issuedOn tomorrow", CERTIFICATE, "{\"issuedOn\":\"TOMORROW\"}", 400, "issuedOn"));
        c.add(json("certificate: no decision to appeal", CERTIFICATE, "{\"issuedOn\":\"TODAY\"}", 400, "issuedOn"));
        // ---- a disagreement (CFA s51(2)): CASE has no decision to appeal, so none can be recorded or moved on ----
        c.add(json("disagreement: decision missing", DISAGREEMENT, "{}", 400, "decision"));
        c.add(json("disagreement: decision not in the list", DISAGREEMENT, "{\"decision\":\"EVERYTHING\"}", 400, "decision"));
        c.add(json("disagreement: no refusal to appeal", DISAGREEMENT, "{\"decision\":\"NOT_TO_ASSESS\"}", 400, "decision"));
        c.add(json("disagreement: no final plan to appeal", DISAGREEMENT, "{\"decision\":\"PLACEMENT_ONLY\"}", 400, "decision"));
        c.add(json("disagreement: contact on 30 February", DISAGREEMENT + "/mediation-adviser-contact",
                "{\"contactedOn\":\"2026-02-30\",\"wantsMediation\":true}", 400, "contactedOn"));
        c.add(json("disagreement: wantsMediation is \"yes\"", DISAGREEMENT + "/mediation-adviser-contact",
                "{\"contactedOn\":\"TODAY\",\"wantsMediation\":\"yes\"}", 400, "wantsMediation"));
        c.add(json("disagreement: appeal date as an array", DISAGREEMENT + "/appeal",
                "{\"registeredOn\":[2026,11,20],\"responseDueOn\":\"TODAY\"}", 400, "registeredOn"));
        c.add(json("disagreement: outcome not in the list", DISAGREEMENT + "/outcome", "{\"outcome\":\"LOST\",\"on\":\"TODAY\"}",
                400, "outcome"));
        // ---- a young person's wishes (CFA s80): CASE's child is under compulsory school age ----
        c.add(json("wishes: parentCopies missing", WISHES, "{}", 400, "parentCopies"));
        c.add(json("wishes: parentCopies is \"yes\"", WISHES, "{\"parentCopies\":\"yes\"}", 400, "parentCopies"));
        c.add(json("wishes: email is a number", WISHES, "{\"parentCopies\":true,\"email\":42}", 400, "email"));
        c.add(json("wishes: a child, not yet a young person", WISHES, "{\"parentCopies\":true}", 400, "parentCopies"));
        // ---- a proclaimed bank holiday (admins) ----
        c.add(new Bad("bank holiday: day as an array", "POST", "/api/bank-holidays", "admin", JSON,
                bytes("{\"day\":[2031,6,3],\"added\":true,\"reason\":\"x\"}"), null, 400, "day"));
        c.add(new Bad("bank holiday: reason missing", "POST", "/api/bank-holidays", "admin", JSON,
                bytes("{\"day\":\"2031-06-03\",\"added\":true}"), null, 400, "reason"));
        // ---- the list's filters ----
        c.add(get("list: unknown status", REQUESTS + "?status=LOST", 400, "status"));
        c.add(get("list: dueBefore 30 February", REQUESTS + "?dueBefore=2026-02-30", 400, "dueBefore"));
        c.add(get("list: overdue is \"maybe\"", REQUESTS + "?overdue=maybe", 400, "overdue"));
        c.add(get("list: negative page", REQUESTS + "?page=-1", 400, "page"));
        c.add(get("list: page is text", REQUESTS + "?page=first", 400, "page"));
        c.add(get("list: size 0", REQUESTS + "?size=0", 400, "size"));
        c.add(get("list: size 101", REQUESTS + "?size=101", 400, "size"));
        c.add(get("case: id is text", REQUESTS + "/abc", 400, "id"));
        c.add(get("case: unknown", REQUESTS + "/987654321", 404, "id"));
        // ---- completing a task ----
        c.add(json("task: unknown task", COMPLETE.replace("TASK", "no-such-task"), "{}", 404, "id"));
        c.add(json("task: unknown decision", COMPLETE,
                "{\"assessDecision\":\"MAYBE\",\"reasons\":\"r\",\"decidedOn\":\"TODAY\"}", 400, "assessDecision"));
        c.add(json("task: 30 February", COMPLETE,
                "{\"assessDecision\":\"ASSESS\",\"mayHaveSen\":true,\"mayNeedPlan\":true,\"reasons\":\"r\",\"decidedOn\":\"2026-02-30\"}", 400, "decidedOn"));
        c.add(json("task: reasons missing", COMPLETE,
                "{\"assessDecision\":\"ASSESS\",\"mayHaveSen\":true,\"mayNeedPlan\":true,\"decidedOn\":\"TODAY\"}", 400, "reasons"));
        c.add(json("task: a field the form does not have", COMPLETE,
                "{\"assessDecision\":\"ASSESS\",\"mayHaveSen\":true,\"mayNeedPlan\":true,\"reasons\":\"r\",\"decidedOn\":\"TODAY\",\"colour\":\"red\"}", 400, "colour"));
        c.add(json("task: a JSON list", COMPLETE, "[1, 2]", 400, "body"));
        c.add(raw("task: text/plain", COMPLETE, "text/plain", bytes("ASSESS"), 415, "Content-Type"));
        // ---- SEN support (the SENCO's commands): CHILD is not on SEN support, PUPIL is in its first cycle ----
        c.add(senco("place: empty object", PLACE, "{}", 400, "placedOn"));
        c.add(senco("place: placed tomorrow", PLACE, "{\"placedOn\":\"TOMORROW\",\"parentsToldOn\":\"TODAY\"}", 400, "placedOn"));
        c.add(senco("place: parents told before the placing", PLACE,
                "{\"placedOn\":\"TODAY\",\"parentsToldOn\":\"YESTERDAY\"}", 400, "parentsToldOn"));
        c.add(senco("place: 30 February", PLACE, "{\"placedOn\":\"2026-02-30\",\"parentsToldOn\":\"TODAY\"}", 400, "placedOn"));
        c.add(senco("place: unknown need", PLACE,
                "{\"placedOn\":\"TODAY\",\"parentsToldOn\":\"TODAY\",\"needs\":[\"DYSLEXIA\"]}", 400, "needs[0]"));
        c.add(senco("place: a need twice", PLACE,
                "{\"placedOn\":\"TODAY\",\"parentsToldOn\":\"TODAY\",\"needs\":[\"SPLD\",\"SPLD\"]}", 400, "needs"));
        c.add(senco("place: a blank need", PLACE,
                "{\"placedOn\":\"TODAY\",\"parentsToldOn\":\"TODAY\",\"needs\":[null]}", 400, "needs"));
        c.add(senco("place: a field it has not", PLACE,
                "{\"placedOn\":\"TODAY\",\"parentsToldOn\":\"TODAY\",\"primaryNeed\":\"SPLD\"}", 400, "primaryNeed"));
        c.add(senco("place: unknown pupil", PLACE.replace("CHILD", "987654321"),
                "{\"placedOn\":\"TODAY\",\"parentsToldOn\":\"TODAY\"}", 404, "childId"));
        c.add(senco("place: pupil id is text", PLACE.replace("CHILD", "abc"),
                "{\"placedOn\":\"TODAY\",\"parentsToldOn\":\"TODAY\"}", 400, "childId"));
        c.add(senco("needs: none", SUPPORT + "/needs", "{\"needs\":[]}", 400, "needs"));
        c.add(senco("needs: not a list", SUPPORT + "/needs", "{\"needs\":\"SPLD\"}", 400, "needs"));
        c.add(senco("assess: notes missing", SUPPORT + "/assess", "{\"attainment\":\"Below age\"}", 400, "notes"));
        c.add(senco("assess: attainment over 20,000 characters", SUPPORT + "/assess",
                "{\"notes\":\"n\",\"attainment\":\"" + LONG + "\"}", 400, "attainment"));
        c.add(senco("plan: review date today", SUPPORT + "/plan",
                "{\"outcomes\":\"o\",\"provision\":\"p\",\"reviewDate\":\"TODAY\"}", 400, "reviewDate"));
        c.add(senco("plan: outcomes missing", SUPPORT + "/plan", "{\"provision\":\"p\",\"reviewDate\":\"TOMORROW\"}", 400, "outcomes"));
        c.add(senco("review: unknown outcome", SUPPORT + "/review", "{\"outcome\":\"GIVE_UP\",\"notes\":\"n\"}", 400, "outcome"));
        c.add(senco("review: notes missing", SUPPORT + "/review", "{\"outcome\":\"ANOTHER_CYCLE\"}", 400, "notes"));
        c.add(senco("specialist: parentsAgree missing", SUPPORT + "/specialist-agreement",
                "{\"kind\":\"CAMHS\",\"decidedOn\":\"TODAY\"}", 400, "parentsAgree"));
        c.add(senco("specialist: unknown kind", SUPPORT + "/specialist-agreement",
                "{\"kind\":\"GP\",\"parentsAgree\":true,\"decidedOn\":\"TODAY\"}", 400, "kind"));
        c.add(senco("specialist: decided tomorrow", SUPPORT + "/specialist-agreement",
                "{\"kind\":\"CAMHS\",\"parentsAgree\":true,\"decidedOn\":\"TOMORROW\"}", 400, "decidedOn"));
        c.add(senco("specialist advice: 30 February", SUPPORT + "/specialist-advice",
                "{\"advice\":\"a\",\"reportDate\":\"2026-02-30\"}", 400, "reportDate"));
        c.add(senco("provision: negative cost", SUPPORT + "/provision", "{\"intervention\":\"i\",\"delivery\":\"GROUP\","
                + "\"frequency\":\"f\",\"staff\":\"s\",\"startOn\":\"TODAY\",\"yearlyCost\":-1}", 400, "yearlyCost"));
        c.add(senco("provision: cost as text", SUPPORT + "/provision", "{\"intervention\":\"i\",\"delivery\":\"GROUP\","
                + "\"frequency\":\"f\",\"staff\":\"s\",\"startOn\":\"TODAY\",\"yearlyCost\":\"£1,450\"}", 400, "yearlyCost"));
        c.add(senco("provision: cost missing", SUPPORT + "/provision", "{\"intervention\":\"i\",\"delivery\":\"GROUP\","
                + "\"frequency\":\"f\",\"staff\":\"s\",\"startOn\":\"TODAY\"}", 400, "yearlyCost"));
        c.add(senco("provision: ends before it starts", SUPPORT + "/provision", "{\"intervention\":\"i\",\"delivery\":\"GROUP\","
                + "\"frequency\":\"f\",\"staff\":\"s\",\"startOn\":\"TODAY\",\"endOn\":\"YESTERDAY\",\"yearlyCost\":1}", 400, "endOn"));
        c.add(senco("provision: unknown delivery", SUPPORT + "/provision", "{\"intervention\":\"i\",\"delivery\":\"ONLINE\","
                + "\"frequency\":\"f\",\"staff\":\"s\",\"startOn\":\"TODAY\",\"yearlyCost\":1}", 400, "delivery"));
        c.add(senco("provision: intervention over 200 characters", SUPPORT + "/provision", "{\"intervention\":\"" + "i".repeat(201)
                + "\",\"delivery\":\"GROUP\",\"frequency\":\"f\",\"staff\":\"s\",\"startOn\":\"TODAY\",\"yearlyCost\":1}", 400, "intervention"));
        c.add(senco("meeting: held tomorrow", SUPPORT + "/parent-meetings", "{\"heldOn\":\"TOMORROW\",\"notes\":\"n\"}", 400, "heldOn"));
        c.add(senco("meeting: notes missing", SUPPORT + "/parent-meetings", "{\"heldOn\":\"TODAY\"}", 400, "notes"));
        c.add(new Bad("family views: views missing", "POST", SUPPORT + "/family-views", "parent", JSON, bytes("{}"), null, 400, "views"));
        c.add(senco("school request: reasons missing", SCHOOL_REQUEST, "{}", 400, "reasons"));
        c.add(senco("school request: reasons over 20,000 characters", SCHOOL_REQUEST, "{\"reasons\":\"" + LONG + "\"}", 400, "reasons"));
        c.add(new Bad("register: unknown need", "GET", "/api/sen-register?need=DYSLEXIA", "senco", null, null, null, 400, "need"));
        c.add(new Bad("register: year group is text", "GET", "/api/sen-register?yearGroup=six", "senco", null, null, null, 400, "yearGroup"));
        c.add(new Bad("register: size 101", "GET", "/api/sen-register?size=101", "senco", null, null, null, 400, "size"));
        c.add(new Bad("evidence: pupil id is text", "GET", "/api/pupils/abc/sen-support/evidence", "senco", null, null, null, 400, "childId"));
        // ---- children brought to the LA's attention (caseworker) ----
        c.add(json("referral: empty object", REFERRALS, "{}", 400, "childId"));
        c.add(json("referral: received tomorrow", REFERRALS, "{\"childId\":CHILD,\"notifierName\":\"n\",\"notifierRole\":\"r\","
                + "\"receivedOn\":\"TOMORROW\",\"concerns\":\"c\"}", 400, "receivedOn"));
        c.add(json("referral: who told us missing", REFERRALS, "{\"childId\":CHILD,\"notifierRole\":\"r\","
                + "\"receivedOn\":\"TODAY\",\"concerns\":\"c\"}", 400, "notifierName"));
        c.add(json("referral: concerns over 20,000 characters", REFERRALS, "{\"childId\":CHILD,\"notifierName\":\"n\","
                + "\"notifierRole\":\"r\",\"receivedOn\":\"TODAY\",\"concerns\":\"" + LONG + "\"}", 400, "concerns"));
        c.add(json("referral: unknown child", REFERRALS, "{\"childId\":987654321,\"notifierName\":\"n\",\"notifierRole\":\"r\","
                + "\"receivedOn\":\"TODAY\",\"concerns\":\"c\"}", 404, "childId"));
        c.add(json("referral: a field it has not", REFERRALS, "{\"childId\":CHILD,\"notifierName\":\"n\",\"notifierRole\":\"r\","
                + "\"receivedOn\":\"TODAY\",\"concerns\":\"c\",\"urgent\":true}", 400, "urgent"));
        c.add(json("treat as request: decidedOn missing", REFERRAL + "/treat-as-request", "{}", 400, "decidedOn"));
        c.add(json("treat as request: decided before the LA was told", REFERRAL + "/treat-as-request",
                "{\"decidedOn\":\"YESTERDAY\"}", 400, "decidedOn"));
        c.add(json("decline: reason missing", REFERRAL + "/decline", "{\"decidedOn\":\"TODAY\"}", 400, "reason"));
        c.add(json("decline: reason over 2,000 characters", REFERRAL + "/decline",
                "{\"decidedOn\":\"TODAY\",\"reason\":\"" + OVER_2000 + "\"}", 400, "reason"));
        c.add(json("decline: unknown referral", "/api/referrals/987654321/decline",
                "{\"decidedOn\":\"TODAY\",\"reason\":\"r\"}", 404, "id"));
        c.add(get("referral: id is text", "/api/referrals/abc", 400, "id"));
        c.add(get("referrals: negative page", REFERRALS + "?page=-1", 400, "page"));
        // ---- uploads ----
        c.add(upload("upload: an empty file", "empty.pdf", new byte[0], null, 400, "file"));
        c.add(upload("upload: a web page named report.pdf", "report.pdf", SampleFiles.html(), null, 400, "file"));
        c.add(upload("upload: a ZIP without word/document.xml named .docx", "advice.docx", SampleFiles.zipWithoutWordDocument(), null, 400, "file"));
        c.add(upload("upload: a Windows program named .png", "photo.png", SampleFiles.windowsProgram(), null, 400, "file"));
        c.add(upload("upload: an SVG with a script named .png", "photo.png", SampleFiles.svgWithScript(), null, 400, "file"));
        c.add(upload("upload: a GIF", "photo.gif", SampleFiles.gif(), null, 400, "file"));
        c.add(upload("upload: plain text", "notes.txt", bytes("Some notes"), null, 400, "file"));
        c.add(upload("upload: no file part", null, null, "A description only", 400, "file"));
        c.add(upload("upload: description over 2,000 characters", "report.pdf", SampleFiles.pdf(), OVER_2000, 400, "description"));
        c.add(upload("upload: 21 MB", "big.pdf", big(21 * 1024 * 1024), null, 413, "file"));
        c.add(upload("upload: 20 MB and one byte", "big.pdf", big(20 * 1024 * 1024 + 1), null, 413, "file"));
        c.add(raw("upload: JSON instead of a file", DOCUMENTS, JSON, bytes("{\"file\":\"JVBERi0=\"}"), 415, "Content-Type"));
        c.add(raw("upload: multipart without a boundary", DOCUMENTS, "multipart/form-data", bytes("--x\r\n\r\n"), 400, "file"));
        return c.stream();
    }

    static byte[] big(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(SampleFiles.pdf(), 0, bytes, 0, SampleFiles.pdf().length);
        return bytes;
    }

    @BeforeAll
    void fixtures() {
        caseId = fixtures.khanCase();
        childId = fixtures.khanChild();
        taskId = fixtures.taskOf(caseId, "decideWhetherToAssess", "caseworker");
        pupilId = fixtures.pupilInACycle();
        referralId = fixtures.referral(fixtures.khanChild(), "caseworker");
        countsBefore = counts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isAnswered4xxNamingTheFieldAndWritesNothing(Bad bad) {
        HttpResponse<String> r = send(bad);
        // the contract checked the answer is a documented error; whether the document itself forbids the request is kept
        if (!Contract.last().documentForbidsTheRequest()) {
            onlyTheRulesTell.add(bad.name());
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(bad.status());
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = ApiClient.json(r);
        assertThat(problem.get("status").asInt()).isEqualTo(bad.status());
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("errors").findValuesAsText("field")).as(r.body()).contains(bad.field());
        problem.get("errors").forEach(e -> assertThat(e.get("message").asText()).isNotBlank());
        // no stack traces, no class names
        assertThat(r.body()).doesNotContain("Exception", "at uk.", "at org.", "jackson");
        assertThat(counts()).isEqualTo(countsBefore);
    }

    @Test
    void anEnumMistakeListsTheAllowedValues() {
        HttpResponse<String> r = send(json("", REQUESTS, "{\"childId\":CHILD,\"requestedBy\":\"MUM\",\"reasons\":\"r\"}", 400, "requestedBy"));
        assertThat(ApiClient.json(r).get("errors").get(0).get("message").asText())
                .isEqualTo("requestedBy must be one of PARENT, YOUNG_PERSON, SCHOOL, OTHER");
        HttpResponse<String> status = send(get("", REQUESTS + "?status=LOST", 400, "status"));
        assertThat(ApiClient.json(status).get("errors").get(0).get("message").asText()).contains("DECIDING_WHETHER_TO_ASSESS", "WITHDRAWN");
    }

    @Test
    void anImpossibleDateSaysSo() {
        HttpResponse<String> r = send(json("", REQUESTS, request("\"receivedOn\":\"2026-02-30\""), 400, "receivedOn"));
        assertThat(ApiClient.json(r).get("errors").get(0).get("message").asText()).isEqualTo("receivedOn must be a real date written YYYY-MM-DD");
    }

    /**
     * The document forbids every malformed request it can describe (a type, a format, an enum, a
     * required or unknown field, a length, a Content-Type): these alone it cannot, as only the
     * rules or the content tell (an id that does not exist, a date in the future, a file's type
     * read from its bytes, ...). A mistake that leaves this list has become one the document describes.
     */
    @AfterAll
    void theDocumentForbidsEveryMistakeItCanDescribe() {
        assertThat(onlyTheRulesTell).containsExactlyInAnyOrderElementsOf(ONLY_THE_RULES_TELL);
    }

    @AfterAll
    void theCaseIsStillUndecided() {
        assertThat(ApiClient.json(api.get(REQUESTS + "/" + caseId, "caseworker")).get("status").asText())
                .isEqualTo("DECIDING_WHETHER_TO_ASSESS");
        assertThat(ApiClient.json(api.get(REQUESTS + "/" + caseId, "caseworker")).get("exceptions")).isEmpty();
        assertThat(ApiClient.json(api.get(DOCUMENTS.replace("CASE", String.valueOf(caseId)), "caseworker"))).isEmpty();
        assertThat(corpus().count()).isGreaterThanOrEqualTo(50);
    }

    private HttpResponse<String> send(Bad bad) {
        String path = fill(bad.path());
        if (bad.method().equals("GET")) {
            return api.get(path, bad.user());
        }
        if (bad.upload() != null) {
            return api.upload(path, bad.user(), bad.upload().fileName(), "application/octet-stream", bad.upload().bytes(),
                    bad.upload().description());
        }
        byte[] body = bad.body();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        if (text.contains("CHILD") || text.contains("TODAY") || text.contains("TOMORROW") || text.contains("YESTERDAY")
                || text.contains("PUPIL") || text.contains("REFERRAL")) {
            body = fill(text).getBytes(StandardCharsets.ISO_8859_1);
        }
        return api.post(path, bad.user(), bad.contentType(), body);
    }

    private String fill(String text) {
        return text.replace("CASE", String.valueOf(caseId)).replace("CHILD", String.valueOf(childId))
                .replace("TASK", taskId).replace("PUPIL", String.valueOf(pupilId)).replace("REFERRAL", String.valueOf(referralId))
                .replace("TODAY", fixtures.today().toString())
                .replace("TOMORROW", fixtures.today().plusDays(1).toString())
                .replace("YESTERDAY", fixtures.today().minusDays(1).toString());
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : COUNTED) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
