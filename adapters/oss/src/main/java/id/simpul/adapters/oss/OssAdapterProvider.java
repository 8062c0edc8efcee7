package id.simpul.adapters.oss;

import id.simpul.adapters.oss.internal.RestLicensingGateway;
import id.simpul.adapters.support.AbstractAdapterProvider;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Capability;
import id.simpul.sdk.spi.licensing.LicensingGateway;
import java.time.Clock;

/**
 * Announces the OSS RBA adapter to {@link java.util.ServiceLoader}: {@link LicensingGateway} over
 * OSS's host-to-host REST interface through MicroProfile REST Client, wrapped in adapter-support's
 * resilience layer. Inquiries are retried on transient failures; pushes are sent once per call and
 * the same update always produces the same request body, so a receiver can recognise a redelivery
 * (the simulator does; whether OSS does is not documented, so the portal's outbox checks the status
 * with {@code checkLicenceStatus} before delivering again).
 * Connection settings: {@link OssSettings}; resilience settings:
 * {@link id.simpul.adapters.support.ResilienceSettings} (prefix {@code simpul.adapters.oss.}).
 */
public final class OssAdapterProvider extends AbstractAdapterProvider<LicensingGateway> {

    /** System identifier used in configuration keys, metrics and messages. */
    public static final String SYSTEM = "oss";

    private static final AdapterDescriptor DESCRIPTOR = AdapterDescriptor.of(LicensingGateway.class, SYSTEM,
            "OSS RBA", "0.1.0", Capability.LICENSING_NIB_INQUIRY, Capability.LICENSING_STATUS_PUSH,
            Capability.LICENSING_LICENCE_PUSH, Capability.LICENSING_STATUS_CHECK);

    public OssAdapterProvider() {
        super(LicensingGateway.class);
    }

    @Override
    public AdapterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The adapter without the resilience layer: for diagnostics and benchmarks, never for production. */
    @Override
    public LicensingGateway createUndecorated(AdapterSettings settings) {
        return new RestLicensingGateway(DESCRIPTOR, OssSettings.from(settings), Clock.systemUTC());
    }
}
