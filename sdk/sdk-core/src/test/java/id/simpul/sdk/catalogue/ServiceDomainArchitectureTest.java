package id.simpul.sdk.catalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.simpul.sdk.SimpulException;

/** The architecture rules of the catalogue, request and calendar packages. */
@AnalyzeClasses(packages = "id.simpul.sdk", importOptions = ImportOption.DoNotIncludeTests.class)
class ServiceDomainArchitectureTest {

    private static final String[] OWN = {"id.simpul.sdk.catalogue..", "id.simpul.sdk.request..",
            "id.simpul.sdk.calendar.."};

    @ArchTest
    static final ArchRule dependOnlyOnTheJdkAndTheSdk = classes().that().resideInAnyPackage(OWN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "id.simpul.sdk..")
            .because("sdk-core depends on nothing but the JDK");

    @ArchTest
    static final ArchRule catalogueKnowsNothingOfRequestsOrCalendars = noClasses()
            .that().resideInAPackage("id.simpul.sdk.catalogue..")
            .should().dependOnClassesThat().resideInAnyPackage("id.simpul.sdk.request..", "id.simpul.sdk.calendar..")
            .because("the catalogue is the base the calendar and requests build on");

    @ArchTest
    static final ArchRule calendarKnowsNothingOfRequests = noClasses()
            .that().resideInAPackage("id.simpul.sdk.calendar..")
            .should().dependOnClassesThat().resideInAPackage("id.simpul.sdk.request..")
            .because("the SLA clock serves requests, not the other way round");

    @ArchTest
    static final ArchRule catalogueInternalsStayInTheCatalogue = internalOnlyFrom("catalogue");

    @ArchTest
    static final ArchRule requestInternalsStayInRequests = internalOnlyFrom("request");

    @ArchTest
    static final ArchRule calendarInternalsStayInTheCalendar = internalOnlyFrom("calendar");

    @ArchTest
    static final ArchRule exceptionsBelongToTheSimpulTree = classes().that().resideInAnyPackage(OWN)
            .and().areAssignableTo(RuntimeException.class)
            .should().beAssignableTo(SimpulException.class)
            .because("one exception tree: callers catch SimpulException");

    private static ArchRule internalOnlyFrom(String pkg) {
        return classes().that().resideInAPackage("id.simpul.sdk." + pkg + ".internal..")
                .should().onlyBeAccessed().byAnyPackage("id.simpul.sdk." + pkg + "..")
                .because("internal packages are not API").allowEmptyShould(true);
    }
}
