package uk.ehctracker.testing;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.beans.factory.annotation.Value;
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

    /** Models another model starts as it goes (issuing a final plan starts its annual review; a review may propose ceasing). */
    private static final java.util.List<String> STARTED_BY_OTHERS = java.util.List.of("annual-review", "cease-plan");

    /**
     * A process test may run another model only to set up its own (the disagreement's tests need a
     * refusal, made by the assessment model): it names that model in {@code ehc.test.coverage.fixtures},
     * and gets its own context, so the model's own tests still measure it in full. A model that other
     * models start is measured only by the tests that name it in {@code ehc.test.coverage.measured}.
     */
    @Bean
    @Primary
    ProcessEngineCoverageProperties ehcCoverageProperties(@Value("${ehc.test.coverage.fixtures:}") String[] fixtures,
            @Value("${ehc.test.coverage.measured:}") String[] measured) {
        java.util.Set<String> measuredHere = java.util.Set.of(measured);
        String[] excluded = java.util.stream.Stream.of(java.util.stream.Stream.of("missed-deadline-review", "sen-support"),
                STARTED_BY_OTHERS.stream().filter(m -> !measuredHere.contains(m)),
                java.util.Arrays.stream(fixtures).filter(f -> !f.isBlank())).flatMap(s -> s).toArray(String[]::new);
        return ProcessEngineCoverageProperties.Companion.builder()
                .addInclusionPatternForTestClasses("*ProcessTest")
                .excludeProcessDefinitionKeys(excluded)
                .assertClassCoverageAtLeast(1.0)
                .build();
    }
}
