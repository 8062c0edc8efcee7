package id.simpul.adapters.polri;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "id.simpul.adapters.polri", importOptions = ImportOption.DoNotIncludeTests.class)
class PolriArchitectureTest {

    @ArchTest
    static final ArchRule generatedTypesStayInternal = noClasses()
            .that().resideOutsideOfPackage("id.simpul.adapters.polri.internal..")
            .should().dependOnClassesThat().resideInAPackage("id.simpul.adapters.polri.internal.ws..")
            .because("the classes generated from the WSDL are an implementation detail of the adapter");

    @ArchTest
    static final ArchRule publicApiIsProviderAndSettings = classes()
            .that().resideInAPackage("id.simpul.adapters.polri").and().arePublic()
            .should().haveSimpleNameEndingWith("Provider").orShould().haveSimpleNameEndingWith("Settings")
            .because("integrators configure the adapter and load it through ServiceLoader; everything else is internal");

    @ArchTest
    static final ArchRule noSdkInternals = noClasses()
            .should().dependOnClassesThat().resideInAPackage("id.simpul.sdk..internal..")
            .because("internal packages never cross a module");
}
