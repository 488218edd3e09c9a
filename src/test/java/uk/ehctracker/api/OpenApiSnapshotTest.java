package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.ehctracker.testing.ApplicationTest;

/**
 * docs/openapi.json, the snapshot the build generates the Java client from (pom.xml,
 * openapi-generator in generate-test-sources), is the document the application serves, less its
 * {@code servers} (the test server's random port). When the API changes, this fails with the one
 * command that writes the snapshot anew; the next build then generates the client from it, and
 * {@link GeneratedClientJourneyTest} drives the API with that client (docs/api.md, "Generated clients").
 */
@ApplicationTest
class OpenApiSnapshotTest {

    static final Path SNAPSHOT = Path.of("docs/openapi.json");
    /** Set to write the served document to the snapshot instead of comparing them. */
    static final String WRITE = "openapi.snapshot.write";
    /** The pom's profile: this test alone, writing; the client neither generated nor compiled from the old snapshot. */
    static final String REFRESH = "./mvnw -B -q test -Popenapi-snapshot";

    @LocalServerPort
    int port;

    @Test
    void theSnapshotTheClientIsGeneratedFromIsTheServedDocument() throws IOException {
        HttpResponse<String> r = new ApiClient(port).get("/api/openapi.json", "caseworker");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        ObjectNode served = (ObjectNode) ApiClient.json(r);
        served.remove("servers");
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(SNAPSHOT, ApiClient.JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(served) + "\n");
            return;
        }
        JsonNode snapshot = Files.exists(SNAPSHOT) ? ApiClient.JSON.readTree(SNAPSHOT.toFile()) : ApiClient.JSON.createObjectNode();
        List<String> differences = new ArrayList<>();
        differences("", snapshot, served, differences);
        assertThat(differences)
                .as("%s is not the document the application serves, so the generated client is not the one integrators "
                        + "would generate. If the API change is meant, write the snapshot anew and commit it:%n  %s%n"
                        + "Where they differ (JSON pointer: snapshot / served)", SNAPSHOT, REFRESH)
                .isEmpty();
    }

    /** Where two documents differ, as JSON pointers (at most a few lines for each subtree that differs). */
    private static void differences(String at, JsonNode snapshot, JsonNode served, List<String> out) {
        if (snapshot.equals(served) || out.size() >= 20) {
            return;
        }
        if (snapshot.isObject() && served.isObject()) {
            for (Iterator<String> names = snapshot.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!served.has(name)) {
                    out.add(child + ": in the snapshot only");
                } else {
                    differences(child, snapshot.get(name), served.get(name), out);
                }
            }
            for (Iterator<String> names = served.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!snapshot.has(name)) {
                    out.add(at + "/" + name.replace("~", "~0").replace("/", "~1") + ": served only");
                }
            }
            return;
        }
        out.add(at + ": " + abbreviated(snapshot) + " / " + abbreviated(served));
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
