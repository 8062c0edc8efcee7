package id.simpul.sdk.authority;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules that keep the kewenangan engine a pure, shareable, side-effect-free part of sdk-core. */
@AnalyzeClasses(packages = "id.simpul.sdk", importOptions = ImportOption.DoNotIncludeTests.class)
class AuthorityArchitectureTest {

    @ArchTest
    static final ArchRule buildsOnlyOnTheDomainBelowIt = classes().that().resideInAPackage("id.simpul.sdk.authority..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "id.simpul.sdk",
                    "id.simpul.sdk.authority..", "id.simpul.sdk.agency..", "id.simpul.sdk.catalogue",
                    "id.simpul.sdk.region", "id.simpul.sdk.request")
            .because("kewenangan rests on regions, agencies, the catalogue and filing points, and on their APIs only");

    @ArchTest
    static final ArchRule nothingBelowDependsOnIt = noClasses().that().resideInAnyPackage("id.simpul.sdk.region..",
                    "id.simpul.sdk.agency..", "id.simpul.sdk.catalogue..", "id.simpul.sdk.calendar..",
                    "id.simpul.sdk.identity..")
            .should().dependOnClassesThat().resideInAPackage("id.simpul.sdk.authority..")
            .because("the engine sits on top of the base domain, never the other way round");

    @ArchTest
    static final ArchRule valuesAndResolverHoldOnlyFinalFields = fields().that().areDeclaredInClassesThat()
            .resideInAPackage("id.simpul.sdk.authority").and().areNotStatic()
            .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
            .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Validator")
            .should().beFinal()
            .because("a resolver shared by every request thread must never change after it is built");

    @ArchTest
    static final ArchRule resolverNeverTouchesClocksOrRandomness = noClasses()
            .that().resideInAPackage("id.simpul.sdk.authority..")
            .should().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .because("a resolution depends on the query's date only: the same question, the same answer");

    @ArchTest
    static final ArchRule authorityInternalsStayInTheAuthorityPackage = classes()
            .that().resideInAPackage("id.simpul.sdk.authority.internal..")
            .should().onlyBeAccessed().byAnyPackage("id.simpul.sdk.authority..")
            .because("internal packages are not API");
}
