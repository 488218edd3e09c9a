package uk.ehctracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.ehctracker.access.CurrentUser;
import uk.ehctracker.audit.AuditSubject;
import uk.ehctracker.audit.Audited;

/**
 * The shape of the code, as rules over a root package: the tests apply them to the application
 * and to a small fixture that breaks each one, so a rule that could never fail would show.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Feature packages (the first level under the root) depend on each other without cycles. */
    static ArchRule noCyclesBetweenFeatures(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("feature packages under " + root + " have no dependency cycles");
    }

    /**
     * Only workflow/ names Camunda types: each feature owns a port the engine implements there.
     * The one exception is the admin sign-on into Camunda's own webapps, which is access control.
     */
    static ArchRule camundaOnlyInWorkflow(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".workflow..")
                .and().doNotHaveFullyQualifiedName(root + ".access.CamundaAdminSignOn")
                .and().doNotHaveFullyQualifiedName(root + ".access.SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .as("only workflow/ (and access/'s admin sign-on) uses Camunda types");
    }

    /** Screens and the API are adapters: they reach data only through the application layer. */
    static ArchRule adaptersUseNoRepositories(String root) {
        return noClasses().that().resideInAnyPackage(root + ".ui..", root + ".api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class)
                .as("ui/ and api/ use no repositories, EntityManager or JDBC");
    }

    /** An audited command names the person acting and what it changed. */
    static ArchRule auditedCommandsNameWhoAndWhat(String root) {
        return methods().that().areAnnotatedWith(Audited.class).and().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .should(new ArchCondition<>("take the person acting and return (or take) what they changed") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean who = method.getRawParameterTypes().stream().anyMatch(t -> t.isAssignableTo(CurrentUser.class));
                        boolean what = method.getRawReturnType().isAssignableTo(AuditSubject.class)
                                || method.getRawParameterTypes().stream().anyMatch(t -> t.isAssignableTo(AuditSubject.class));
                        if (!who || !what) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + (who ? "" : " takes no CurrentUser") + (what ? "" : " returns no AuditSubject")));
                        }
                    }
                });
    }

    /**
     * Every public method of an application service that acts for a person (takes a
     * {@link CurrentUser}) either only reads ({@code @Transactional(readOnly = true)}, on the
     * method or its class) or is an {@link Audited} command. A new command cannot skip the trail.
     */
    static ArchRule everyCommandIsAudited(String root) {
        DescribedPredicate<JavaMethod> actsForAPerson = DescribedPredicate.describe("act for a person",
                m -> m.getRawParameterTypes().stream().anyMatch(t -> t.isAssignableTo(CurrentUser.class)));
        return methods().that().arePublic()
                .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideInAPackage(root + "..")
                // the adapters call the application layer; the trail itself is not a command
                .and().areDeclaredInClassesThat().resideOutsideOfPackages(root + ".ui..", root + ".api..", root + ".audit..")
                .and(actsForAPerson)
                .should(new ArchCondition<>("be @Audited or read only") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        if (!method.isAnnotatedWith(Audited.class) && !readOnly(method)) {
                            events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " acts for a person but is neither @Audited nor read only"));
                        }
                    }
                })
                .allowEmptyShould(false);
    }

    private static boolean readOnly(JavaMethod method) {
        if (method.isAnnotatedWith(Transactional.class)) {
            return method.getAnnotationOfType(Transactional.class).readOnly();
        }
        JavaClass owner = method.getOwner();
        return owner.isAnnotatedWith(Transactional.class) && owner.getAnnotationOfType(Transactional.class).readOnly();
    }
}
