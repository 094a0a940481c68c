package org.kmslab;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Holds the package arrows of STYLE.md: ui -> lessons, quiz, audit, sandbox, engine; api -> sandbox, engine; ... */
@AnalyzeClasses(packages = "org.kmslab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("ui").definedBy("org.kmslab.ui..")
            .layer("api").definedBy("org.kmslab.api..")
            .layer("security").definedBy("org.kmslab.security..")
            .layer("audit").definedBy("org.kmslab.audit..")
            .layer("lessons").definedBy("org.kmslab.lessons..")
            .layer("quiz").definedBy("org.kmslab.quiz..")
            .layer("sandbox").definedBy("org.kmslab.sandbox..")
            .layer("engine").definedBy("org.kmslab.engine..")
            .withOptionalLayers(true)
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("security").mayNotBeAccessedByAnyLayer()
            .whereLayer("quiz").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("lessons").mayOnlyBeAccessedByLayers("ui", "quiz")
            .whereLayer("audit").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("sandbox").mayOnlyBeAccessedByLayers("ui", "api")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("ui", "api", "audit", "lessons", "sandbox");

    @ArchTest
    static final ArchRule engine_is_plain_java = noClasses().that().resideInAPackage("org.kmslab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.vaadin..", "tools.jackson..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule engine_internals_stay_inside = noClasses()
            .that().resideOutsideOfPackage("org.kmslab.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.kmslab.engine.internal..");

    @ArchTest
    static final ArchRule no_system_out = noClasses().should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");
}
