package uk.ehctracker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Prints benchmark lines to the console and appends them to {@code <build dir>/bench-report.txt}. */
final class Report {

    private Report() {
    }

    static Path file() {
        String journeys = System.getProperty("journeys.dir");
        Path dir = journeys != null ? Path.of(journeys).getParent() : Path.of("target-bench");
        return dir.resolve("bench-report.txt");
    }

    static synchronized void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("[bench] " + text);
        try {
            Files.createDirectories(file().getParent());
            Files.writeString(file(), Instant.now() + " " + text + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[bench] (could not write " + file() + ": " + e.getMessage() + ")");
        }
    }

    /** Percentile p (0-100) of the samples, nearest-rank. */
    static double percentile(List<Double> samples, double p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The middle value; of an even number of values, the mean of the two middle ones. */
    static double median(List<Double> samples) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
