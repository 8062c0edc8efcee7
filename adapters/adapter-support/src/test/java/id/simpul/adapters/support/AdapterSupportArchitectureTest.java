package id.simpul.adapters.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "id.simpul.adapters.support", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterSupportArchitectureTest {

    @ArchTest
    static final ArchRule resilience4jStaysInside = noClasses()
            .that().resideOutsideOfPackage("..internal..")
            .should().dependOnClassesThat().resideInAPackage("io.github.resilience4j..")
            .because("Resilience4j is an implementation detail; adapters see only Simpul types");

    @ArchTest
    static final ArchRule onlyMicroProfileSettingsTouchesMicroProfile = noClasses()
            .that().doNotHaveSimpleName("MicroProfileSettings")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.microprofile..")
            .because("adapter-support must run in a plain Java process without MicroProfile Config");

    @ArchTest
    static final ArchRule noLoggingBackend = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "ch.qos.logback..", "org.apache.logging..")
            .because("adapters log through System.Logger; the application chooses the backend");
}
