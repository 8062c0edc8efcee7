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
import id.simpul.sdk.tck.TckHarness;
import id.simpul.sdk.tck.population.KnownPerson;
import id.simpul.sdk.tck.population.PopulationRegistryHarness;
import java.time.Clock;
import java.time.Duration;
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
        return new RemoteControl() {
            @Override
            public void reset() {
                simulator.knobs().reset();
                simulator.server().resetCounts();
            }

            @Override
            public void delay(Duration delay) {
                simulator.knobs().latency(delay);
            }

            @Override
            public void outage(boolean down) {
                simulator.knobs().outage(down);
            }

            @Override
            public void failing(RemoteFailure kind, int times) {
                switch (kind) {
                    case UNAVAILABLE -> simulator.knobs().failNext(times, SimResponse.text(503, "unavailable"));
                    case REMOTE_ERROR -> simulator.knobs().failNext(times, SimResponse.json(500, "{\"error\":\"x\"}"));
                    case CREDENTIALS_REJECTED -> simulator.knobs().failNext(times, SimResponse.json(401, "{}"));
                    case MALFORMED_ANSWER -> simulator.knobs().malformNext(times);
                    default -> throw new IllegalArgumentException("not simulated: " + kind);
                }
            }

            @Override
            public Set<RemoteFailure> failuresSimulated() {
                return Set.of(RemoteFailure.UNAVAILABLE, RemoteFailure.REMOTE_ERROR, RemoteFailure.CREDENTIALS_REJECTED,
                        RemoteFailure.MALFORMED_ANSWER);
            }

            @Override
            public long requests() {
                return simulator.server().requests();
            }
        };
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
