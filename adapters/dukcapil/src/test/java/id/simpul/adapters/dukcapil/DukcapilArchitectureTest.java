package id.simpul.adapters.dukcapil;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "id.simpul.adapters.dukcapil", importOptions = ImportOption.DoNotIncludeTests.class)
class DukcapilArchitectureTest {

    @ArchTest
    static final ArchRule wireTypesStayInternal = noClasses()
            .that().resideOutsideOfPackages("..internal..", "id.simpul.adapters.dukcapil.simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.json..",
                    "org.eclipse.microprofile.rest.client..")
            .because("the public face of the adapter is its provider; REST and JSON details may change");

    @ArchTest
    static final ArchRule noImplementationClasses = noClasses()
            .that().resideOutsideOfPackage("id.simpul.adapters.dukcapil.simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jboss.resteasy..", "org.glassfish.jersey..",
                    "org.apache.http..")
            .because("the adapter must run on any MicroProfile REST Client implementation, e.g. Payara's");
}
