package id.simpul.portal.application;

import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.spi.population.VerificationRequest;
import id.simpul.sdk.spi.population.VerificationResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Delivers {@link Outbox#POPULATION_VERIFY} messages: asks the population registry whether the NIK
 * in the request's form belongs to a recorded resident whose birth date and sex are the ones the
 * NIK encodes, and records {@code VERIFIED} or {@code FAILED}
 * on the request, with an audit record. The registry call runs outside any transaction; a failed
 * call (for instance a retryable {@link id.simpul.sdk.spi.RemoteCallException} while Dukcapil is
 * down) propagates, so the outbox keeps the message and tries again with backoff — the citizen's
 * submission never waits for it. Logs name the request id only, never the NIK.
 */
@ApplicationScoped
public class PopulationVerificationHandler implements OutboxHandler {

    private static final Logger LOG = Logger.getLogger(PopulationVerificationHandler.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    PopulationRegistryConnection connection;
    @Inject
    VerificationRecorder recorder;

    @Override
    public boolean handles(String topic) {
        return Outbox.POPULATION_VERIFY.equals(topic);
    }

    @Override
    public void deliver(String topic, String dedupKey, String payloadJson) {
        String requestId = requestId(payloadJson);
        VerificationRecorder.Subject subject = recorder.subjectOf(requestId);
        if (!(subject instanceof VerificationRecorder.Subject.Nik nik)) {
            LOG.fine(() -> "Population verification of request " + requestId + " skipped: " + subject);
            return;
        }
        String verdict = verdictFor(nik.value());
        if (recorder.record(requestId, verdict, System.currentTimeMillis())) {
            LOG.info(() -> "Population verification of request " + requestId + ": " + verdict);
        }
    }

    private String verdictFor(String nikText) {
        Nik nik;
        try {
            nik = Nik.parse(nikText, LocalDate.now(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            // the NIK was validated at submission; one that no longer parses is not a resident's number
            return VerificationRecorder.FAILED;
        }
        // the form gives only the NIK; the birth date and sex it encodes are checked against the record
        VerificationResult result = connection.registry().verify(VerificationRequest.builder(nik)
                .birthDate(nik.birthDate()).gender(nik.gender()).build());
        return result.allMatch() ? VerificationRecorder.VERIFIED : VerificationRecorder.FAILED;
    }

    static String requestId(String payloadJson) {
        JsonObject o = JSON.createReader(new StringReader(payloadJson)).readObject();
        JsonValue id = o.get("requestId");
        if (id == null || id.getValueType() != JsonValue.ValueType.STRING) {
            throw new IllegalArgumentException("population.verify message without a requestId");
        }
        return o.getString("requestId");
    }
}
