package uk.ehctracker.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import uk.ehctracker.statutory.ExceptionReason;
import uk.ehctracker.statutory.RecordedException;
import uk.ehctracker.statutory.TimeLimit;

/**
 * Flyway migration 40.1, run once after V40 added {@code assessment_case.final_plan_timing}: each
 * case whose final plan was issued before it gets its timing from the same rule the application
 * keeps it by ({@link FinalPlanTiming#of}; the exception rule is Java, so not SQL). Plain JDBC
 * (Flyway runs before JPA starts); a Spring bean, which Spring Boot hands to Flyway. Once only, so
 * nothing scans the cases at each start.
 */
@Component
public class V40_1__Final_plan_timing_of_earlier_plans extends BaseJavaMigration {

    private record Step(LocalDate dueOn, LocalDate doneOn) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        Map<Long, Step> finalPlans = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT c.id FROM assessment_case c"
                + " WHERE c.final_plan_issued_on IS NOT NULL AND c.final_plan_timing IS NULL")) {
            while (r.next()) {
                finalPlans.put(r.getLong(1), null);
            }
        }
        if (finalPlans.isEmpty()) {
            return;
        }
        // the request's 20-week milestone: the earliest due FINAL_PLAN milestone not tied to advice (FinalPlanTiming.of)
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT m.case_id, m.due_on, m.done_on FROM milestone m"
                + " JOIN assessment_case c ON c.id = m.case_id WHERE c.final_plan_issued_on IS NOT NULL AND c.final_plan_timing IS NULL"
                + " AND m.time_limit = 'FINAL_PLAN' AND m.advice_id IS NULL ORDER BY m.case_id, m.due_on, m.id")) {
            while (r.next()) {
                if (finalPlans.get(r.getLong(1)) == null) {
                    finalPlans.put(r.getLong(1), new Step(r.getObject(2, LocalDate.class), r.getObject(3, LocalDate.class)));
                }
            }
        }
        Map<Long, List<RecordedException>> exceptions = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT e.case_id, e.reason, e.from_date, e.to_date"
                + " FROM statutory_exception e JOIN assessment_case c ON c.id = e.case_id WHERE c.final_plan_issued_on IS NOT NULL"
                + " AND c.final_plan_timing IS NULL AND e.time_limit = 'FINAL_PLAN'")) {
            while (r.next()) {
                exceptions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new RecordedException(TimeLimit.FINAL_PLAN,
                        ExceptionReason.valueOf(r.getString(2)), r.getObject(3, LocalDate.class), r.getObject(4, LocalDate.class)));
            }
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE assessment_case SET final_plan_timing = ? WHERE id = ?")) {
            int batched = 0;
            for (Map.Entry<Long, Step> e : finalPlans.entrySet()) {
                Step step = e.getValue();
                FinalPlanTiming timing = step == null || step.doneOn() == null ? FinalPlanTiming.NOT_COUNTED
                        : FinalPlanTiming.of(step.dueOn(), step.doneOn(), exceptions.getOrDefault(e.getKey(), List.of()));
                update.setString(1, timing.name());
                update.setLong(2, e.getKey());
                update.addBatch();
                if (++batched % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
