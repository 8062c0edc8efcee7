package id.simpul.sdk.spi.population;

import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.Capability;
import id.simpul.sdk.spi.Port;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.SafeToRepeat;
import java.util.Optional;

/**
 * The population registry (Dukcapil): who a resident is, as far as a regency may know.
 *
 * <p>{@link #verify} is the default way to use it: the registry says whether the given elements match
 * its record, field by field, without revealing its values. {@link #lookup} returns the values
 * themselves; adapters refuse it unless the deployment sets
 * {@code simpul.adapters.<system>.lookup.enabled=true} (a PKS with Dukcapil must allow it).
 *
 * <p>Failures of the remote side are {@link RemoteCallException}s; implementations are thread-safe.
 */
public interface PopulationRegistry extends Port {

    /**
     * Verifies a person by elements. Capability {@link Capability#POPULATION_VERIFY}.
     *
     * @return the verdicts, or {@link VerificationResult#notFound} when the NIK has no record
     * @throws RemoteCallException when the registry cannot answer
     */
    @SafeToRepeat
    VerificationResult verify(VerificationRequest request);

    /**
     * The recorded values of the person with this NIK, or empty when there is no record. Capability
     * {@link Capability#POPULATION_LOOKUP}.
     *
     * @throws AdapterConfigurationException when the adapter lacks the capability or the deployment has
     *                                       not enabled it
     * @throws RemoteCallException           when the registry cannot answer
     */
    @SafeToRepeat
    Optional<PersonRecord> lookup(Nik nik);
}
