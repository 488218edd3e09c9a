package uk.ehctracker.bench;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Where the benchmark runs and with which engine settings (the same for the second node). */
final class BenchSettings {

    private BenchSettings() {
    }

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/ehc_bench";

    static String url() {
        return env("EHC_DB_URL", DEFAULT_URL);
    }

    static String user() {
        return env("EHC_DB_USER", "postgres");
    }

    static String password() {
        return env("EHC_DB_PASSWORD", "");
    }

    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", BenchSettings::url);
        registry.add("spring.datasource.username", BenchSettings::user);
        registry.add("spring.datasource.password", BenchSettings::password);
        registry.add(NO_REVIEWS_AT_START, () -> "false");
    }

    /**
     * The benchmark's plans get their reviews from WaitingReviews (resumable, many to a transaction);
     * the application's own background start of every missing one (review/ReviewsForEarlierPlans)
     * would otherwise compete with what the benchmark measures.
     */
    static final String NO_REVIEWS_AT_START = "ehc.reviews.start-for-earlier-plans";

    static int intProp(String name, int def) {
        return Integer.getInteger(name, def);
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }
}
