package id.simpul.sdk.json;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "id.simpul.sdk.json", importOptions = ImportOption.DoNotIncludeTests.class)
class SdkJsonArchitectureTest {

    @ArchTest
    static final ArchRule usesOnlyTheSdkPublicApi = noClasses()
            .should().dependOnClassesThat(resideInAPackage("id.simpul.sdk..internal..")
                    .and(resideOutsideOfPackage("id.simpul.sdk.json..")))
            .because("sdk-core's internal packages may change without notice");

    @ArchTest
    static final ArchRule needsNoJsonBImplementation = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.yasson..", "org.eclipse.parsson..")
            .because("embedders and Payara bring their own JSON-B implementation");
}
