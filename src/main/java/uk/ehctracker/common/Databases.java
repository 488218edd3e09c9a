package uk.ehctracker.common;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database the application runs on, where a statement exists on PostgreSQL only. */
public final class Databases {

    private Databases() {
    }

    /** From the driver's metadata: H2 has no {@code version()} function to ask. */
    public static boolean isPostgres(JdbcTemplate jdbc) {
        return "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    }
}
