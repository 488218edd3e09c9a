package uk.ehctracker.testing;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Process-test coverage for the statutory model: a test class named {@code *ProcessTest} must
 * cover every flow node and sequence flow of the models it drives, or the build fails. Used only
 * through {@link ProcessTest}: the coverage listeners it installs expect every process that runs
 * in their engine to belong to a measured test class.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {

    @Bean
    @Primary
    ProcessEngineCoverageProperties ehcCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder()
                .addInclusionPatternForTestClasses("*ProcessTest")
                .excludeProcessDefinitionKeys("missed-deadline-review", "sen-support")
                .assertClassCoverageAtLeast(1.0)
                .build();
    }
}
