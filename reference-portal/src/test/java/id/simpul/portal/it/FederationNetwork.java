package id.simpul.portal.it;

import id.simpul.sdk.region.RegionCode;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The federation of the integration tests, started once per test run: the real portals of Kubu Raya
 * 61.12 and Kapuas Hulu 61.06 on the ports the signed directory names (started side by side), and
 * Kapuas 62.03 played by the tests ({@link PartnerStub}). Stopped when the test JVM exits.
 */
final class FederationNetwork {

    private static FederationNetwork instance;

    final FederationWorld world;
    final PortalProcess kubuRaya;
    final PortalProcess kapuasHulu;
    final PartnerStub kapuas;

    private FederationNetwork() {
        Map<RegionCode, Integer> ports = Map.of(FederationWorld.KUBU_RAYA, PortalProcess.freePort(),
                FederationWorld.KAPUAS_HULU, PortalProcess.freePort(), FederationWorld.KAPUAS, PortalProcess.freePort());
        world = new FederationWorld(Portals.workDir().resolve("federation"), ports);
        kubuRaya = node(FederationWorld.KUBU_RAYA);
        kapuasHulu = node(FederationWorld.KAPUAS_HULU);
        kapuas = new PartnerStub(world, FederationWorld.KAPUAS).start();
        CompletableFuture<PortalProcess> a = CompletableFuture.supplyAsync(kubuRaya::start);
        CompletableFuture<PortalProcess> b = CompletableFuture.supplyAsync(kapuasHulu::start);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kubuRaya.stop();
            kapuasHulu.stop();
            kapuas.stop();
        }));
        a.join();
        b.join();
    }

    static synchronized FederationNetwork get() {
        if (instance == null) {
            instance = new FederationNetwork();
        }
        return instance;
    }

    private PortalProcess node(RegionCode code) {
        return new PortalProcess(world.dataDir(code), world.environment(code), world.ports.get(code));
    }
}
