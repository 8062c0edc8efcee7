package id.simpul.sdk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The rules that keep sdk-core small, embeddable and safe; each says why it exists. */
@AnalyzeClasses(packages = "id.simpul.sdk", importOptions = ImportOption.DoNotIncludeTests.class)
class SdkCoreArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnTheJdk = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "id.simpul.sdk..")
            .because("regency IT teams embed sdk-core anywhere: it must not drag in a framework");

    @ArchTest
    static final ArchRule internalPackagesAreUsedOnlyByTheirOwnFeature = classes()
            .that().resideInAPackage("..internal..")
            .should(beAccessedOnlyFromTheirOwnFeature())
            .because("internal packages can change at any time; only their own feature may rely on them");

    @ArchTest
    static final ArchRule publicValueTypesAreFinal = classes()
            .that().arePublic().and().areNotInterfaces().and().areNotEnums()
            .and().areNotAssignableTo(Throwable.class)
            .and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .and().resideOutsideOfPackage("..internal..")
            .should().haveModifier(JavaModifier.FINAL)
            .because("public values are immutable; a subclass could break that promise");

    @ArchTest
    static final ArchRule publicMethodsDeclareNoCheckedExceptions = methods()
            .that().arePublic()
            .should(declareNoCheckedExceptions())
            .because("the SDK has one unchecked exception tree rooted at SimpulException");

    @ArchTest
    static final ArchRule exceptionsBelongToTheSimpulTree = classes()
            .that().areAssignableTo(Throwable.class).and().resideInAPackage("id.simpul.sdk..")
            .should().beAssignableTo(id.simpul.sdk.SimpulException.class)
            .because("callers catch one root, SimpulException, and read code() and retryable()");

    @ArchTest
    static final ArchRule writesNothingToStandardStreamsOrLogs =
            GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("the SDK handles personal data; only the embedding application decides what reaches its logs");

    @ArchTest
    static final ArchRule usesNoLoggingFramework = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("the SDK handles personal data; only the embedding application decides what reaches its logs");

    @ArchTest
    static final ArchRule noBareRuntimeExceptions = noClasses()
            .should().callConstructor(RuntimeException.class, String.class)
            .orShould().callConstructor(RuntimeException.class)
            .orShould().callConstructor(Exception.class, String.class)
            .because("a bare RuntimeException carries no code and no translatable message");

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnFeature() {
        return new ArchCondition<>("be accessed only from their own feature package") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                String feature = featureOf(internal.getPackageName());
                internal.getDirectDependenciesToSelf().forEach(dep -> {
                    String origin = dep.getOriginClass().getPackageName();
                    if (!origin.startsWith(feature)) {
                        events.add(SimpleConditionEvent.violated(dep, dep.getDescription()));
                    }
                });
            }
        };
    }

    private static String featureOf(String internalPackage) {
        int cut = internalPackage.indexOf(".internal");
        return internalPackage.substring(0, cut);
    }

    private static ArchCondition<com.tngtech.archunit.core.domain.JavaMethod> declareNoCheckedExceptions() {
        DescribedPredicate<JavaClass> checked = new DescribedPredicate<>("checked exception") {
            @Override
            public boolean test(JavaClass type) {
                return type.isAssignableTo(Exception.class) && !type.isAssignableTo(RuntimeException.class);
            }
        };
        return new ArchCondition<>("declare no checked exception") {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                method.getThrowsClause().getTypes().stream().filter(checked).forEach(type -> events.add(
                        SimpleConditionEvent.violated(method, method.getFullName() + " declares " + type.getName())));
            }
        };
    }
}
