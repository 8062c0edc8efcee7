package id.simpul.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "id.simpul.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class PortalArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingElseOfThePortal = noClasses().that()
            .resideInAPackage("id.simpul.portal.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("id.simpul.portal.application..",
                    "id.simpul.portal.infrastructure..", "id.simpul.portal.interfaces..")
            .because("the domain holds the portal's rules and ports; adapters plug into it, not the reverse");

    @ArchTest
    static final ArchRule onlyTheInterfacesLayerKnowsTheInterfacesLayer = noClasses().that()
            .resideOutsideOfPackage("id.simpul.portal.interfaces..")
            .should().dependOnClassesThat().resideInAPackage("id.simpul.portal.interfaces..")
            .because("REST is one way in among several (web, federation); the application must not know HTTP");

    @ArchTest
    static final ArchRule applicationDoesNotSpeakHttp = noClasses().that()
            .resideInAPackage("id.simpul.portal.application..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..")
            .because("HTTP status codes and headers belong to the interfaces layer");

    @ArchTest
    static final ArchRule sdkInternalsAreNotUsed = noClasses()
            .should().dependOnClassesThat().resideInAPackage("id.simpul.sdk..internal..")
            .because("internal packages never cross a module");

    @ArchTest
    static final ArchRule competenceComesThroughThePort = noClasses().that()
            .resideInAnyPackage("id.simpul.portal.application..", "id.simpul.portal.interfaces..",
                    "id.simpul.portal.domain..")
            .should().dependOnClassesThat().haveFullyQualifiedName("id.simpul.sdk.authority.AuthorityResolver")
            .because("competence comes through the CompetentOfficeResolver port (the kewenangan engine of the "
                    + "node's configuration behind it), so no caller decides it by itself");

    @ArchTest
    static final ArchRule adaptersAndSimulatorsAreKnownOnlyToTheInfrastructure = noClasses().that()
            .resideOutsideOfPackage("id.simpul.portal.infrastructure..")
            .should().dependOnClassesThat().resideInAPackage("id.simpul.adapters..")
            .because("the portal's rules speak to Dukcapil, OSS and Polri through the SDK ports; which adapter, "
                    + "simulator or resilience library answers is a deployment choice made in the infrastructure");
}
