package uk.ehctracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract's coverage: every operation of {@code /api/openapi.json} was exercised, in this
 * build, with every status it declares. Not a test of its own: the pom runs it after all the
 * tests (surefire execution {@code contract-coverage}, skipped when {@code -Dtest} picks a few),
 * over what {@link Contract} recorded under {@code target/contract/<build>/}. Prints the table.
 */
class ContractCoverageCheck {

    @Test
    void everyOperationWasExercisedWithEveryStatusItDeclares() throws IOException {
        Path dir = Contract.dir();
        assertThat(dir.resolve("openapi.json")).as("No API test ran in this build: nothing to check the contract's coverage of").exists();
        JsonNode document = new ObjectMapper().readTree(dir.resolve("openapi.json").toFile());
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("exchanges-")).toList()) {
                seen.addAll(Files.readAllLines(log));
            }
        }
        Map<String, List<String>> table = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String operation = op.getKey().toUpperCase() + " " + path.getKey();
            List<String> cells = new ArrayList<>();
            op.getValue().path("responses").fieldNames().forEachRemaining(status -> {
                boolean exercised = seen.contains(operation + " " + status);
                cells.add(status + (exercised ? " ok" : " MISSING"));
                if (!exercised) {
                    missing.add(operation + " " + status);
                }
            });
            table.put(operation, cells);
        }));
        StringBuilder out = new StringBuilder("\nAPI contract coverage (operation: each declared status, exercised or MISSING)\n");
        table.forEach((operation, cells) -> out.append(String.format("  %-62s %s%n", operation, String.join("  ", cells))));
        System.out.println(out);
        assertThat(missing).as("Operations and statuses of /api/openapi.json that no test exercised:" + out).isEmpty();
    }
}
