package uk.ehctracker.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.ehctracker.testing.ApplicationTest;

/**
 * The job executor's acquisition runs with plans made for its time bound (BENCHMARKS.md: PostgreSQL's
 * generic plan read every waiting timer on each acquisition), and only it: the setting ends with
 * the acquisition's transaction.
 */
@ApplicationTest
class AcquisitionPlannedForNowTest {

    @Autowired ProcessEngine engine;

    @Test
    void theJobExecutorAcquiresThroughTheCommandThatPlansForNow() {
        assertThat(configuration().getJobExecutor().getAcquireJobsCmd(10)).isInstanceOf(AcquisitionPlannedForNow.Acquisition.class);
    }

    @Test
    void onPostgres_theAcquisitionsTransactionPlansForNow_andTheNextTransactionDoesNot() {
        assumeTrue("postgres".equals(configuration().getDatabaseType()), "a PostgreSQL setting");
        String during = configuration().getCommandExecutorTxRequired().execute(context -> {
            AcquisitionPlannedForNow.planForNow(context);
            return planCacheMode(context);
        });
        String after = configuration().getCommandExecutorTxRequired().execute(this::planCacheMode);

        assertThat(during).isEqualTo("force_custom_plan");
        assertThat(after).isEqualTo("auto");
    }

    private String planCacheMode(CommandContext context) {
        try (Statement s = context.getDbSqlSession().getSqlSession().getConnection().createStatement();
                ResultSet rs = s.executeQuery("SHOW plan_cache_mode")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
