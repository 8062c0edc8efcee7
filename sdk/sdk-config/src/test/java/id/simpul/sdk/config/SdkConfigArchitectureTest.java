package id.simpul.sdk.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

@AnalyzeClasses(packages = "id.simpul.sdk.config", importOptions = ImportOption.DoNotIncludeTests.class)
class SdkConfigArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworks = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "jakarta..", "javax.ws..", "org.eclipse.microprofile..", "org.apache.cxf..", "io.github.resilience4j..",
            "org.slf4j..", "ch.qos.logback..", "org.apache.logging..")
            .because("the SDK is embedded in any application and brings no framework or logging backend");

    @ArchTest
    static final ArchRule noOtherModulesInternals = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("id.simpul.sdk.region.internal..", "id.simpul.sdk.catalogue.internal..",
                    "id.simpul.sdk.identity.internal..", "id.simpul.sdk.request.internal..",
                    "id.simpul.sdk.authority.internal..")
            .because("internal packages never cross a module");

    @ArchTest
    static final ArchRule librariesStayInternal = noClasses().that().resideOutsideOfPackage("..config.internal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.yaml..", "com.networknt..", "com.fasterxml..")
            .because("the YAML parser and the schema validator are implementation details, replaceable without"
                    + " changing the API");

    @ArchTest
    static final ArchRule libraryWritesNothingToStandardStreams = noClasses()
            .that().resideOutsideOfPackage("..config.check..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the SDK handles configuration for applications that decide themselves what reaches their"
                    + " output and logs; only the simpul-check command prints");

    @ArchTest
    static final ArchRule usesNoLoggingFramework = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("the SDK leaves logging to the embedding application");

    @ArchTest
    static final ArchRule commandLineIsALeaf = noClasses().that().resideOutsideOfPackage("..config.check..")
            .should().dependOnClassesThat().resideInAPackage("..config.check..")
            .because("the library does not depend on its command-line tool");
}
