package id.simpul.federation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import id.simpul.sdk.SimpulException;

/** The rules that keep the federation module embeddable and its secrets inside; each says why. */
@AnalyzeClasses(packages = "id.simpul.federation", importOptions = ImportOption.DoNotIncludeTests.class)
class FederationArchitectureTest {

    @ArchTest
    static final ArchRule usesNoOtherModulesInternals = noClasses()
            .should().dependOnClassesThat().resideInAPackage("id.simpul.sdk..internal..")
            .because("internal packages of other modules may change at any time");

    @ArchTest
    static final ArchRule internalIsUsedOnlyInsideTheModule = classes()
            .that().resideInAPackage("id.simpul.federation.internal..")
            .should().onlyBeAccessed().byAnyPackage("id.simpul.federation..")
            .because("the portal wires the federation through its API, never through internal helpers");

    @ArchTest
    static final ArchRule apiDoesNotExposeInternalTypes = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
            .that().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("an internal type",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().contains(".internal")))
            .because("a public method returning an internal type would make the internal package part of the API");

    @ArchTest
    static final ArchRule dependsOnlyOnJdkSdkCoreAndNimbus = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "id.simpul.sdk..",
                    "id.simpul.federation..", "com.nimbusds.jose..")
            .because("the portal and regency tools embed this module: no framework, one JOSE library");

    @ArchTest
    static final ArchRule exceptionsBelongToTheSimpulTree = classes()
            .that().areAssignableTo(Throwable.class)
            .should().beAssignableTo(SimpulException.class)
            .because("callers catch one root, SimpulException, and read code() and retryable()");

    @ArchTest
    static final ArchRule onlyTheCommandLineWritesToStandardStreams = noClasses()
            .that().resideOutsideOfPackage("id.simpul.federation.tool..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("messages carry personal data; only the embedding application decides what reaches its logs");

    @ArchTest
    static final ArchRule usesNoLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("messages carry personal data; only the embedding application decides what reaches its logs");

    @ArchTest
    static final ArchRule sdkTypesDoNotDependOnTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("id.simpul.federation.tool..")
            .should().dependOnClassesThat().resideInAPackage("id.simpul.federation.tool..")
            .because("the command line is a client of the library, not part of it");
}
