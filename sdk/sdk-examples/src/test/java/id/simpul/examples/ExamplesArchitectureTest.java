package id.simpul.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "id.simpul.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ExamplesArchitectureTest {

    @ArchTest
    static final ArchRule usesOnlyThePublicApi = noClasses()
            .should().dependOnClassesThat().resideInAPackage("id.simpul..internal..")
            .because("examples show embedders what they can rely on; internal packages may change without notice");

    @ArchTest
    static final ArchRule needsNoJsonBImplementationAtCompileTime = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.yasson..", "jakarta.json.bind..")
            .because("SimpulJson is the whole JSON API an embedder needs");
}
