package id.simpul.sdk.json;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import id.simpul.sdk.SimpulException;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

@AnalyzeClasses(packages = "id.simpul.sdk.json", importOptions = ImportOption.DoNotIncludeTests.class)
class SdkJsonArchitectureTest {

    @ArchTest
    static final ArchRule usesOnlyTheSdkPublicApi = noClasses()
            .should().dependOnClassesThat(resideInAPackage("id.simpul.sdk..internal..")
                    .and(resideOutsideOfPackage("id.simpul.sdk.json..")))
            .because("sdk-core's internal packages may change without notice");

    @ArchTest
    static final ArchRule exceptionsBelongToTheSimpulTree = classes()
            .that().areAssignableTo(Throwable.class)
            .should().beAssignableTo(SimpulException.class)
            .because("callers catch one root, SimpulException, and read code() and retryable()");

    @ArchTest
    static final ArchRule noBareRuntimeExceptions = noClasses()
            .should().callConstructor(RuntimeException.class, String.class)
            .orShould().callConstructor(IllegalArgumentException.class, String.class)
            .orShould().callConstructor(IllegalStateException.class, String.class)
            .because("a bare RuntimeException carries no code and no translatable message");

    @ArchTest
    static final ArchRule publicApiIsTheFacadeAndItsExceptions = classes()
            .that().arePublic().and().resideOutsideOfPackage("..internal..").and().areTopLevelClasses()
            .should().haveSimpleName("SimpulJson").orShould().beAssignableTo(SimpulException.class)
            .because("embedders see SimpulJson and its exceptions; the adapters may change shape");

    @ArchTest
    static final ArchRule publicMethodsDeclareNoCheckedExceptions = methods()
            .that().arePublic().and().doNotHaveModifier(JavaModifier.BRIDGE)
            .should(new ArchCondition<JavaMethod>("declare no checked exception") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    method.getThrowsClause().getTypes().stream()
                            .filter(t -> t.isAssignableTo(Exception.class) && !t.isAssignableTo(RuntimeException.class))
                            .forEach(t -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " declares " + t.getName())));
                }
            })
            .because("the SDK has one unchecked exception tree rooted at SimpulException");

    @ArchTest
    static final ArchRule publicClassesAreFinal = classes()
            .that().arePublic().and().areNotInterfaces().and().areNotEnums()
            .should().haveModifier(JavaModifier.FINAL)
            .because("the facade, its builder and the adapters keep their promises only if nobody subclasses them");

    @ArchTest
    static final ArchRule writesNothingToStandardStreamsOrLogs =
            GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("the SDK handles personal data; only the embedding application decides what reaches its logs");

    @ArchTest
    static final ArchRule usesNoLoggingFramework = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("the SDK handles personal data; only the embedding application decides what reaches its logs");

    @ArchTest
    static final ArchRule needsNoJsonBImplementation = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.yasson..", "org.eclipse.parsson..")
            .because("embedders and Payara bring their own JSON-B implementation");
}
