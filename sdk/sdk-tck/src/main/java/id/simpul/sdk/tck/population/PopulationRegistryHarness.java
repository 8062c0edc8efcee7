package id.simpul.sdk.tck.population;

import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.spi.population.PopulationRegistry;
import id.simpul.sdk.tck.TckHarness;
import java.util.List;

/** The harness of a population registry adapter: the adapter, its simulator and people the simulator holds. */
public interface PopulationRegistryHarness extends TckHarness<PopulationRegistry> {

    /**
     * At least four people the simulated registry holds, with different names, birth places and dates.
     */
    List<KnownPerson> knownPeople();

    /** A well-formed NIK the simulated registry has no record of. */
    Nik unknownNik();
}
