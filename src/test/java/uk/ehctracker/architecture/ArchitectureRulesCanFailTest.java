package uk.ehctracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on a fixture built to break it (test classes in the package
 * {@code archfixture}, outside the application so Spring never scans them): a cycle between two
 * packages, a Camunda import outside workflow/, an unaudited command. A rule that passed on
 * anything would fail here.
 */
class ArchitectureRulesCanFailTest {

    private static final String FIXTURE = "archfixture";
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    void aCycleBetweenTwoPackagesIsFound() {
        EvaluationResult result = ArchitectureRules.noCyclesBetweenFeatures(FIXTURE).evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("alpha").contains("beta");
    }

    @Test
    void aCamundaImportOutsideWorkflowIsFound() {
        EvaluationResult result = ArchitectureRules.camundaOnlyInWorkflow(FIXTURE).evaluate(fixture);
        assertThat(result.getFailureReport().toString()).contains("AlphaService").contains("org.camunda.bpm.engine.RuntimeService");
    }

    @Test
    void aCommandWithoutItsAuditEntryIsFound() {
        EvaluationResult result = ArchitectureRules.everyCommandIsAudited(FIXTURE).evaluate(fixture);
        assertThat(result.getFailureReport().toString()).contains("AlphaService.change(").doesNotContain("AlphaService.read(")
                .doesNotContain("AlphaService.audited(");
    }
}
