package id.simpul.adapters.dukcapil;

import id.simpul.sdk.tck.population.PopulationRegistryHarness;
import id.simpul.sdk.tck.population.PopulationRegistryTck;

/** The kit run against an adapter that reuses its first answer; run only by {@link ConformanceKitMetaTest}. */
class StaleAnswersKit extends PopulationRegistryTck {

    @Override
    protected PopulationRegistryHarness harness() {
        return new DukcapilHarness((settings, clock) ->
                BrokenAdapters.staleAnswers(new DukcapilAdapterProvider().create(settings, clock)));
    }
}
