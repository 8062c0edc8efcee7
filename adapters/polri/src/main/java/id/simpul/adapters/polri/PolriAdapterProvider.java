package id.simpul.adapters.polri;

import id.simpul.adapters.polri.internal.SoapPoliceReports;
import id.simpul.adapters.support.AbstractAdapterProvider;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Capability;
import id.simpul.sdk.spi.police.PoliceReports;

/**
 * Announces the Polri adapter to {@link java.util.ServiceLoader}: {@link PoliceReports} over the
 * modelled SOAP service {@code specs/wsdl/polri-verifikasi.v1.wsdl}, through Apache CXF, wrapped in
 * adapter-support's resilience layer (both operations are safe to repeat, so both are retried on
 * transient failures). Connection settings are described in {@link PolriSettings}, resilience
 * settings in {@link id.simpul.adapters.support.ResilienceSettings} (prefix {@code simpul.adapters.polri.}).
 */
public final class PolriAdapterProvider extends AbstractAdapterProvider<PoliceReports> {

    /** System identifier used in configuration keys, metrics and messages. */
    public static final String SYSTEM = "polri";

    private static final AdapterDescriptor DESCRIPTOR = AdapterDescriptor.of(PoliceReports.class, SYSTEM,
            "Sistem Polri (model SOAP)", "0.1.0", Capability.POLICE_LOST_REPORT, Capability.POLICE_SKCK_STATUS);

    public PolriAdapterProvider() {
        super(PoliceReports.class);
    }

    @Override
    public AdapterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The adapter without the resilience layer: for diagnostics and benchmarks, never for production. */
    @Override
    public PoliceReports createUndecorated(AdapterSettings settings) {
        return new SoapPoliceReports(DESCRIPTOR, PolriSettings.from(settings));
    }
}
