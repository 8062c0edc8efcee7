package id.simpul.adapters.dukcapil;

import id.simpul.sdk.tck.population.PopulationRegistryHarness;
import id.simpul.sdk.tck.population.PopulationRegistryTck;

/** The kit run against the adapter without its resilience layer; run only by {@link ConformanceKitMetaTest}. */
class UndecoratedKit extends PopulationRegistryTck {

    @Override
    protected PopulationRegistryHarness harness() {
        return new DukcapilHarness((settings, clock) -> new DukcapilAdapterProvider().createUndecorated(settings));
    }
}
