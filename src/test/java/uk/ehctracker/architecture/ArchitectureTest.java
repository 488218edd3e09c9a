package uk.ehctracker.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's shape holds: run in {@code verify} with the other tests. See
 * docs/architecture.md for the map these rules keep true.
 */
class ArchitectureTest {

    private static final String ROOT = "uk.ehctracker";
    private static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ArchitectureRules.noCyclesBetweenFeatures(ROOT).check(application);
    }

    @Test
    void onlyWorkflowNamesCamunda() {
        ArchitectureRules.camundaOnlyInWorkflow(ROOT).check(application);
    }

    @Test
    void screensAndTheApiAreThinAdapters() {
        ArchitectureRules.adaptersUseNoRepositories(ROOT).check(application);
    }

    @Test
    void everyCommandOfTheApplicationLayerIsAudited() {
        ArchitectureRules.everyCommandIsAudited(ROOT).check(application);
        ArchitectureRules.auditedCommandsNameWhoAndWhat(ROOT).check(application);
    }
}
