package id.simpul.adapters.template.internal;

import id.simpul.adapters.support.HttpFailures;
import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.Capability;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.Secret;
import id.simpul.sdk.spi.population.FieldVerdict;
import id.simpul.sdk.spi.population.PersonField;
import id.simpul.sdk.spi.population.PersonRecord;
import id.simpul.sdk.spi.population.PopulationRegistry;
import id.simpul.sdk.spi.population.VerificationRequest;
import id.simpul.sdk.spi.population.VerificationResult;
import id.simpul.sdk.spi.population.Verdict;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step 2 of an adapter: translation only. Build the request from the port's values, map every answer
 * and every failure to the port's values or a {@link RemoteCallException}; never put personal data or
 * the key into a message or a log, never attach a parser's exception (it may quote the answer).
 */
public final class TemplateRegistry implements PopulationRegistry {

    private final AdapterDescriptor descriptor;
    private final URI url;
    private final Secret apiKey;
    private final Duration socketTimeout;
    private final HttpClient http;

    public TemplateRegistry(AdapterDescriptor descriptor, URI url, Secret apiKey, Duration timeout) {
        this.descriptor = descriptor;
        this.url = url;
        this.apiKey = apiKey;
        this.socketTimeout = timeout.plusSeconds(1);
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(socketTimeout).build();
    }

    @Override
    public AdapterDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public VerificationResult verify(VerificationRequest request) {
        JsonObjectBuilder elements = Json.createObjectBuilder();
        request.kkNumber().ifPresent(v -> elements.add(PersonField.KK_NUMBER.name(), v.value()));
        request.fullName().ifPresent(v -> elements.add(PersonField.FULL_NAME.name(), v));
        request.birthPlace().ifPresent(v -> elements.add(PersonField.BIRTH_PLACE.name(), v));
        request.birthDate().ifPresent(v -> elements.add(PersonField.BIRTH_DATE.name(), v.toString()));
        request.gender().ifPresent(v -> elements.add(PersonField.GENDER.name(), v.name()));
        request.motherName().ifPresent(v -> elements.add(PersonField.MOTHER_NAME.name(), v));
        // personal data travels in the body only: URLs end up in access logs and client debug logs
        String body = Json.createObjectBuilder().add("nik", request.nik().value()).add("threshold", request.threshold())
                .add("elements", elements).build().toString();
        HttpRequest httpRequest = HttpRequest.newBuilder(url.resolve("/verifications")).timeout(socketTimeout)
                .header("Content-Type", "application/json").header("X-Api-Key", apiKey.reveal()).POST(HttpRequest.BodyPublishers.ofString(body)).build();

        HttpResponse<String> response = send(httpRequest);
        if (response.statusCode() == 404) {
            return VerificationResult.notFound(request.threshold());
        }
        HttpFailures.ofStatus(response.statusCode()).ifPresent(kind -> {
            throw failure(kind, HttpFailures.detail(response.statusCode()));
        });
        JsonObject verdicts = parse(response.body()).getJsonObject("verdicts");
        if (verdicts == null) {
            throw failure(RemoteFailure.MALFORMED_ANSWER, "no verdicts");
        }
        List<FieldVerdict> result = new ArrayList<>();
        for (PersonField field : request.fields()) {
            result.add(verdict(field, verdicts.get(field.name())));
        }
        return VerificationResult.found(request.threshold(), result);
    }

    @Override
    public Optional<PersonRecord> lookup(Nik nik) {
        throw AdapterConfigurationException.capabilityUnsupported(descriptor.system(), Capability.POPULATION_LOOKUP);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            RemoteFailure kind = HttpFailures.ofException(e).orElse(RemoteFailure.UNAVAILABLE);
            throw failure(kind, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(RemoteFailure.UNAVAILABLE, "interrupted");
        }
    }

    private JsonObject parse(String body) {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw failure(RemoteFailure.MALFORMED_ANSWER, "not JSON");
        }
    }

    private FieldVerdict verdict(PersonField field, JsonValue value) {
        if (!(value instanceof JsonObject v) || !v.containsKey("match")
                || v.get("match").getValueType() == JsonValue.ValueType.NULL) {
            throw failure(RemoteFailure.MALFORMED_ANSWER, "no verdict for " + field);
        }
        Verdict verdict = v.get("match") == JsonValue.TRUE ? Verdict.MATCH : Verdict.MISMATCH;
        if (v.get("score") instanceof JsonNumber score) {
            return FieldVerdict.scored(field, verdict, score.intValue());
        }
        return FieldVerdict.exact(field, verdict);
    }

    private RemoteCallException failure(RemoteFailure kind, String detail) {
        return RemoteCallException.of(descriptor, "verify", kind, detail, null);
    }

    @Override
    public String toString() {
        return "TemplateRegistry[" + url.getHost() + "]";
    }
}
