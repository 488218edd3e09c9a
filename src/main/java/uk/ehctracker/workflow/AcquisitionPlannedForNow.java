package uk.ehctracker.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;

/**
 * The job executor's acquisition query, planned by PostgreSQL for the moment it runs.
 *
 * <p>The JDBC driver makes a statement used five times on a connection a server-side prepared
 * statement, and PostgreSQL may then keep one generic plan for it, chosen without the time bound.
 * For the acquisition that plan walks {@code EHC_IDX_JOB_ACQUIRE} in order and reads every waiting
 * timer, so each acquisition cycle of each node grows with the number of timers waiting (364 ms
 * with 88,000 waiting, BENCHMARKS.md, against 0.7 ms for a plan made for the bound). Every plan's
 * annual review keeps a timer waiting, so a national data set has hundreds of thousands.
 *
 * <p>The fix is scoped to the acquisition's own transaction ({@code SET LOCAL}): the rest of the
 * application keeps PostgreSQL's default plan cache (decision 0012).
 */
@Component
public class AcquisitionPlannedForNow extends AbstractProcessEnginePlugin {

    /** What the acquisition's transaction runs first (public for the benchmark that times the acquisition query alone). */
    public static final String CUSTOM_PLANS = "SET LOCAL plan_cache_mode = force_custom_plan";

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        JobExecutor jobExecutor = configuration.getJobExecutor();
        if (jobExecutor != null) {
            jobExecutor.setAcquireJobsCmdFactory(jobs -> new Acquisition(jobExecutor, jobs));
        }
    }

    /** Camunda's acquisition, after telling PostgreSQL to plan this transaction's statements for their values. */
    static class Acquisition extends AcquireJobsCmd {

        Acquisition(JobExecutor jobExecutor, int jobs) {
            super(jobExecutor, jobs);
        }

        @Override
        public AcquiredJobs execute(CommandContext commandContext) {
            planForNow(commandContext);
            return super.execute(commandContext);
        }
    }

    /** Until the command's transaction ends, PostgreSQL plans each statement for its parameters' values. */
    static void planForNow(CommandContext commandContext) {
        if (!"postgres".equals(commandContext.getProcessEngineConfiguration().getDatabaseType())) {
            return;
        }
        Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute(CUSTOM_PLANS);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the job acquisition's plan cache mode", e);
        }
    }
}
