package id.simpul.adapters.oss;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "id.simpul.adapters.oss", importOptions = ImportOption.DoNotIncludeTests.class)
class OssArchitectureTest {

    @ArchTest
    static final ArchRule restClientStaysInternal = noClasses()
            .that().resideOutsideOfPackages("id.simpul.adapters.oss.internal..", "id.simpul.adapters.oss.simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.json..",
                    "org.eclipse.microprofile.rest.client..")
            .because("the REST client and JSON handling are implementation details; the public API is the SDK port");

    @ArchTest
    static final ArchRule noImplementationClasses = noClasses()
            .that().resideOutsideOfPackage("id.simpul.adapters.oss.simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jboss.resteasy..", "org.eclipse.parsson..")
            .because("inside the portal the container's REST Client is used: code against the MicroProfile API only");

    @ArchTest
    static final ArchRule noSdkInternals = noClasses()
            .should().dependOnClassesThat().resideInAPackage("id.simpul.sdk..internal..")
            .because("internal packages never cross a module");
}
