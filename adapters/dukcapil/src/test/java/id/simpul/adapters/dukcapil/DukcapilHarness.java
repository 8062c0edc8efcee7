package id.simpul.adapters.dukcapil;

import id.simpul.adapters.dukcapil.simulator.DukcapilSimulator;
import id.simpul.adapters.simulator.SimResponse;
import id.simpul.adapters.simulator.SyntheticPerson;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** The Dukcapil adapter against its simulator, for the conformance kit and the adapter's own tests. */
class DukcapilHarness implements PopulationRegistryHarness {

    static final String PASSWORD = "Rahasia-TCK-8812";

    private final DukcapilSimulator simulator = DukcapilSimulator.builder().count(40).seed(7)
            .credentials("simpul-tck", PASSWORD, "10.20.30.40").start();
    private final BiFunction<AdapterSettings, Clock, PopulationRegistry> factory;

    DukcapilHarness() {
        this((settings, clock) -> new DukcapilAdapterProvider().create(settings, clock));
    }

    /** With another way to build the adapter from the same settings (for the kit's meta-tests). */
    DukcapilHarness(BiFunction<AdapterSettings, Clock, PopulationRegistry> factory) {
        this.factory = factory;
    }

    DukcapilSimulator simulator() {
        return simulator;
    }

    Map<String, String> connection() {
        Map<String, String> s = new HashMap<>();
        s.put("simpul.adapters.dukcapil.url", simulator.baseUri().toString());
        s.put("simpul.adapters.dukcapil.institution", simulator.institution());
        s.put("simpul.adapters.dukcapil.user-id", "simpul-tck");
        s.put("simpul.adapters.dukcapil.password", PASSWORD);
        s.put("simpul.adapters.dukcapil.ip-user", "10.20.30.40");
        return s;
    }

    @Override
    public PopulationRegistry create(Map<String, String> settings, Clock clock) {
        Map<String, String> all = connection();
        all.putAll(TckHarness.prefixed(DukcapilAdapterProvider.SYSTEM, settings));
        return factory.apply(AdapterSettings.of(all), clock);
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
                .failing(RemoteFailure.UNAVAILABLE, times -> simulator.knobs().failNext(times,
                        new SimResponse(503, "text/html", "<html><body>503 Service Unavailable</body></html>")))
                .failing(RemoteFailure.REMOTE_ERROR,
                        times -> simulator.knobs().failNext(times, DukcapilSimulator.systemErrorAnswer()))
                .failing(RemoteFailure.CREDENTIALS_REJECTED,
                        times -> simulator.knobs().failNext(times, DukcapilSimulator.credentialsRejectedAnswer()))
                .failing(RemoteFailure.REQUEST_REFUSED, times -> simulator.knobs().failNext(times,
                        DukcapilSimulator.invalidRequestAnswer("NIK harus 16 angka")))
                .failing(RemoteFailure.MALFORMED_ANSWER, times -> simulator.knobs().malformNext(times))
                .requests(() -> simulator.server().requests())
                .build();
    }

    @Override
    public Set<String> secrets() {
        return Set.of(PASSWORD);
    }

    @Override
    public List<KnownPerson> knownPeople() {
        List<KnownPerson> people = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (SyntheticPerson p : simulator.people()) {
            if (names.add(p.fullName()) && people.size() < 4) {
                people.add(new KnownPerson(p.nik(), p.kkNumber(), p.fullName(), p.birthPlace(), p.birthDate(),
                        p.gender(), p.motherName(), p.address()));
            }
        }
        return people;
    }

    @Override
    public Nik unknownNik() {
        return Nik.of(RegionCode.parse("61.12.01"), Gender.MALE, LocalDate.of(1990, 1, 1), 1);
    }

    @Override
    public void close() {
        simulator.close();
    }
}
