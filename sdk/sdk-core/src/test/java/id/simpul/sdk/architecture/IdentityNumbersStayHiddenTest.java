package id.simpul.sdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.simpul.sdk.SimpulException;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.SubmittedDocument;
import id.simpul.sdk.identity.Gender;
import id.simpul.sdk.identity.IdentityNumbers;
import id.simpul.sdk.identity.InvalidKkNumberException;
import id.simpul.sdk.identity.InvalidNikException;
import id.simpul.sdk.identity.KkNumber;
import id.simpul.sdk.identity.KkValidation;
import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.identity.NikValidation;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionRegistry;
import id.simpul.sdk.request.Actor;
import id.simpul.sdk.request.ApplicantRef;
import id.simpul.sdk.spi.population.PersonRecord;
import id.simpul.sdk.spi.population.VerificationRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue rule: no {@code toString} (and no exception message) of a type that carries an identity
 * number shows the whole number or the birth date in it. Every such type must have samples here,
 * built from real-looking numbers (synthetic NIKs and KK numbers on real kecamatan codes); a new
 * identity type, or a new SDK type holding a {@link Nik} or {@link KkNumber}, fails
 * {@link #everyTypeThatCarriesAnIdentityNumber_hasSamples()} until it is added.
 */
class IdentityNumbersStayHiddenTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 22);
    private static final RegionRegistry OFFICIAL = RegionRegistry.official();
    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.simpul.sdk");
    private static final byte[] KEY = "a-node-secret-of-16+bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** A person's numbers: a NIK and a KK number, and a NIK with an impossible day built from it. */
    record Person(String nik, String kk, String nikWithDay35) {
        static Person of(RegionCode kecamatan, Gender gender, LocalDate born, LocalDate registered, int serial) {
            String nik = Nik.of(kecamatan, gender, born, serial).value();
            String kk = KkNumber.of(kecamatan, registered, serial).value();
            return new Person(nik, kk, nik.substring(0, 6) + "35" + nik.substring(8));
        }

        /** What must never be shown: each whole number, and the date digits in it. */
        List<String> secrets() {
            return Stream.of(nik, kk, nikWithDay35).flatMap(n -> Stream.of(n, n.substring(6, 12))).toList();
        }

        @Override
        public String toString() {
            return "person on " + nik.substring(0, 6);
        }
    }

    static Stream<Person> people() {
        return Stream.of(
                Person.of(firstKecamatanOf("61.12"), Gender.FEMALE, LocalDate.of(1990, 5, 17),
                        LocalDate.of(2015, 6, 1), 42),
                Person.of(firstKecamatanOf("36.74"), Gender.MALE, LocalDate.of(2001, 12, 31),
                        LocalDate.of(2019, 1, 2), 9999),
                Person.of(firstKecamatanOf("11.01"), Gender.FEMALE, LocalDate.of(1965, 2, 28),
                        LocalDate.of(2008, 10, 10), 1),
                Person.of(RegionCode.parse("91.01.01"), Gender.MALE, LocalDate.of(1978, 8, 17),
                        LocalDate.of(2012, 3, 4), 305));
    }

    private static RegionCode firstKecamatanOf(String regency) {
        return OFFICIAL.children(regency).get(0).code();
    }

    /** Samples per type, from one person's numbers. */
    private static final Map<Class<?>, Function<Person, List<?>>> SAMPLES = Map.ofEntries(
            Map.entry(Nik.class, p -> List.of(Nik.parse(p.nik(), REFERENCE))),
            Map.entry(KkNumber.class, p -> List.of(KkNumber.parse(p.kk(), REFERENCE))),
            Map.entry(NikValidation.class, p -> List.of(Nik.validate(p.nik(), OFFICIAL, REFERENCE),
                    Nik.validate(p.nikWithDay35(), OFFICIAL, REFERENCE))),
            Map.entry(KkValidation.class, p -> List.of(KkNumber.validate(p.kk(), OFFICIAL, REFERENCE),
                    KkNumber.validate(p.nikWithDay35(), OFFICIAL, REFERENCE))),
            Map.entry(InvalidNikException.class, p -> List.of(catchThrowableOfType(
                    () -> Nik.parse(p.nikWithDay35(), REFERENCE), InvalidNikException.class))),
            Map.entry(InvalidKkNumberException.class, p -> List.of(catchThrowableOfType(
                    () -> KkNumber.parse(p.nikWithDay35(), REFERENCE), InvalidKkNumberException.class))),
            Map.entry(IdentityNumbers.class, p -> List.of(IdentityNumbers.of(OFFICIAL,
                    Clock.fixed(REFERENCE.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)))),
            Map.entry(ApplicantRef.class, p -> List.of(ApplicantRef.pseudonymOf(Nik.parse(p.nik(), REFERENCE), KEY))),
            Map.entry(Actor.class, p -> List.of(Actor.officer(p.nik()), Actor.applicant(
                    ApplicantRef.pseudonymOf(p.nik(), KEY)))),
            Map.entry(FormData.class, p -> List.of(FormData.builder().put("nik", p.nik()).put("no_kk", p.kk()).build())),
            Map.entry(SubmittedDocument.class, p -> List.of(SubmittedDocument.of("kk").withReference(p.kk()))),
            Map.entry(PersonRecord.class, p -> List.of(new PersonRecord(Nik.parse(p.nik(), REFERENCE),
                    KkNumber.parse(p.kk(), REFERENCE), "SITI AMINAH", "SUNGAI RAYA", Nik.parse(p.nik(), REFERENCE).birthDate(),
                    Gender.FEMALE, "HALIMAH", "JL. ARTERI SUPADIO GG. MAWAR NO. 7"))),
            Map.entry(VerificationRequest.class, p -> List.of(verificationRequest(p).build())),
            Map.entry(VerificationRequest.Builder.class, p -> List.of(verificationRequest(p))));

    private static VerificationRequest.Builder verificationRequest(Person p) {
        Nik nik = Nik.parse(p.nik(), REFERENCE);
        return VerificationRequest.builder(nik).kkNumber(KkNumber.parse(p.kk(), REFERENCE)).fullName("SITI AMINAH")
                .birthDate(nik.birthDate()).gender(nik.gender()).motherName("HALIMAH");
    }

    /** Types that a person's numbers flow into although they hold no Nik or KkNumber field. */
    private static final Set<Class<?>> CARRIERS_BY_VALUE = Set.of(ApplicantRef.class, Actor.class, FormData.class,
            SubmittedDocument.class);

    @Test
    void everyTypeThatCarriesAnIdentityNumber_hasSamples() {
        Set<String> needed = new java.util.TreeSet<>();
        for (JavaClass c : SDK) {
            boolean publicIdentityType = c.getPackageName().equals("id.simpul.sdk.identity") && c.isTopLevelClass()
                    && c.getModifiers().contains(JavaModifier.PUBLIC) && !c.isEnum() && !c.isInterface();
            boolean holdsANumber = c.getAllFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(Nik.class)
                    || f.getRawType().isEquivalentTo(KkNumber.class)) && !c.getPackageName().contains("internal");
            if (publicIdentityType || holdsANumber) {
                needed.add(c.getName());
            }
        }
        Set<String> sampled = SAMPLES.keySet().stream().map(Class::getName).collect(Collectors.toSet());

        assertThat(sampled).containsAll(needed);
        assertThat(sampled).containsAll(CARRIERS_BY_VALUE.stream().map(Class::getName).toList());
    }

    @ParameterizedTest
    @MethodSource("people")
    void noToStringOrMessage_showsTheWholeNumberOrItsDate(Person person) {
        List<String> shown = new ArrayList<>();
        SAMPLES.forEach((type, samples) -> {
            for (Object sample : samples.apply(person)) {
                assertThat(sample).as(type.getSimpleName()).isInstanceOf(type);
                shown.add(sample.toString());
                if (sample instanceof SimpulException e) {
                    shown.add(e.getMessage());
                    shown.add(e.getMessage(Locale.ENGLISH));
                }
                if (sample instanceof NikValidation v) {
                    v.messages().forEach(m -> shown.add(m.format(Locale.ENGLISH)));
                }
            }
        });

        for (String text : shown) {
            for (String secret : person.secrets()) {
                assertThat(text).doesNotContain(secret);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("people")
    void samples_areTheRealLookingNumbersTheyClaimToBe(Person person) {
        assertThat(Nik.validate(person.nik(), OFFICIAL, REFERENCE).errors()).isEmpty();
        assertThat(KkNumber.validate(person.kk(), OFFICIAL, REFERENCE).errors()).isEmpty();
        assertThat(Nik.validate(person.nikWithDay35(), OFFICIAL, REFERENCE).isValid()).isFalse();
    }
}
