package id.simpul.sdk.tck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "id.simpul.sdk.tck", importOptions = ImportOption.DoNotIncludeTests.class)
class TckArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnTheSdkAndTestLibrariesOnly = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "id.simpul.sdk..", "org.junit..",
                    "org.assertj..", "org.opentest4j..")
            .because("the kit judges adapters from the outside: it must not know any adapter, simulator or "
                    + "resilience library, so every adapter is held to the same rules");
}
