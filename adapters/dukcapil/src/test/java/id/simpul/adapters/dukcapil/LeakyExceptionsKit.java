package id.simpul.adapters.dukcapil;

import id.simpul.sdk.tck.population.PopulationRegistryHarness;
import id.simpul.sdk.tck.population.PopulationRegistryTck;

/** The kit run against an adapter whose exceptions quote the NIK; run only by {@link ConformanceKitMetaTest}. */
class LeakyExceptionsKit extends PopulationRegistryTck {

    @Override
    protected PopulationRegistryHarness harness() {
        return new DukcapilHarness((settings, clock) ->
                BrokenAdapters.leakingNik(new DukcapilAdapterProvider().create(settings, clock)));
    }
}
