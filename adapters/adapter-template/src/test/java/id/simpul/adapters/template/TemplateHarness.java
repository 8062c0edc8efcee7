package id.simpul.adapters.template;

import id.simpul.adapters.simulator.SimResponse;
import id.simpul.adapters.simulator.SyntheticPerson;
import id.simpul.adapters.template.simulator.TemplateSimulator;
import id.simpul.sdk.identity.Gender;
import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.population.PopulationRegistry;
import id.simpul.sdk.tck.RemoteControl;
import id.simpul.sdk.tck.SimulatedRemote;
import id.simpul.sdk.tck.TckHarness;
import id.simpul.sdk.tck.population.KnownPerson;
import id.simpul.sdk.tck.population.PopulationRegistryHarness;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Step 4 of an adapter: the harness that lets the conformance kit drive adapter and simulator. */
class TemplateHarness implements PopulationRegistryHarness {

    private static final String KEY = "template-key-5521-secret";
    private final TemplateSimulator simulator = new TemplateSimulator(11, 30, KEY);

    @Override
    public PopulationRegistry create(Map<String, String> settings, Clock clock) {
        Map<String, String> all = new HashMap<>(TckHarness.prefixed(TemplateAdapterProvider.SYSTEM, settings));
        all.put("simpul.adapters.template-registry.url", simulator.baseUri().toString());
        all.put("simpul.adapters.template-registry.api-key", KEY);
        return new TemplateAdapterProvider().create(AdapterSettings.of(all), clock);
    }

    @Override
    public RemoteControl remote() {
        return SimulatedRemote.builder()
                .reset(() -> {
                    simulator.knobs().reset();
                    simulator.server().resetCounts();
                })
                .delay(delay -> simulator.knobs().latency(delay))
                .outage(down -> simulator.knobs().outage(down))
                .failing(RemoteFailure.UNAVAILABLE,
                        times -> simulator.knobs().failNext(times, SimResponse.text(503, "unavailable")))
                .failing(RemoteFailure.REMOTE_ERROR,
                        times -> simulator.knobs().failNext(times, SimResponse.json(500, "{\"error\":\"x\"}")))
                .failing(RemoteFailure.CREDENTIALS_REJECTED,
                        times -> simulator.knobs().failNext(times, SimResponse.json(401, "{}")))
                .failing(RemoteFailure.MALFORMED_ANSWER, times -> simulator.knobs().malformNext(times))
                .requests(() -> simulator.server().requests())
                .build();
    }

    @Override
    public Set<String> secrets() {
        return Set.of(KEY);
    }

    @Override
    public List<KnownPerson> knownPeople() {
        return simulator.people().stream().map(TemplateHarness::known)
                .collect(java.util.stream.Collectors.toMap(KnownPerson::fullName, p -> p, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().limit(4).toList();
    }

    private static KnownPerson known(SyntheticPerson p) {
        return new KnownPerson(p.nik(), p.kkNumber(), p.fullName(), p.birthPlace(), p.birthDate(), p.gender(),
                p.motherName(), p.address());
    }

    @Override
    public Nik unknownNik() {
        return Nik.of(RegionCode.parse("36.73.01"), Gender.FEMALE, LocalDate.of(1985, 6, 1), 1);
    }

    @Override
    public void close() {
        simulator.close();
    }
}
