package id.simpul.adapters.dukcapil;

import id.simpul.sdk.tck.population.PopulationRegistryHarness;
import id.simpul.sdk.tck.population.PopulationRegistryTck;

/** The Dukcapil adapter keeps every rule of the population registry conformance kit against its simulator. */
class DukcapilConformanceTest extends PopulationRegistryTck {

    @Override
    protected PopulationRegistryHarness harness() {
        return new DukcapilHarness();
    }
}
