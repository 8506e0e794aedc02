package org.liaison.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import org.junit.jupiter.api.Test;
import org.liaison.common.ReadableCode;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of docs/architecture.md, checked on the compiled main classes after every change instead of
 * a paragraph nobody rereads.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.liaison");

    /** The framework a pure rule must not know. */
    private static final String[] FRAMEWORKS = {"io.quarkus..", "org.hibernate..", "io.vertx..", "io.smallrye..",
            "jakarta.persistence..", "jakarta.enterprise..", "jakarta.ws.rs..", "org.eclipse.microprofile.."};

    @Test
    void everyTieBetweenFeaturesRunsOneWay() {
        // no two features import each other, directly or through a third
        slices().matching("org.liaison.(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(MAIN);
    }

    @Test
    void caseflowNamesNoConsumerOfItsEvents() {
        noClasses().that().resideInAPackage("org.liaison.caseflow..")
                .should().dependOnClassesThat().resideInAnyPackage("org.liaison.push..", "org.liaison.stats..",
                        "org.liaison.notification..", "org.liaison.open311..", "org.liaison.web..")
                .check(MAIN);
    }

    @Test
    void resourcesTranslateHttpAndNeverTouchARepository() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAssignableTo(PanacheRepository.class);
        rule.check(MAIN);
    }

    @Test
    void theLifecycleRulesImportNoFramework() {
        noClasses().that().resideInAPackage("org.liaison.caseflow.lifecycle..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(MAIN);
    }

    @Test
    void theContactDayCalendarImportsNoFramework() {
        noClasses().that().resideInAPackage("org.liaison.duty.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(MAIN);
    }

    @Test
    void theRoutingPolicyImportsNoFramework() {
        noClasses().that().resideInAPackage("org.liaison.routing")
                .and().haveSimpleNameNotEndingWith("Service")
                .and().haveSimpleNameNotEndingWith("Config")
                .and().haveSimpleNameNotEndingWith("Loads")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(MAIN);
    }

    @Test
    void theLifecycleKnowsNothingOfTheRestOfTheApplication() {
        // readable codes are shared plain Java; nothing else of the application is known to the rules
        classes().that().resideInAPackage("org.liaison.caseflow.lifecycle..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("org.liaison.caseflow.lifecycle..", "java..")
                        .or(belongToAnyOf(ReadableCode.class)))
                .check(MAIN);
    }
}
