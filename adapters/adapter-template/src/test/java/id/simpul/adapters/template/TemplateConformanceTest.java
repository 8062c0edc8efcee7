package id.simpul.adapters.template;

import id.simpul.sdk.tck.population.PopulationRegistryHarness;
import id.simpul.sdk.tck.population.PopulationRegistryTck;

/** Step 5 of an adapter: one class, one method, and the whole conformance kit runs in {@code mvn verify}. */
class TemplateConformanceTest extends PopulationRegistryTck {

    @Override
    protected PopulationRegistryHarness harness() {
        return new TemplateHarness();
    }
}
