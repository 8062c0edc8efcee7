package id.simpul.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.population.FieldVerdict;
import id.simpul.sdk.spi.population.PersonField;
import id.simpul.sdk.spi.population.PersonRecord;
import id.simpul.sdk.spi.population.PopulationRegistry;
import id.simpul.sdk.spi.population.Verdict;
import id.simpul.sdk.spi.population.VerificationRequest;
import id.simpul.sdk.spi.population.VerificationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PopulationVerificationHandlerTest {

    private static final String NIK = "6112015705900042";
    private static final String PAYLOAD = "{\"requestId\":\"r-1\",\"service\":\"ADM-KTP-HILANG\"}";

    /** Records verdicts instead of writing them; the request is pending with {@link #NIK}. */
    static final class Recorder extends VerificationRecorder {
        final List<String> recorded = new ArrayList<>();
        Subject subject = new Subject.Nik(NIK);

        @Override
        public Subject subjectOf(String requestId) {
            return subject;
        }

        @Override
        public boolean record(String requestId, String verdict, long now) {
            recorded.add(requestId + "=" + verdict);
            return true;
        }
    }

    record FakeRegistry(Function<VerificationRequest, VerificationResult> answer, List<VerificationRequest> seen)
            implements PopulationRegistry {
        @Override
        public AdapterDescriptor descriptor() {
            return AdapterDescriptor.of(PopulationRegistry.class, "fake", "Fake registry", "1");
        }

        @Override
        public VerificationResult verify(VerificationRequest request) {
            seen.add(request);
            return answer.apply(request);
        }

        @Override
        public Optional<PersonRecord> lookup(Nik nik) {
            throw new UnsupportedOperationException();
        }
    }

    private static PopulationVerificationHandler handler(Recorder recorder, FakeRegistry registry) {
        PopulationVerificationHandler h = new PopulationVerificationHandler();
        h.recorder = recorder;
        h.connection = () -> registry;
        return h;
    }

    @Test
    void deliver_registryMatchesTheNiksBirthDateAndSex_recordsVerified() {
        Recorder recorder = new Recorder();
        FakeRegistry registry = new FakeRegistry(r -> VerificationResult.found(r.threshold(), List.of(
                FieldVerdict.exact(PersonField.BIRTH_DATE, Verdict.MATCH),
                FieldVerdict.exact(PersonField.GENDER, Verdict.MATCH))), new ArrayList<>());

        handler(recorder, registry).deliver(Outbox.POPULATION_VERIFY, "k", PAYLOAD);

        assertThat(recorder.recorded).containsExactly("r-1=VERIFIED");
        VerificationRequest sent = registry.seen().get(0);
        assertThat(sent.nik().value()).isEqualTo(NIK);
        assertThat(sent.birthDate()).contains(sent.nik().birthDate());
        assertThat(sent.gender()).contains(sent.nik().gender());
    }

    @Test
    void deliver_registryDoesNotKnowTheNik_recordsFailed() {
        Recorder recorder = new Recorder();
        handler(recorder, new FakeRegistry(r -> VerificationResult.notFound(r.threshold()), new ArrayList<>()))
                .deliver(Outbox.POPULATION_VERIFY, "k", PAYLOAD);

        assertThat(recorder.recorded).containsExactly("r-1=FAILED");
    }

    @Test
    void deliver_registryUnavailable_propagatesSoTheOutboxRetries_andRecordsNothing() {
        Recorder recorder = new Recorder();
        FakeRegistry down = new FakeRegistry(r -> {
            throw RemoteCallException.of(AdapterDescriptor.of(PopulationRegistry.class, "fake", "Fake", "1"),
                    "verify", RemoteFailure.UNAVAILABLE, "503", null);
        }, new ArrayList<>());

        assertThatThrownBy(() -> handler(recorder, down).deliver(Outbox.POPULATION_VERIFY, "k", PAYLOAD))
                .isInstanceOf(RemoteCallException.class)
                .satisfies(e -> assertThat(((RemoteCallException) e).retryable()).isTrue());
        assertThat(recorder.recorded).isEmpty();
    }

    @Test
    void deliver_alreadySettledOrNoNik_callsNobody() {
        Recorder recorder = new Recorder();
        FakeRegistry registry = new FakeRegistry(r -> VerificationResult.notFound(r.threshold()), new ArrayList<>());
        recorder.subject = new VerificationRecorder.Subject.Settled();
        handler(recorder, registry).deliver(Outbox.POPULATION_VERIFY, "k", PAYLOAD);
        recorder.subject = new VerificationRecorder.Subject.NoNik();
        handler(recorder, registry).deliver(Outbox.POPULATION_VERIFY, "k", PAYLOAD);

        assertThat(registry.seen()).isEmpty();
        assertThat(recorder.recorded).isEmpty();
    }

    @Test
    void handles_onlyThePopulationVerifyTopic() {
        PopulationVerificationHandler h = new PopulationVerificationHandler();
        assertThat(h.handles(Outbox.POPULATION_VERIFY)).isTrue();
        assertThat(h.handles(Outbox.STATUS_CHANGED)).isFalse();
    }

    @Test
    void requestId_isReadFromThePayload_andAMessageWithoutOneIsRefused() {
        assertThat(PopulationVerificationHandler.requestId("{\"requestId\":\"r-1\",\"service\":\"X\"}")).isEqualTo("r-1");
        assertThatThrownBy(() -> PopulationVerificationHandler.requestId("{\"service\":\"X\"}"))
                .hasMessageContaining("requestId");
    }

    @Test
    void nikOf_takesTheFormsSingleNik_andNothingElse() {
        assertThat(VerificationRecorder.nikOf("{\"nik\":[\"6112015705900042\"],\"alasan\":[\"HILANG\"]}"))
                .contains("6112015705900042");
        assertThat(VerificationRecorder.nikOf("{\"alasan\":[\"HILANG\"]}")).isEmpty();
        assertThat(VerificationRecorder.nikOf("{\"nik\":[\"1\",\"2\"]}")).isEmpty();
        assertThat(VerificationRecorder.nikOf(null)).isEmpty();
    }

    @Test
    void subjectNik_toString_hidesTheNik() {
        assertThat(new VerificationRecorder.Subject.Nik("6112015705900042").toString())
                .doesNotContain("6112015705900042");
    }
}
