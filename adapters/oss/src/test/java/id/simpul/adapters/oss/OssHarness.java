package id.simpul.adapters.oss;

import id.simpul.adapters.oss.simulator.Business;
import id.simpul.adapters.oss.simulator.OssSimulator;
import id.simpul.adapters.simulator.SimulatorKnobs;
import id.simpul.adapters.simulator.SyntheticPerson;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.licensing.AuthorityLevel;
import id.simpul.sdk.spi.licensing.LicenceItem;
import id.simpul.sdk.spi.licensing.LicenceStatusCode;
import id.simpul.sdk.spi.licensing.LicensingGateway;
import id.simpul.sdk.spi.licensing.Nib;
import id.simpul.sdk.spi.licensing.NibRecord;
import id.simpul.sdk.tck.RemoteControl;
import id.simpul.sdk.tck.SimulatedRemote;
import id.simpul.sdk.tck.TckHarness;
import id.simpul.sdk.tck.licensing.LicensingGatewayHarness;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/** The OSS RBA adapter against its simulator, as the conformance kit sees it. */
final class OssHarness implements LicensingGatewayHarness {

    private static final String USER_KEY = "kunci-oss-6112-rahasia";

    private final OssSimulator sim = OssSimulator.builder().userKey(USER_KEY).businesses(40).start();
    private final BiFunction<AdapterSettings, Clock, LicensingGateway> factory;

    OssHarness() {
        this((settings, clock) -> new OssAdapterProvider().create(settings, clock));
    }

    /** With another way to build the adapter from its settings, e.g. a broken one for the kit's meta-tests. */
    OssHarness(BiFunction<AdapterSettings, Clock, LicensingGateway> factory) {
        this.factory = factory;
    }

    @Override
    public LicensingGateway create(Map<String, String> settings, Clock clock) {
        Map<String, String> all = new HashMap<>(TckHarness.prefixed("oss", settings));
        all.put("simpul.adapters.oss.url", sim.endpoint().toString());
        all.put("simpul.adapters.oss.user-key", USER_KEY);
        all.put("simpul.adapters.oss.institution", "DPMPTSP-6112");
        all.put("simpul.adapters.oss.region", "61.12");
        return factory.apply(AdapterSettings.of(all), clock);
    }

    @Override
    public RemoteControl remote() {
        return SimulatedRemote.builder()
                .reset(() -> sim.reset())
                .delay(delay -> sim.knobs().latency(delay))
                .outage(down -> sim.knobs().outage(down))
                .failing(RemoteFailure.UNAVAILABLE,
                        times -> sim.knobs().failNext(n(times), OssSimulator.unavailableAnswer()))
                .failing(RemoteFailure.REMOTE_ERROR,
                        times -> sim.knobs().failNext(n(times), OssSimulator.systemErrorAnswer()))
                .failing(RemoteFailure.TIMEOUT,
                        times -> sim.knobs().failNext(n(times), OssSimulator.gatewayTimeoutAnswer()))
                .failing(RemoteFailure.CREDENTIALS_REJECTED,
                        times -> sim.knobs().failNext(n(times), OssSimulator.credentialsRejectedAnswer()))
                .failing(RemoteFailure.MALFORMED_ANSWER, times -> sim.knobs().malformNext(n(times)))
                .requests(() -> sim.requestCount())
                .build();
    }

    /** The kit's "every following request" in the simulator's terms. */
    private static int n(int times) {
        return times == RemoteControl.FOREVER ? SimulatorKnobs.FOREVER : times;
    }

    @Override
    public Set<String> secrets() {
        return Set.of(USER_KEY);
    }

    @Override
    public List<NibRecord> knownBusinesses() {
        return List.of(record(sim.records().find(b -> b.checklist().size() == 1).orElseThrow()),
                record(sim.records().find(b -> b.checklist().size() == 2).orElseThrow()),
                record(sim.records().find(b -> b.checklist().size() == 3).orElseThrow()));
    }

    private static NibRecord record(Business b) {
        List<LicenceItem> licences = b.checklist().stream().map(l -> new LicenceItem(l.licenceId(), l.licenceCode(),
                l.name(), AuthorityLevel.fromCode(l.authority()).orElseThrow(),
                LicenceStatusCode.fromCode(l.initialStatus()))).toList();
        return new NibRecord(Nib.parse(b.nib()), b.name(), b.village(), licences);
    }

    @Override
    public Nib unknownNib() {
        return Nib.parse("0000000000001");
    }

    @Override
    public long recordedPushes() {
        return sim.recordedPushes();
    }

    @Override
    public Optional<LicenceStatusCode> recordedStatus(Nib nib, String licenceId) {
        return sim.lastPushedStatus(nib.value(), licenceId).flatMap(LicenceStatusCode::fromCode);
    }

    @Override
    public Set<String> personalData() {
        Set<String> values = new HashSet<>();
        sim.records().find(b -> {
            SyntheticPerson p = b.responsible();
            values.add(p.nik().value());
            values.add(p.fullName());
            values.add(p.address());
            return false;
        });
        return values;
    }

    @Override
    public void close() {
        sim.close();
    }
}
