package id.simpul.sdk.tck.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.Capability;
import id.simpul.sdk.spi.population.FieldVerdict;
import id.simpul.sdk.spi.population.PersonField;
import id.simpul.sdk.spi.population.PersonRecord;
import id.simpul.sdk.spi.population.PopulationRegistry;
import id.simpul.sdk.spi.population.VerificationRequest;
import id.simpul.sdk.spi.population.VerificationResult;
import id.simpul.sdk.spi.population.Verdict;
import id.simpul.sdk.tck.AdapterTck;
import id.simpul.sdk.tck.LogCapture;
import id.simpul.sdk.tck.Sensitive;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite of {@link PopulationRegistry} adapters: the common rules R01–R16 of
 * {@link AdapterTck} and R20–R25, O01–O03 below. Extend it in test scope and implement
 * {@link #harness()}:
 *
 * <pre>{@code
 * class DukcapilConformanceTest extends PopulationRegistryTck {
 *     protected PopulationRegistryHarness harness() { return new DukcapilHarness(); }
 * }
 * }</pre>
 */
public abstract class PopulationRegistryTck extends AdapterTck<PopulationRegistry, PopulationRegistryHarness> {

    @Override
    protected final Class<PopulationRegistry> port() {
        return PopulationRegistry.class;
    }

    @Override
    protected final Object callSafely(PopulationRegistry adapter) {
        return adapter.verify(everything(person(0)).build());
    }

    @Override
    protected final Set<String> personalData() {
        Set<String> values = new HashSet<>();
        h().knownPeople().forEach(p -> values.addAll(p.personalData()));
        values.add(h().unknownNik().value());
        return values;
    }

    private KnownPerson person(int i) {
        List<KnownPerson> people = h().knownPeople();
        assertThat(people).as("known people of the harness").hasSizeGreaterThanOrEqualTo(4);
        return people.get(i);
    }

    private static VerificationRequest.Builder everything(KnownPerson p) {
        return VerificationRequest.builder(p.nik()).kkNumber(p.kkNumber()).fullName(p.fullName())
                .birthPlace(p.birthPlace()).birthDate(p.birthDate()).gender(p.gender()).motherName(p.motherName());
    }

    /**
     * R20: verifying a known person with all their recorded values finds the record and matches every
     * field; fuzzy fields carry a score at or above the threshold. If this fails, check the mapping of
     * each field to the system's element names and of its verdict text (Dukcapil: "Sesuai (97)").
     */
    @Test
    void required_R20_verifyKnownPerson_matchesEveryField() {
        VerificationResult result = adapter().verify(everything(person(0)).build());

        assertThat(result.recordFound()).isTrue();
        assertThat(result.verdicts().keySet()).containsExactlyInAnyOrder(PersonField.values());
        assertThat(result.allMatch()).isTrue();
        for (FieldVerdict v : result.verdicts().values()) {
            if (v.field().fuzzy()) {
                assertThat(v.score()).as("score of " + v.field()).isPresent();
                assertThat(v.score().getAsInt()).isGreaterThanOrEqualTo(result.threshold());
            }
        }
    }

    /**
     * R21: a wrong name is a mismatch with a score below the threshold, while the other fields still
     * match. If this fails, check the parsing of "Tidak Sesuai (45)" and that verdicts are not mixed
     * up between fields.
     */
    @Test
    void required_R21_wrongName_isAMismatchBelowTheThreshold() {
        KnownPerson p = person(0);
        VerificationResult result = adapter().verify(VerificationRequest.builder(p.nik()).fullName("XQZ WVUTS")
                .birthDate(p.birthDate()).gender(p.gender()).threshold(80).build());

        FieldVerdict name = result.verdict(PersonField.FULL_NAME).orElseThrow();
        assertThat(name.verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(name.score()).isPresent();
        assertThat(name.score().getAsInt()).isLessThan(80);
        assertThat(result.verdict(PersonField.BIRTH_DATE).orElseThrow().matches()).isTrue();
        assertThat(result.verdict(PersonField.GENDER).orElseThrow().matches()).isTrue();
        assertThat(result.allMatch()).isFalse();
    }

    /**
     * R22: an unknown NIK is an answer, not a failure: {@code recordFound()} is false. If this fails,
     * check the mapping of the system's "not found" answer (Dukcapil: {@code RESPON} "Data Tidak
     * Ditemukan" inside {@code content}).
     */
    @Test
    void required_R22_unknownNik_isNotFound() {
        VerificationResult result = adapter().verify(VerificationRequest.builder(h().unknownNik())
                .fullName("SITI AMINAH").build());

        assertThat(result.recordFound()).isFalse();
        assertThat(result.verdicts()).isEmpty();
    }

    /**
     * R23: only the fields asked about are answered, and exact fields carry no score. If this fails,
     * check that fields not sent are dropped from the answer.
     */
    @Test
    void required_R23_onlyTheFieldsAskedAreAnswered() {
        KnownPerson p = person(1);
        VerificationResult result = adapter().verify(VerificationRequest.builder(p.nik()).birthDate(p.birthDate())
                .gender(p.gender()).build());

        assertThat(result.verdicts().keySet()).containsExactlyInAnyOrder(PersonField.BIRTH_DATE, PersonField.GENDER);
        assertThat(result.verdicts().values()).allSatisfy(v -> assertThat(v.score()).isEmpty());
    }

    /**
     * R24: the threshold sent decides the verdict of fuzzy fields: a slightly misspelt name matches at a
     * low threshold and not at 100. If this fails, check that the threshold is sent ({@code TRESHOLD}
     * for Dukcapil) and not fixed in the adapter.
     */
    @Test
    void required_R24_thresholdDecidesFuzzyVerdicts() {
        KnownPerson p = person(2);
        String misspelt = p.fullName().substring(0, p.fullName().length() - 1) + "X";
        PopulationRegistry adapter = adapter();

        VerificationResult lenient = adapter.verify(VerificationRequest.builder(p.nik()).fullName(misspelt)
                .threshold(50).build());
        VerificationResult strict = adapter.verify(VerificationRequest.builder(p.nik()).fullName(misspelt)
                .threshold(100).build());

        assertThat(lenient.verdict(PersonField.FULL_NAME).orElseThrow().matches()).isTrue();
        assertThat(strict.verdict(PersonField.FULL_NAME).orElseThrow().matches()).isFalse();
    }

    /**
     * R25: concurrent verifications of different people do not mix answers: each thread sees its own
     * person match and another person's name mismatch. If this fails, look for state shared between
     * calls (a reused request body, a cached last answer).
     */
    @Test
    void required_R25_concurrentVerificationsOfDifferentPeopleDoNotMix() throws Exception {
        PopulationRegistry adapter = adapter();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                KnownPerson own = person(i % 4);
                KnownPerson other = person((i + 1) % 4);
                checks.add(pool.submit(() -> adapter.verify(everything(own).build()).allMatch()
                        && !adapter.verify(VerificationRequest.builder(own.nik()).fullName(other.fullName())
                                .build()).allMatch()));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * O01: lookup is refused unless the deployment enabled it, without calling the system. If this
     * fails, check that {@code simpul.adapters.<system>.lookup.enabled} defaults to false and is checked
     * before any request.
     */
    @Test
    void optional_O01_lookupIsRefusedUnlessEnabled() {
        PopulationRegistry adapter = adapter();
        assumeTrue(adapter.descriptor().supports(Capability.POPULATION_LOOKUP), "adapter declares population.lookup");

        Throwable thrown = catchThrowable(() -> adapter.lookup(person(0).nik()));

        assertThat(thrown).isInstanceOf(AdapterConfigurationException.class);
        assertThat(((AdapterConfigurationException) thrown).code()).isEqualTo("adapter.capability.disabled");
        assertThat(remote().requests()).isZero();
    }

    /**
     * O02: with lookup enabled, the recorded values come back exactly, and an unknown NIK gives an
     * empty answer. If this fails, check the mapping of {@code CALL_NIK}-style answers field by field
     * (dates as DD-MM-YYYY, gender words).
     */
    @Test
    void optional_O02_enabledLookupReturnsTheRecordedValues() {
        PopulationRegistry adapter = adapter("lookup.enabled", "true");
        assumeTrue(adapter.descriptor().supports(Capability.POPULATION_LOOKUP), "adapter declares population.lookup");
        KnownPerson p = person(3);

        PersonRecord record = adapter.lookup(p.nik()).orElseThrow();

        assertThat(record).isEqualTo(new PersonRecord(p.nik(), p.kkNumber(), p.fullName(), p.birthPlace(),
                p.birthDate(), p.gender(), p.motherName(), p.address()));
        assertThat(adapter.lookup(h().unknownNik())).isEmpty();
    }

    /**
     * O03: the values a lookup returns are never logged. If this fails, check the adapter's and HTTP
     * client's logging of answers.
     */
    @Test
    void optional_O03_lookedUpValuesAreNeverLogged() {
        PopulationRegistry adapter = adapter("lookup.enabled", "true");
        assumeTrue(adapter.descriptor().supports(Capability.POPULATION_LOOKUP), "adapter declares population.lookup");
        List<String> lines;
        try (LogCapture logs = LogCapture.start()) {
            Optional<PersonRecord> record = adapter.lookup(person(0).nik());
            assertThat(record).isPresent();
            lines = logs.lines();
        }

        assertThat(Sensitive.found(lines, personalData())).isEmpty();
    }

    /**
     * O04: an adapter that does not declare lookup refuses it as unsupported, without calling the
     * system. If this fails, the adapter either should declare {@code population.lookup} or must throw
     * {@code AdapterConfigurationException.capabilityUnsupported}.
     */
    @Test
    void optional_O04_undeclaredLookupIsRefusedAsUnsupported() {
        PopulationRegistry adapter = adapter("lookup.enabled", "true");
        assumeFalse(adapter.descriptor().supports(Capability.POPULATION_LOOKUP), "adapter lacks population.lookup");

        Throwable thrown = catchThrowable(() -> adapter.lookup(person(0).nik()));

        assertThat(thrown).isInstanceOf(AdapterConfigurationException.class);
        assertThat(((AdapterConfigurationException) thrown).code()).isEqualTo("adapter.capability.unsupported");
        assertThat(remote().requests()).isZero();
    }
}
